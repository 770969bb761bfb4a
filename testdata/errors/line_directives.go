// errorcheck

// Line directives move the positions of later errors, type errors included. The `:N:C`
// forms keep this file's name, so each error lands on the line of its ERROR comment.
package main

func main() {
//line :30:1
	var a int = "x"
	_ = a
/*line :32:1*/ var b int = "y"; _ = b
}

//line line_directives.go:34
func f() {
	c := 1
}










// The errors, on the lines the directives give them:

// ERROR "cannot use .x. \(untyped string constant\) as int value in variable declaration"

// ERROR "cannot use .y. \(untyped string constant\) as int value in variable declaration"


// ERROR "c declared but not used|declared and not used"
