// errorcheck

// The declaration rules of := and var: a wrong name on the left of := is reported once (and
// excuses "no new variables"), counts of names and values that differ, and which results
// a bare return needs in scope.
package p

func f() {
	var i, j int = 1, 2, 3 // ERROR "extra init expr 3" "i declared but not used" "j declared but not used"
	var k, l, m = 1, 2 // ERROR "missing init expr for m" "k declared but not used" "l declared but not used"
}

func g() {
	x, x := 1, 2 // ERROR "x repeated on left side of :="
	_ = x
	(y) := 3 // ERROR "non-name \(y\) on left side of :=" "undefined: y"
}

func h() (_ int, err error) {
	return // blank results are never in scope
}

func k() (x int, err error) {
	{
		x := 2
		_ = x
		return // ERROR "result parameter x not in scope at return"
	}
}
