// make of a constant capacity that does not escape gets its array in the frame: appends past
// the capacity move to the heap, the length is still checked (gc's panics), and slices kept
// from a loop or returned are heap arrays of their own.
package main

func digits(v int) string {
	buf := make([]byte, 0, 20)
	if v == 0 {
		buf = append(buf, '0')
	}
	for v > 0 {
		buf = append(buf, byte('0'+v%10))
		v /= 10
	}
	for i, j := 0, len(buf)-1; i < j; i, j = i+1, j-1 {
		buf[i], buf[j] = buf[j], buf[i]
	}
	return string(buf)
}

func keep() []int {
	s := make([]int, 3)
	s[1] = 5
	return s
}

func grow() int {
	s := make([]int, 0, 2)
	for i := 0; i < 100; i++ {
		s = append(s, i)
	}
	return s[99] + len(s)
}

func loop() int {
	var all [][]int
	for i := 0; i < 3; i++ {
		s := make([]int, 1)
		s[0] = i
		all = append(all, s)
	}
	return all[0][0]*100 + all[1][0]*10 + all[2][0]
}

func bad(n int) (msg string) {
	defer func() { msg = recover().(error).Error() }()
	s := make([]byte, n, 8)
	return string(s)
}

func main() {
	println(digits(12345), digits(0), keep()[1], grow(), loop())
	println(bad(9))
	println(bad(-1))
}
