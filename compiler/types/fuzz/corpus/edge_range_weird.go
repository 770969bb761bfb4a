package main
func main() { for a, b, c := range 10 {}; for i := range 1.5 {}; for range nil {} }
