package runtime

// GOOS is the running program's operating system target.
const GOOS string = "linux"

// Compiler is the name of the compiler toolchain that built the running binary. ergo reports
// "gc": it satisfies the gc build constraint (it compiles gc's `//go:build gc` files and
// honours gc's directives), and programs use this constant to pick gc's behaviour.
const Compiler = "gc"

// Version returns the Go language version the program was compiled for: ergo implements
// Go 1.22, so this is "go1.22" (what `ergo env GOVERSION` prints).
func Version() string {
	return "go1.22"
}
