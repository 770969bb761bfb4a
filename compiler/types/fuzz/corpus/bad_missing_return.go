package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g() (int, string) {
	return 1
}

func h() {
	return 1
}

func main() {}
