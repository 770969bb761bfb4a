package p

func f(xs []int, m map[string]int) {
	if x := len(xs); x > 0 {
	} else if x < 0 {
	} else {
	}
	for i := 0; i < 10; i++ {
		continue
	}
	for i, x := range xs {
		_, _ = i, x
	}
	for k := range m {
		_ = k
	}
	for range xs {
	}
	for {
		break
	}
}
