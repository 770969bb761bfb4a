// A run-time index beyond the length of a slice.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	for i := 0; i <= 5; i++ {
		if i == 5 {
			fmt.Println("about to index", i)
			fmt.Println(s[i])
		}
	}
}
