package main

// a.go sorts before b.go and main.go, so fromA is initialized before any of theirs.
var fromA = note("fromA", 1)

var first = note("first", second+1) // needs second from b.go

var label = prefix + "label" // prefix is declared in b.go

func area(w, h int) int {
	return w * h
}

func describe(a, b int) string {
	s := ""
	if a > b {
		s = "first > second"
	} else {
		s = "first <= second"
	}
	return s
}
