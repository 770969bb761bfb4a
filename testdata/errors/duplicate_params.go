// errorcheck

// Receiver, parameters and results share one block: each name once. Methods declared
// through aliases of a type are that type's methods.
package p

func f1(a, a int) {}                   // ERROR "a redeclared in this block"
func f2(a int) (a int) { return 1 }      // ERROR "a redeclared in this block"
func f3(_, _ int) (_ int) { return 0 }

type T int

func (i T) m(i int) {} // ERROR "i redeclared in this block"

type I interface{ m(j, j int) } // ERROR "j redeclared in this block"

var _ = func(b, b int) {} // ERROR "b redeclared in this block"

type A = T
type B = A

func (A) n()  {}
func (B) n()  {} // ERROR "T.n redeclared in this block"
func (*T) n() {} // ERROR "T.n redeclared in this block"
