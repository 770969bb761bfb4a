// errorcheck

// A variable whose initialisation or assignment failed counts as used: gc reports the
// failure only, not "declared but not used" as well.
package p

func two() (int, int) { return 1, 2 }

func f() {
	var s string = nil // ERROR "cannot use nil as string value in variable declaration"
	a, b := 1      // ERROR "assignment mismatch: 2 variables but 1 value"
	c, d := two(), 1 // ERROR "multiple-value two\(\) .* in single-value context"
	var e int
	e = "x" // ERROR "cannot use .x. \(untyped string constant\) as int value in assignment"
	var g, h int
	g, h = 1 // ERROR "assignment mismatch: 2 variables but 1 value"
	n := 1 // ERROR "n declared but not used"
}

func r() {
	var n struct{}
	for i, j := range n { // ERROR "cannot range over n \(variable of type struct{}\)"
	}
}
