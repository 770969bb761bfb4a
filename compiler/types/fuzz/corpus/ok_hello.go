package main

func main() {
	println("hello", 1, 2.5, true)
}
