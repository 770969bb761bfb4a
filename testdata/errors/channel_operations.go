// errorcheck

// Channel directions: receive, send, close and range.
package main

func main() {
	var s chan<- int
	_ = <-s // ERROR "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	var r <-chan int
	r <- 1   // ERROR "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	close(r) // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	for v := range s { // ERROR "cannot range over s \(variable of type chan<- int\) \(receive from send-only channel\)"
		_ = v
	}
}
