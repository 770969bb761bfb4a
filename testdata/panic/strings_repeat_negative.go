// strings.Repeat with a negative count panics with gc's message.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("x", 3))
	fmt.Println(strings.Repeat("x", -1))
}
