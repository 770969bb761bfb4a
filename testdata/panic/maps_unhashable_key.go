// An interface key whose dynamic type is not comparable panics when hashed.
package main

import "fmt"

func main() {
	m := map[interface{}]int{1: 1}
	fmt.Println(m[1])
	var k interface{} = []int{1}
	m[k] = 2
	fmt.Println("unreachable")
}
