// Integer division by zero panics for every width, also when the dividend is MinInt.
package main

var zero int8

func main() {
	m := int8(-128)
	println(m / -1)
	println(m % zero)
}
