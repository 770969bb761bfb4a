package p

// line comment
/* block
   comment */
var x = 1 /* inline */ + 2 // trailing
