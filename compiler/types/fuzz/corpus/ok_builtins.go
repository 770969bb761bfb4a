package main

func main() {
	s := make([]int, 3, 10)
	s = append(s, 1, 2)
	s = append(s, s...)
	b := append([]byte("x"), "yz"...)
	n := copy(s, s[1:])
	m := map[int]string{}
	delete(m, 1)
	c := complex(1, 2)
	_ = real(c) + imag(c)
	p := new(int)
	*p = len(s) + cap(s) + n + len(b)
	var ch = make(chan int)
	close(ch)
	print(len("abc"))
	println(min(1, 2), max(3.0, 4))
	clear(m)
}
