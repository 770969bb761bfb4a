// errorcheck

// A syntax error: an if clause without its opening brace. gc reports only syntax
// errors when there are any.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 // the missing { makes "fmt.Println(x)" the condition, after x > 0 as init
		fmt.Println(x) // ERROR "unexpected newline, expecting { after if clause"
	}
}
