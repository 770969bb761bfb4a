// errorcheck

// An import that nothing in the file uses.
package main

import "fmt" // ERROR "imported and not used: \x22fmt\x22"

func main() {
}
