package main

func worker(in <-chan int, out chan<- int, done chan struct{}) {
	for {
		select {
		case v, ok := <-in:
			if !ok {
				close(done)
				return
			}
			out <- v * 2
		case <-done:
			return
		}
	}
}

func main() {
	in, out := make(chan int), make(chan int, 4)
	done := make(chan struct{})
	go worker(in, out, done)
	in <- 1
	<-out
	close(in)
}
