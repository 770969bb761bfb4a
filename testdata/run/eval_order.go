// The spec's two phases of assignment: left operands, then right values, then stores.
package main

import "fmt"

func f() int { fmt.Println("index"); return 0 }
func g() int { fmt.Println("value"); return 7 }
func a() int { fmt.Println("a"); return 0 }
func b() int { fmt.Println("b"); return 1 }
func c() int { fmt.Println("c"); return 2 }
func d() int { fmt.Println("d"); return 3 }

func main() {
	s := []int{0, 0}
	s[f()] = g()
	s[f()] += g()
	s[a()], s[b()] = c(), d()
	x := 1
	x++
	fmt.Println(s[0], s[1])
}
