package p

var ä, 世界, ǅ = 1, 2, 3
var ⅷ = 4
var a٣ = 5
