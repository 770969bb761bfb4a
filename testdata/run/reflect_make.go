package main

import (
	"fmt"
	"reflect"
)

type K struct {
	A int
	B string
}

func main() {
	s := reflect.MakeSlice(reflect.TypeOf([]string{}), 2, 3)
	s.Index(0).SetString("a")
	s = reflect.Append(s, reflect.ValueOf("b"), reflect.ValueOf("c"))
	fmt.Println(s.Interface(), s.Len(), s.Cap())
	s = reflect.AppendSlice(s, reflect.ValueOf([]string{"d", "e"}))
	fmt.Println(s.Interface(), s.Len())
	m := reflect.MakeMap(reflect.TypeOf(map[K]any{}))
	m.SetMapIndex(reflect.ValueOf(K{1, "x"}), reflect.ValueOf(5))
	m.SetMapIndex(reflect.ValueOf(K{2, "y"}), reflect.ValueOf("s"))
	m.SetMapIndex(reflect.ValueOf(K{1, "x"}), reflect.ValueOf(6))
	fmt.Println(m.Interface(), m.Len())
	m.SetMapIndex(reflect.ValueOf(K{2, "y"}), reflect.Value{})
	fmt.Println(m.Interface())
	pm := reflect.MakeMapWithSize(reflect.TypeOf(map[*int]bool{}), 10)
	x := 1
	pm.SetMapIndex(reflect.ValueOf(&x), reflect.ValueOf(true))
	fmt.Println(pm.Len(), pm.MapIndex(reflect.ValueOf(&x)))
	b := reflect.MakeSlice(reflect.TypeOf([]byte{}), 0, 0)
	for i := 0; i < 20; i++ {
		b = reflect.Append(b, reflect.ValueOf(byte(i)))
		_ = b.Cap()
	}
	fmt.Println(b.Bytes())
	var sl []int
	v := reflect.ValueOf(&sl).Elem()
	v.Set(reflect.Append(v, reflect.ValueOf(7)))
	v.SetLen(1)
	v.SetCap(1)
	fmt.Println(sl, cap(sl))
	func() {
		defer func() { fmt.Println(recover()) }()
		v.SetLen(2)
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.ValueOf(map[int]int(nil)).SetMapIndex(reflect.ValueOf(1), reflect.ValueOf(2))
	}()
	func() {
		defer func() { fmt.Println(recover()) }()
		reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1)
	}()
}
