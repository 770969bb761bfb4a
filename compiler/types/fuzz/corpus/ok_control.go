package main

func f(n int) (r int, err error) {
	defer func() {
		if x := recover(); x != nil {
			r = -1
		}
	}()
outer:
	for i := 0; i < n; i++ {
		for j := range [3]int{} {
			if j == i {
				continue outer
			}
			if j > 5 {
				break outer
			}
		}
		switch {
		case i%2 == 0:
			fallthrough
		case i > 10:
			r++
		default:
			goto done
		}
	}
done:
	return
}

func main() { _, _ = f(3) }
