package main
const c = 1e1000000000
const d = c * c
func main() {}
