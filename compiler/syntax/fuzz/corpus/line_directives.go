package p

//line foo.go:10
var x = 1

/*line bar.go:20:5*/var y = 2
//line :7
var z = )
