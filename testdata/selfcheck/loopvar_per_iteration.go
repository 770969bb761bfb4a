// Go 1.22's per-iteration loop variables (the spec's "For statements"): each iteration of a
// loop has its own copy of the variables its init statement or range clause declares, so
// closures made in different iterations see different variables. go 1.19 shares one variable
// per loop, so this program checks itself against the values the spec gives and prints PASS.
package main

import "fmt"

var failures = 0

func check(what string, got, want string) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

func main() {
	// Three-clause loop: one variable per iteration.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	got := ""
	for _, f := range fs {
		got += fmt.Sprint(f(), " ")
	}
	check("for clause", got, "0 1 2 ")

	// The spec's example: the post statement runs on the next iteration's fresh copy, which
	// starts with the value the previous copy had at the end of its iteration.
	var prints []func() int
	for i := 0; i < 5; i++ {
		prints = append(prints, func() int { return i })
		i++
	}
	got = ""
	for _, p := range prints {
		got += fmt.Sprint(p(), " ")
	}
	check("spec example", got, "1 3 5 ")

	// A closure that changes its iteration's variable changes the loop's progress.
	got = ""
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		got += fmt.Sprint(i, " ")
	}
	check("closure assigns", got, "2 5 8 11 ")

	// Range clause: fresh key and value in each iteration.
	var gs []func() string
	for i, s := range []string{"x", "y", "z"} {
		gs = append(gs, func() string { return fmt.Sprint(i, s) })
	}
	got = ""
	for _, g := range gs {
		got += g() + " "
	}
	check("range clause", got, "0x 1y 2z ")

	// Range over an integer (Go 1.22).
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i * 10 })
	}
	got = ""
	for _, h := range hs {
		got += fmt.Sprint(h(), " ")
	}
	check("range int", got, "0 10 20 ")

	// Several variables in the init statement, one of them never captured.
	var ks []func() int
	for i, j := 0, 10; i < 3; i, j = i+1, j-1 {
		ks = append(ks, func() int { return i*100 + j })
	}
	got = ""
	for _, k := range ks {
		got += fmt.Sprint(k(), " ")
	}
	check("two variables", got, "10 109 208 ")

	if failures == 0 {
		fmt.Println("PASS")
	}
}
