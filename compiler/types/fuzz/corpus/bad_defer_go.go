package main

func f() int { return 1 }

func main() {
	defer 1
	go f
	defer recover()
	go func() {}
	defer len("a")
}
