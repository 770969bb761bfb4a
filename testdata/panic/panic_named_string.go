// A panic value of a named string type prints as gc prints it: the type's name and the quoted
// value (gc's printpanicval).
package main

type E string

func fail() {
	panic(E("x"))
}

func main() {
	fail()
}
