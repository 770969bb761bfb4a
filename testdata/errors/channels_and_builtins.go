// errorcheck

// Channels, maps and the builtins that work on them.
package main

func main() {
	var m map[int]int
	_ = len()     // ERROR "invalid operation: not enough arguments for len\(\) \(expected 1, found 0\)"
	_ = len(m, m) // ERROR "invalid operation: too many arguments for len\(m, m\) \(expected 1, found 2\)"
	delete(m)     // ERROR "invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)"
	_ = cap(m)    // ERROR "invalid argument: m \(variable of type map\[int\]int\) for cap"
	var ch chan int
	_ = len(ch) + cap(ch)
	ch <- "a"    // ERROR "cannot use .a. \(untyped string constant\) as int value in send"
	delete(1, 2) // ERROR "invalid argument: 1 \(untyped int constant\) is not a map"
	close(m)     // ERROR "invalid operation: cannot close non-channel m \(variable of type map\[int\]int\)"
	_ = make(chan int, 1, 2) // ERROR "invalid operation: make\(chan int, 1, 2\) expects 1 or 2 arguments; found 3"
	_ = new(3)               // ERROR "3 is not a type"
	for k, v := range m {
		_, _ = k, v
	}
	var a [3]int
	for i, v := range &a {
		_, _ = i, v
	}
	select {
	case v, ok := <-ch:
		_, _ = v, ok
	case ch <- 1:
	}
	delete(m, 1)
	close(ch)
	p := new(int)
	*p = 1
}
