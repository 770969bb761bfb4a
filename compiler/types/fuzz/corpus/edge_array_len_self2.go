package main
type T [len(T{})]int
func main() {}
