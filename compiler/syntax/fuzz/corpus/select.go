package p

func f(a, b chan int) {
	select {
	case x := <-a:
		_ = x
	case b <- 1:
	case x, ok := <-a:
		_, _ = x, ok
	default:
	}
}
