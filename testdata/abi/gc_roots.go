// The metadata a collector needs finds every live heap object (docs/abi.md, "GC metadata").
// runtime/gcscan.cpp's test-only scan marks what is reachable from the package variables
// (precisely, through the compiler's ergo_gcroots map), the registers including vector
// registers and the stack (conservatively), and then from heap objects (precisely, through
// their type descriptors' pointer bitmaps). Every object allocated since forget() is still in
// use when unreachable() runs, so it must report 0; a first phase that makes garbage checks
// the opposite, that the scan does not simply mark everything.
package main

//go:linkname unreachable runtime.ergotest_unreachable
func unreachable() int

//go:linkname forget runtime.ergotest_forget
func forget()

//go:linkname allocs runtime.ergotest_allocs
func allocs() int

// 0 when an object whose address is held only in a vector register (xmm15, v31) is found,
// and no longer found once the register is cleared.
//
//go:linkname vectorRegisterRoot runtime.ergotest_vector_register_root
func vectorRegisterRoot() int

var failures = 0

func check(what string, ok bool) {
	if !ok {
		println("FAIL", what)
		failures++
	}
}

// Reachable only through package variables: found only if the root map lists them.
var words []string
var boxed any
var prefix = "w"

// Sizes the compiler does not know: a make of a small constant size that does not escape
// would get its array in the frame, and these objects must be on the heap.
var four = 4

// Dead as soon as each iteration ends.
func garbage(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := make([]int, 8)
		s[3] = i
		total += s[3]
	}
	return total
}

// Each frame holds a slice, a string and an interface that nothing else refers to, live
// across the recursive call; the deepest call runs the scan.
func deep(n int) int {
	if n == 0 {
		return unreachable()
	}
	s := make([]int, four)
	s[1] = n
	t := prefix + words[n%len(words)]
	var v any = n
	r := deep(n - 1)
	check("frame slice", s[1] == n)
	check("frame string", len(t) == 3 && t[1] == 'w')
	check("frame interface", v.(int) == n)
	return r
}

// At -O2 the slice's data pointer lives only in a callee-saved register across the call, so
// the scan must see the registers as the runtime found them (or the system stack where the
// runtime's own frames saved them).
func heldInRegister() int {
	forget()
	s := make([]int, four)
	s[2] = 5
	n := unreachable()
	return n*100 + s[2]
}

// The closure object holds the only reference to the slice it captured.
func newGetter() func() string {
	data := make([]string, 2)
	data[0] = prefix + "z"
	return func() string { return data[0] }
}

func closureHeld() int {
	forget()
	get := newGetter()
	n := unreachable()
	if get() != "wz" {
		n += 1000
	}
	return n
}

func bump(counter []int) { counter[0]++ }

// While the function runs, the deferred call's closure (holding its evaluated argument) and
// the runtime's record of it are reachable from the goroutine's defer chain only.
func withDefer() int {
	forget()
	defer bump(make([]int, 1))
	return unreachable()
}

func main() {
	if r := vectorRegisterRoot(); r != 0 {
		println("vector register root: failure bits", r)
		failures++
	}

	// Garbage: almost all of it must be reported (a stale copy or two may survive in a
	// register or a stack slot, which a conservative scan counts as live).
	forget()
	garbage(100)
	if n := unreachable(); n < 90 {
		println("garbage: only", n, "of 100 dead objects reported")
		failures++
	}

	forget()
	words = make([]string, 0, 4)
	words = append(words, prefix+"a", prefix+"b", prefix+"c", prefix+"d")
	boxed = []byte("held by an interface in a package variable")

	// Locals, some reachable only through other heap objects.
	nested := make([][]int, 3)
	for i := range nested {
		nested[i] = make([]int, i+1)
		nested[i][i] = i
	}
	anys := make([]any, 0, 3)
	anys = append(anys, 7, prefix+"x", []int{1, 2})
	bytes := []byte("interior pointers keep the whole object")
	tail := bytes[9:17]
	bytes = nil

	before := allocs()
	n := deep(2000)
	check("deep: every live object found", n == 0)
	if n != 0 {
		println("unreachable:", n)
	}
	check("deep allocated", allocs()-before >= 3*2000)
	check("held in a register", heldInRegister() == 5)
	check("held by a closure", closureHeld() == 0)
	check("held by a deferred closure", withDefer() == 0)

	// Everything is still intact.
	check("words", len(words) == 4 && words[3] == "wd")
	b, ok := boxed.([]byte)
	check("boxed", ok && string(b[:7]) == "held by")
	check("nested", len(nested) == 3 && nested[2][2] == 2)
	check("anys", anys[0].(int) == 7 && anys[1].(string) == "wx" && len(anys[2].([]int)) == 2)
	check("tail", string(tail) == "pointers")
	check("bytes", bytes == nil)
	if failures == 0 {
		println("PASS")
	}
}
