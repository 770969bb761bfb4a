package p

var (
	a [4]int
	b []*string
	c map[int]chan<- bool
	d <-chan chan int
	e func(int, ...string) (bool, error)
	f struct{}
	g interface{}
	h chan (<-chan int)
)
