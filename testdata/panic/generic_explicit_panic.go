// panic with a value of a type parameter's type, in an instance of a generic function.
package main

type Code int

func (c Code) Error() string { return "code error" }

func Fail[E error](e E) {
	panic(e)
}

func main() {
	Fail(Code(3))
}
