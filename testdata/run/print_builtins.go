// run

// The print and println builtins (they write to stderr).
package main

func main() {
	println("hello", 42, true, false, -7)
	println()
	println("no", "space", "issue")
	print("print ", "adds ", "no ", "spaces", "\n")
	print(1, 2, 3, "\n")
	print(true, false, "\n")
	x := 10
	s := "str"
	b := x > 5
	println(x, s, b)
	println(x*x, s+s, !b)
	var by byte = 200
	println(by, int(by)+100)
	println(-9223372036854775807 - 1)
	println(9223372036854775807)
	print("done\n")
}
