// copy and delete accept one multi-value call for both arguments, as gc 1.19 does (Go's
// fixedbugs/issue15992.go): copy(f(a)) copies the second result into the first, delete(h(m))
// deletes the key h returns.
package main

func f(a []int) ([]int, []int) { return a, a[1:] }

func g() ([]byte, string) { return make([]byte, 3), "xyzw" }

func h(m map[int]int) (map[int]int, int) { return m, 1 }

func main() {
	a := []int{1, 2, 3}
	println(copy(f(a)))
	b, _ := g()
	println(copy(g()), len(b))
	m := map[int]int{1: 1, 2: 2}
	delete(h(m))
	println(len(m), a[0], a[1], a[2], m[2])
}
