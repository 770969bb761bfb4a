package syscall

// The process environment: a copy of the one the process started with, which Setenv and
// Unsetenv change (the C environment is left alone, as in gc's programs without cgo).

//go:linkname runtimeArgc runtime.osargc
func runtimeArgc(kind int) int

//go:linkname runtimeArg runtime.osarg
func runtimeArg(kind int, i int) string

var (
	envLoaded bool
	// env maps each key to its index in envs; unset entries are "" in envs.
	env  map[string]int
	envs []string
)

func copyenv() {
	if envLoaded {
		return
	}
	envLoaded = true
	n := runtimeArgc(1)
	envs = make([]string, n)
	env = make(map[string]int)
	for i := 0; i < n; i++ {
		s := runtimeArg(1, i)
		envs[i] = s
		for j := 0; j < len(s); j++ {
			if s[j] == '=' {
				key := s[:j]
				// The first of duplicate keys wins, as getenv(3).
				if _, ok := env[key]; !ok {
					env[key] = i
				}
				break
			}
		}
	}
}

// Getenv retrieves the value of the environment variable named by the key, and whether it
// is present.
func Getenv(key string) (value string, found bool) {
	copyenv()
	if len(key) == 0 {
		return "", false
	}
	i, ok := env[key]
	if !ok {
		return "", false
	}
	s := envs[i]
	for i := 0; i < len(s); i++ {
		if s[i] == '=' {
			return s[i+1:], true
		}
	}
	return "", false
}

// Setenv sets the value of the environment variable named by the key. The key must be
// non-empty without '=' or NUL, the value without NUL; else the error is EINVAL.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	copyenv()
	kv := key + "=" + value
	if i, ok := env[key]; ok {
		envs[i] = kv
	} else {
		env[key] = len(envs)
		envs = append(envs, kv)
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	copyenv()
	if i, ok := env[key]; ok {
		envs[i] = ""
		delete(env, key)
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	copyenv()
	env = make(map[string]int)
	envs = []string{}
}

// Environ returns a copy of the environment in the form "key=value".
func Environ() []string {
	copyenv()
	a := make([]string, 0, len(envs))
	for _, s := range envs {
		if s != "" {
			a = append(a, s)
		}
	}
	return a
}
