package main
type I interface{ J }
type J interface{ I }
func main() { var i I; i.M() }
