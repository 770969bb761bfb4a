// A recovered runtime error panicked again: both reports print its Error() text.
package main

func main() {
	defer func() {
		r := recover()
		println("recovered:", r.(error).Error())
		panic(r)
	}()
	var s []int
	i := 4
	println(s[i])
}
