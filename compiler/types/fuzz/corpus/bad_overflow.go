package main

const Big = 1 << 100

var a int8 = 200
var b uint = -1
var c = Big
var d float32 = 1e100
var e = 1 / 0
var f = 1.0 % 2
var g byte = 'x' * 1000

func main() {}
