// Names and positions (docs/abi.md): the runtime reads the executable's symbol table and
// DWARF line table to name the Go frames above a call, as a panic traceback does, at -O0 and
// -O2. Only frames that -O2 cannot inline away are checked: inlined frames are not expanded.
package main

//go:linkname callerName runtime.ergotest_callername
func callerName(skip int) string

//go:linkname callerFile runtime.ergotest_callerfile
func callerFile(skip int) string

//go:linkname callerLine runtime.ergotest_callerline
func callerLine(skip int) int

var failed bool

// check expects the frame `skip` levels above its caller to be `name` at `line`.
func check(name string, skip int, line int) {
	gotName, gotLine, gotFile := callerName(skip+1), callerLine(skip+1), callerFile(skip+1)
	if gotName != name || gotLine != line || !hasSuffix(gotFile, "/traceback.go") {
		println("frame", skip, "want", name, line, "got", gotName, gotFile, gotLine)
		failed = true
	}
}

func hasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

// reachesMain expects main.main among the frames from `skip` on, and nothing past it.
func reachesMain(skip int) {
	for ; skip < 20; skip++ {
		if callerName(skip+1) == "main.main" {
			if callerName(skip+2) != "" {
				println("a frame above main.main:", callerName(skip+2))
				failed = true
			}
			return
		}
	}
	println("main.main not found")
	failed = true
}

var last int

// Recursive, so that -O2 keeps its frames.
func depth(n int) int {
	if n == 0 {
		check("main.depth", 0, 50)
		check("main.depth", 1, 56)
		check("main.depth", 3, 56)
		reachesMain(4)
		return 0
	}
	d := depth(n-1) + 1
	last = n
	return d
}

func outer(n int) int {
	r := depth(n)
	last += r
	return r
}

func main() {
	if callerName(0) != "main.main" || callerLine(0) != 68 {
		failed = true
		println("main.main's own frame:", callerName(0), callerLine(0))
	}
	outer(3)
	if !failed {
		println("PASS")
	}
}
