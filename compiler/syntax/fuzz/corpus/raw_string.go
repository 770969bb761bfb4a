package p

var s = `raw
with CR
 and \n`
