package main

const a = iota + iota
const b int = "s"
const c = len([]int{})
const d = f()
const e = 1 << 10000

func f() int { return 1 }

var arr [-1]int
var arr2 [1.5]int
var arr3 [c]int

func main() {}
