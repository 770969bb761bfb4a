package main
type T [1<<62][1<<62]int
var t T
func main() { _ = len(t) }
