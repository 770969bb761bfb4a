package os

import (
	"errors"
	"syscall"
	_ "unsafe" // for go:linkname
)

// Args hold the command-line arguments, starting with the program name.
var Args []string

//go:linkname runtimeArgc runtime.osargc
func runtimeArgc(kind int) int

//go:linkname runtimeArg runtime.osarg
func runtimeArg(kind int, i int) string

func init() {
	n := runtimeArgc(0)
	Args = make([]string, n)
	for i := range Args {
		Args[i] = runtimeArg(0, i)
	}
}

// Exit causes the current program to exit with the given status code. Conventionally, code
// zero indicates success, non-zero an error. The program terminates immediately; deferred
// functions are not run. For portability, the status code should be in the range [0, 125].
func Exit(code int) {
	syscall.Exit(code)
}

// Getpid returns the process id of the caller.
func Getpid() int { return syscall.Getpid() }

// Getppid returns the process id of the caller's parent.
func Getppid() int { return syscall.Getppid() }

// Getuid returns the numeric user id of the caller.
func Getuid() int { return syscall.Getuid() }

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int { return syscall.Geteuid() }

// Getgid returns the numeric group id of the caller.
func Getgid() int { return syscall.Getgid() }

// Getegid returns the numeric effective group id of the caller.
func Getegid() int { return syscall.Getegid() }

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	// uname is one system call; its 65-byte field may truncate, then /proc has the name.
	var un syscall.Utsname
	err = syscall.Uname(&un)

	var buf [512]byte // Enough for a DNS name.
	for i, b := range un.Nodename[:] {
		buf[i] = uint8(b)
		if b == 0 {
			name = string(buf[:i])
			break
		}
	}
	if err == nil && len(name) > 0 && len(name) < 64 {
		return name, nil
	}

	f, err := Open("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	defer f.Close()

	n, err := f.Read(buf[:])
	if err != nil {
		return "", err
	}
	if n > 0 && buf[n-1] == '\n' {
		n--
	}
	return string(buf[:n]), nil
}

// Executable returns the path name for the executable that started the current process
// (/proc/self/exe's target).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	return p, nil
}

// UserHomeDir returns the current user's home directory, $HOME.
func UserHomeDir() (string, error) {
	v := Getenv("HOME")
	if v == "" {
		return "", errors.New("$HOME is not defined")
	}
	return v, nil
}

// UserCacheDir returns the default root directory to use for user-specific cached data:
// $XDG_CACHE_HOME if non-empty, else $HOME/.cache.
func UserCacheDir() (string, error) {
	dir := Getenv("XDG_CACHE_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CACHE_HOME nor $HOME are defined")
		}
		dir += "/.cache"
	}
	return dir, nil
}

// UserConfigDir returns the default root directory to use for user-specific configuration
// data: $XDG_CONFIG_HOME if non-empty, else $HOME/.config.
func UserConfigDir() (string, error) {
	dir := Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		dir = Getenv("HOME")
		if dir == "" {
			return "", errors.New("neither $XDG_CONFIG_HOME nor $HOME are defined")
		}
		dir += "/.config"
	}
	return dir, nil
}
