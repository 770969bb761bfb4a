package p

var
type T
func
const = 1
import "x"
