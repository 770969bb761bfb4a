package main
type G[T any] int
var x G[]
var y G[int][int]
func main() {}
