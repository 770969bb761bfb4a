package main

func main() {
	var s []int
	var m map[string]int
	var f func()
	_ = s == s
	_ = m == m
	_ = f == f
	_ = "a" + 1
	_ = 1 << 1.5
	_ = !1
	_ = -"s"
	_ = &1
	_ = *s
	var x interface{}
	_ = x + x
	_ = 1 < "a"
}
