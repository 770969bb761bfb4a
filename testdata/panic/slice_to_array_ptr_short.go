package main

func main() {
	s := []int{1, 2, 3}
	p := (*[8]int)(s)
	println(p[0])
}
