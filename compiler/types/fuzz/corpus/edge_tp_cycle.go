package main
func f[P interface{ ~[]Q }, Q interface{ ~[]P }]() {}
func main() { f() }
