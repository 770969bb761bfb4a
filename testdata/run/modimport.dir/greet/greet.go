// Package greet builds greetings and counts them.
package greet

import "fmt"

const Version = "greet/v1"

var calls = 0

var prefix = start + ", " // start is declared below

var start = announce("Hello")

func announce(s string) string {
	fmt.Println("greet init", s)
	return s
}

// Hello returns a greeting for name and counts the call.
func Hello(name string) string {
	calls++
	return prefix + name + "!"
}

// Count reports how many greetings Hello has made.
func Count() int {
	return calls
}
