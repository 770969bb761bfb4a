package p

var s = "\q \x1 \u12 \U00110000"
var r = 'ab'
