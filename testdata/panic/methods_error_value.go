package main

type NotFound string

func (e NotFound) Error() string { return "not found: " + string(e) }

func lookup(key string) error {
	return NotFound(key)
}

func main() {
	err := lookup("k")
	println(err.Error())
	panic(err)
}
