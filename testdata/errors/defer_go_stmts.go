// errorcheck

// The rules of defer and go statements: a call, not a conversion, and not a builtin whose
// result would be discarded.
package main

func two() (int, int) { return 1, 2 }

func main() {
	s := []int{1}
	defer len(s)    // ERROR "defer discards result of len\(s\) \(value of type int\)"
	go append(s, 1) // ERROR "go discards result of append\(s, 1\) \(value of type \[\]int\)"
	defer int(3)    // ERROR "defer requires function call, not conversion int\(3\) \(constant 3 of type int\)"
	defer two()
	go two()
	defer recover()
	defer print(1)
}
