// Interface comparison goes through the dynamic type's equality: floats (NaN, ±0), strings,
// structs and arrays holding them, nested interfaces; uncomparable dynamic types panic with
// runtime errors, also as map keys; struct types that print alike are still distinct types.
package main

type Int = int

type point struct {
	x, y float64
}

type named struct {
	s string
	i interface{}
}

type Shape interface{ Area() float64 }

type sq struct{ side float64 }

func (s sq) Area() float64 { return s.side * s.side }

func eq(a, b interface{}) bool { return a == b }

func tryEq(name string, a, b interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(error).Error())
		}
	}()
	println(name, eq(a, b))
}

func tryKey(name string, k interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panics:", r.(error).Error())
		}
	}()
	m := map[interface{}]int{}
	m[k] = 1
	println(name, len(m))
}

func main() {
	zero, negZero := 0.0, 0.0
	negZero = -negZero
	nan := zero / zero
	tryEq("+0 == -0", zero, negZero)
	tryEq("NaN == NaN", nan, nan)
	tryEq("float32 NaN", float32(nan), float32(nan))
	tryEq("complex ±0", complex(zero, 1), complex(negZero, 1))
	a, b := "hel", "lo"
	tryEq("strings", a+b, "hello")
	tryEq("struct floats", point{zero, 1}, point{negZero, 1})
	tryEq("struct NaN", point{nan, 1}, point{nan, 1})
	tryEq("struct strings", named{a + b, 1}, named{"hello", 1})
	tryEq("nested iface", named{"x", 1.5}, named{"x", 1.5})
	tryEq("nested iface types", named{"x", 1}, named{"x", int64(1)})
	tryEq("arrays", [2]float64{zero, 2}, [2]float64{negZero, 2})
	tryEq("array NaN", [2]float64{nan, 2}, [2]float64{nan, 2})
	var s1, s2 Shape = sq{2}, sq{2}
	tryEq("Shape", s1, s2)
	tryEq("Shape NaN", Shape(sq{nan}), Shape(sq{nan}))
	tryEq("iface in iface", interface{}(s1), interface{}(s2))
	tryEq("different types", 1, int64(1))
	tryEq("nil", nil, nil)

	tryEq("slices", []int{1}, []int{1})
	tryEq("maps", map[int]int{}, map[int]int{})
	tryEq("funcs", func() {}, func() {})
	tryEq("struct with slice", struct{ s []int }{}, struct{ s []int }{})
	tryEq("nested slice", named{"x", []string{}}, named{"x", []string{}})
	tryEq("array of funcs", [1]func(){}, [1]func(){})
	tryEq("slice vs int", []int{}, 1)

	tryKey("int key", 1)
	tryKey("slice key", []int{1})
	tryKey("struct with map key", struct{ m map[int]int }{})
	tryKey("nested func key", named{"f", func() {}})

	// Struct types that gc prints alike are distinct.
	var x, y interface{} = struct{ int }{}, struct{ Int }{}
	println("embedded alias", x == y)
	x, y = struct {
		a int `tag:"a"`
	}{}, struct{ a int }{}
	println("tags", x == y)
	_, ok := x.(struct{ a int })
	println("assert without tag", ok)
}
