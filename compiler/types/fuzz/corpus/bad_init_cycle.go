package main

var a = b
var b = c + f()
var c = a

func f() int { return x }

var x = f()

func init() {}

func main() { init() }
