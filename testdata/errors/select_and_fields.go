// errorcheck

// A select case must send or receive; duplicate field names are reported once and do not
// make selectors ambiguous; array lengths that int cannot hold must be integers; a type
// switch case that is not a type leaves the clause's variable untyped.
package p

type t struct {
	x int
	x int // ERROR "x redeclared"
}

func f(tt *t) int { return tt.x }

func g(done chan struct{}, v interface{}) {
	select {
	case done: // ERROR "select case must be send or receive \(possibly with assignment\)"
	case <-done:
	}
	switch u := v.(type) {
	case 0: // ERROR "0 is not a type"
		u.x = 1
	}
}

var _ [1 << 65]int // ERROR "array length 1 << 65 \(untyped int constant 36893488147419103232\) must be integer"
var _ [-1]int      // ERROR "invalid array length -1 \(untyped int constant\)"
