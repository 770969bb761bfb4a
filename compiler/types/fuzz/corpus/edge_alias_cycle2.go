package main
type A = *A
func main() {}
