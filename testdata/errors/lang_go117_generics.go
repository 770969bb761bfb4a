// errorcheck -lang=go1.17

// Generics need go1.18: type parameters, instantiation (explicit and inferred), the
// predeclared any and comparable, and union or ~T interface elements.
package p

type List[T any] struct{ x T } // ERROR "type parameter requires go1.18 or later" "predeclared any requires go1.18 or later"

func F[T any](x T) T { return x } // ERROR "type parameter requires go1.18 or later" "predeclared any requires go1.18 or later"

var _ = F[int]   // ERROR "function instantiation requires go1.18 or later"
var _ = F(1)     // ERROR "implicit function instantiation requires go1.18 or later"
var _ List[int] // ERROR "type instantiation requires go1.18 or later"

type I interface{ ~int | string } // ERROR "embedding interface element ~int\|string requires go1.18 or later"

type J interface {
	comparable // ERROR "predeclared comparable requires go1.18 or later"
}

var _ any // ERROR "predeclared any requires go1.18 or later \(-lang was set to go1.17; check go.mod\)"
