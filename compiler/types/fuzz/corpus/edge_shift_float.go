package main
var s uint = 3
var x = 1.5 << s
var y float64 = 1 << s
var z = 1 << s == 1.0
func main() {}
