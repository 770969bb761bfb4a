package p

func f(x int, ch chan int) {
	x++
	x--
	x += 2
	x <<= 1
	x &^= 3
	a, b := 1, 2
	a, b = b, a
	ch <- x
	<-ch
	go f(x, ch)
	defer f(x, ch)
	{
	}
	;
}
