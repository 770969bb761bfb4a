// errorcheck

// What an assignment may store to: variables, pointer indirections, map index expressions;
// not values, constants, bytes of strings, or fields of structs held in maps.
package p

type S struct{ f int }

func g() int { return 1 }

const c = 1

func f(m map[string]int, ms map[string]S, p *map[string]int, s string) {
	m["a"] = 1
	(*p)["b"] = 2
	m["a"]++
	m["a"] += 3
	(m["a"]) = 4
	ms["x"].f = 1 // ERROR "cannot assign to struct field ms\[.x.\].f in map"
	g() = 1       // ERROR "cannot assign to g\(\) \(value of type int\)"
	c = 2         // ERROR "cannot assign to c \(untyped int constant 1\)"
	s[0] = 1      // ERROR "cannot assign to s\[0\] \(value of type byte\)"
	g()++         // ERROR "cannot assign to g\(\) \(value of type int\)"
}
