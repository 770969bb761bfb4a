// Every statement form.
package forms

func statements(ch chan int, done <-chan struct{}, xs []int, m map[string]int, s string) int {
	// Blocks, declarations, expression statements (an empty statement after a label is below;
	// a lone `;` in a block is not here: ergo drops it from the tree, go/parser keeps it).
	{
	}
	{
		var inner = 1
		_ = inner
	}
	print("call")
	<-ch

	// Assignments: =, :=, multiple, blank, every op-assign, inc/dec.
	x := 1
	y, z := 2, 3
	x, y = y, x
	_ = z
	x += 1
	x -= 1
	x *= 2
	x /= 2
	x %= 3
	x &= 7
	x |= 8
	x ^= 1
	x <<= 2
	x >>= 1
	x &^= 4
	x++
	x--
	xs[0]++
	m["k"] += 1
	v, ok := m["k"]
	_, _ = v, ok

	// Sends, go and defer.
	ch <- x
	go func() { ch <- 1 }()
	go print(x)
	defer print(x)
	defer func() { recover() }()

	// if, else if, else, with init statements.
	if x > 0 {
	} else if y := x * 2; y > 10 {
	} else {
	}
	if v, ok := m["x"]; ok {
		_ = v
	}

	// Expression switches: tag, no tag, init, fallthrough, several values per case.
	switch x {
	case 1, 2, 3:
		fallthrough
	case 4:
	default:
	}
	switch {
	case x < 0:
	case x > 0:
	}
	switch y := x; y {
	}
	switch x := 5; {
	default:
		_ = x
	}

	// Type switches with and without a binding, with an init statement, nil and several types per case.
	var i any = x
	switch i.(type) {
	case int:
	case string, []byte:
	case nil:
	default:
	}
	switch t := i.(type) {
	case int:
		_ = t + 1
	case error, fmtStringer:
		_ = t
	}
	switch j := i; t := j.(type) {
	default:
		_ = t
	}
	switch (i).(type) {
	}

	// select: send, receive, receive with = and :=, comma-ok, default.
	var r int
	var rok bool
	select {
	case ch <- 1:
	case <-done:
	case r = <-ch:
	case r, rok = <-ch:
	case got := <-ch:
		_ = got
	case got, ok := <-ch:
		_, _ = got, ok
	default:
	}
	_, _ = r, rok
	if x < 0 {
		select {}
	}

	// for: infinite, condition, three clauses (each part optional), range in every form.
	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 3; i++ {
	}
	for j := 0; j < 3; {
		j++
	}
	for ; x < 20; x++ {
	}
	for ; ; x++ {
		break
	}
	for ;; {
		break
	}
	for range xs {
	}
	for i := range xs {
		_ = i
	}
	for i, v := range xs {
		_, _ = i, v
	}
	for _, c := range s {
		_ = c
	}
	for k, v := range m {
		_, _ = k, v
	}
	for v := range ch {
		_ = v
	}
	for x = range xs {
	}
	for x, r = range xs {
	}
	for range 10 {
	}
	for i := range 10 {
		_ = i
	}
	for i := range len(xs) {
		_ = i
	}

	// Labels, goto, labelled break and continue.
outer:
	for i := 0; i < 3; i++ {
	inner:
		for {
			switch {
			case i == 1:
				continue outer
			case i == 2:
				break outer
			}
			break inner
		}
	}
	goto end
end:
	x++
empty:
	;
	if x < 0 {
		goto empty
	}

	// return with and without values.
	if x > 100 {
		return x
	}
	return 0
}

type fmtStringer interface{ String() string }

func namedResults() (n int, err error) {
	n = 1
	return
}
