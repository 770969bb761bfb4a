package main
var a = [...]int{1<<62: 1, 2}
func main() { _ = a }
