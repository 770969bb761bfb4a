package p

var ÿ = 1
var s = "Ã("
