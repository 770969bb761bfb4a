package p

func f(s []int, p *int, i interface{}) {
	_ = s[1:2]
	_ = s[:2:3]
	_ = *p + -1 ^ 2&^3 | 4<<1
	_ = !true && false || 1 >= 2
	_ = i.(int)
	_ = (*int)(p)
	_ = (*T).M
	_ = func() {}
	_ = <-make(chan int)
}
