// Slicing an array (or a pointer to one) past its end reports the length, as gc's
// panicSliceAlen does ("with length 3"); slicing a slice past its capacity reports the
// capacity (Go's fixedbugs/issue30116.go).
package main

func try(f func()) {
	defer func() { println(recover().(error).Error()) }()
	f()
}

func main() {
	var a [3]int
	j := 4
	try(func() { _ = a[0:j] })
	try(func() { _ = a[j:] })
	p := &a
	try(func() { _ = p[:j] })
	s := a[:2]
	try(func() { _ = s[:j] })
	str := "abc"
	try(func() { _ = str[:j] })
}
