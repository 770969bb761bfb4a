package main
type T[P any] interface{ T[P] }
func main() {}
