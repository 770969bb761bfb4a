// A byte order mark may begin a file; go/parser and gc both skip it. Anywhere else it
// is an error (Go's test/bombad.go, in the syntax errorcheck list).
package forms

var afterBOM = 1
