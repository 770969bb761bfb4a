// import "C" is plain syntax: its preamble is the comment above it. The driver rejects it
// ("ergo does not support cgo (import \"C\")").
package forms

/*
#include <stdio.h>
static int twice(int x) { return 2 * x; }
*/
import "C"

func callC() int { return int(C.twice(21)) }
