// panic with a string value.
package main

import "fmt"

func check(n int) int {
	if n > 2 {
		panic("boom")
	}
	return n
}

func main() {
	for i := 0; i < 5; i++ {
		fmt.Println(check(i))
	}
}
