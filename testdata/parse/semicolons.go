// Automatic semicolon insertion: after each kind of final token, across comments, and at
// the end of a file that has no final newline.
package forms

func semicolons(ch chan int, xs []int) (int, bool) {
	a := 1
	b := "s"
	c := 'r'
	d := 1.5
	e := 2i
	f := `raw`
	a++
	a--
	g := (a)
	h := xs[0]
	i := struct{}{}
	_, _, _, _, _, _, _, _ = b, c, d, e, f, g, h, i
	for {
		break
	}
	for {
		continue
	}
	switch a {
	case 1:
		fallthrough
	default:
	}
	x := a /* a general comment on one line keeps the line going */ + 1
	y := x /* a general comment
	that spans lines counts as a newline */
	z := y; w := z; _ = w // explicit semicolons
	if a > 0 { return a, true }
	func() {}()
	return 0, false
}

var oneLine = func() int { a := 1; a++; return a }()
func lastWithoutNewline() {}