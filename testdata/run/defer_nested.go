// Panics inside deferred calls of a panicking function: a deferred call of another function
// that returns normally does not see the outer panic, a new panic raised and recovered inside
// a deferred call leaves the outer one in place, and the outer deferred call recovers it.
package main

import "fmt"

func g() {
	defer func() { fmt.Println("g's deferred recover:", recover()) }()
}

func h() (r any) {
	defer func() { r = recover() }()
	panic("inner h")
}

func main() {
	defer func() {
		g()
		fmt.Println("h:", h())
		fmt.Println("main's deferred recover:", recover())
	}()
	panic("outer")
}
