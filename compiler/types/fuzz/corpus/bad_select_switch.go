package main

func main() {
	var x interface{}
	switch x.(type) {
	case int, int:
	case undefined:
	}
	switch 1 {
	case 1, 1:
	case "a":
	}
	select {
	case 1:
	default:
	default:
	}
	var ch chan<- int
	<-ch
	fallthrough
}
