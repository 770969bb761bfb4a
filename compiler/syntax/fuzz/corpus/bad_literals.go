package p

var x = 0x
var y = 0b102
var z = 1__2
var w = 0x1.2
var r = ''
var s = "unterminated
