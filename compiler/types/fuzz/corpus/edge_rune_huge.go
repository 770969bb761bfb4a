package main
var s = string(rune(1<<40))
const t = string(-1)
func main() {}
