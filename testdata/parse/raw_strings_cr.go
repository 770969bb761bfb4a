package forms

// A raw string keeps its newlines but drops every carriage return.
const rawWithCR = `line one
line two
end`

var crlfLine = 1
var crAlone = "a\r" // the escape stays
