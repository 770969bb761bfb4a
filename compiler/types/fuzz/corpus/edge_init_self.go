package main
var x = func() int { return x }()
func main() {}
