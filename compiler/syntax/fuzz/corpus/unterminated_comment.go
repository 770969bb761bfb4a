package p

/* never closed
var x = 1
