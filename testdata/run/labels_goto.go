// Labels, goto, and labelled break and continue.
package main

func labelledBreakContinue() {
Outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue Outer
			}
			if i == 3 {
				break Outer
			}
			println("pair", i, j)
		}
	}
Rows:
	for _, r := range "abc" {
		switch r {
		case 'a':
			continue Rows
		case 'c':
			break Rows
		}
		println("rune", r)
	}
	n := 0
Sw:
	switch {
	case n == 0:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break Sw
			}
			n += k
		}
		println("not reached")
	}
	println("n", n)
}

func gotoForward(x int) int {
	if x > 10 {
		goto big
	}
	x *= 2
	goto done
big:
	x -= 10
done:
	return x
}

// A loop made of goto: each pass declares v anew, and the closures capture each v.
func gotoLoop() {
	var fs []func() int
	i := 0
loop:
	if i < 3 {
		v := i * 10
		fs = append(fs, func() int { v++; return v })
		i++
		goto loop
	}
	for _, f := range fs {
		println("closure", f(), f())
	}
}

func labelsOnBlocksAndEmpty() {
	count := 0
Block:
	{
		count++
		if count < 3 {
			goto Block
		}
	}
	println("count", count)
	goto End
End:
}

func infinite() int {
	i := 0
L:
	for {
		i++
		if i == 5 {
			break L
		}
	}
	return i
}

func terminatingLabelled(n int) int {
Loop:
	for {
		if n > 100 {
			return n
		}
		n *= 3
		continue Loop
	}
}

func closureOwnLabels() int {
	total := 0
L:
	for i := 0; i < 3; i++ {
		f := func() int {
			s := 0
		L:
			for j := 0; ; j++ {
				if j > i {
					break L
				}
				s += j
			}
			return s
		}
		total += f()
		if i == 1 {
			continue L
		}
	}
	return total
}

func main() {
	labelledBreakContinue()
	println(gotoForward(3), gotoForward(15))
	gotoLoop()
	labelsOnBlocksAndEmpty()
	println("infinite", infinite())
	println("terminating", terminatingLabelled(2))
	println("closure labels", closureOwnLabels())
}
