// A deferred call recovers a panic and panics again: the first is reported as recovered.
package main

func main() {
	defer func() {
		r := recover()
		panic(r.(string) + " again")
	}()
	panic("first")
}
