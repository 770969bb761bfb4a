package p

var x = ((((((((((1))))))))))
var y = [][][][]int{{{{1}}}}

func f() { { { { { } } } } }
