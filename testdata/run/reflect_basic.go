package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
	C []float64
	D map[string]int
	E *T
	F any
	G [2]uint8
	H bool
}

type S string

func (S) String() string { return "S" }
func (S) private()       {}

type I interface{ String() string }

type Emb struct {
	T
	X int
}

func main() {
	t := T{A: 1, b: "x", C: []float64{1.5}, D: map[string]int{"k": 2}, F: 3, G: [2]uint8{4, 5}, H: true}
	v := reflect.ValueOf(t)
	ty := v.Type()
	fmt.Println(ty, ty.Kind(), ty.Name(), ty.NumField(), ty.Size(), ty.Align(), ty.Comparable())
	for i := 0; i < ty.NumField(); i++ {
		f := ty.Field(i)
		fv := v.Field(i)
		fmt.Println(i, f.Name, f.Type, f.Offset, f.Anonymous, f.Index, f.IsExported(), fv.Kind(), fv.CanInterface(), fv.CanSet(), fv.IsZero())
	}
	fmt.Println(v.Field(0).Int(), v.Field(1).String(), v.Field(2).Index(0).Float(), v.Field(2).Len(), v.Field(6).Index(1).Uint(), v.Field(7).Bool())
	fmt.Println(v.Field(3).MapIndex(reflect.ValueOf("k")), v.Field(3).MapIndex(reflect.ValueOf("z")).IsValid(), v.Field(3).Len())
	fmt.Println(v.Field(4).IsNil(), v.Field(5).Kind(), v.Field(5).Elem().Kind(), v.Field(5).Elem().Int())
	p := reflect.ValueOf(&t).Elem()
	p.Field(0).SetInt(99)
	p.FieldByName("H").SetBool(false)
	p.Field(2).Index(0).SetFloat(-2)
	p.Field(5).Set(reflect.ValueOf("now a string"))
	fmt.Println(t.A, t.H, t.C, t.F, p.Field(1).CanSet(), p.CanAddr(), v.CanAddr())
	fmt.Println(reflect.TypeOf(S("")).NumMethod(), reflect.TypeOf(S("")).Implements(reflect.TypeOf((*I)(nil)).Elem()), reflect.TypeOf(1).Implements(reflect.TypeOf((*I)(nil)).Elem()))
	fmt.Println(reflect.TypeOf(S("")).AssignableTo(reflect.TypeOf((*I)(nil)).Elem()), reflect.TypeOf(S("")).AssignableTo(reflect.TypeOf("")), reflect.TypeOf(1).AssignableTo(reflect.TypeOf(2)))
	types := []any{1, int8(1), uint(1), 1.5, float32(1), complex(1, 1), "s", true, []int{}, [3]int{}, map[int]string{}, &t, t, S(""), struct{ X int }{}, func() {}, uintptr(0), []*T{}, new(any)}
	for _, x := range types {
		tt := reflect.TypeOf(x)
		fmt.Printf("%v|%s|%q|%d|%v\n", tt, tt.Kind(), tt.Name(), tt.Size(), tt.Comparable())
	}
	fmt.Println(reflect.TypeOf([]int{}).Elem(), reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf(map[string]bool{}).Elem(), reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf(&t).Elem().Name())
	fmt.Println(reflect.Kind(100), reflect.Ptr, reflect.UnsafePointer, reflect.Invalid)
	keys := reflect.ValueOf(map[int]string{3: "c", 1: "a", 2: "b"}).MapKeys()
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j].Int() < keys[j-1].Int(); j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	fmt.Println(keys)
	var got []string
	it := reflect.ValueOf(map[string]int{"x": 1, "y": 2}).MapRange()
	for it.Next() {
		got = append(got, fmt.Sprint(it.Key(), "=", it.Value()))
	}
	if len(got) == 2 && got[0] > got[1] {
		got[0], got[1] = got[1], got[0]
	}
	fmt.Println(got)
	s := []int{1, 2, 3, 4}
	sw := reflect.Swapper(s)
	sw(0, 3)
	sw(1, 2)
	fmt.Println(s)
	ts := []T{{A: 1}, {A: 2}}
	reflect.Swapper(ts)(0, 1)
	fmt.Println(ts[0].A, ts[1].A)
	fmt.Println(reflect.DeepEqual(t, t), reflect.DeepEqual([]int{1}, []int{1}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual(map[int][]int{1: {2}}, map[int][]int{1: {2}}))
	fmt.Println(reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 1), reflect.DeepEqual(&T{A: 1}, &T{A: 1}), reflect.DeepEqual(T{F: []int{1}}, T{F: []int{2}}))
	nan := 0.0
	nan = nan / nan
	fmt.Println(reflect.DeepEqual(nan, nan), reflect.DeepEqual([]float64{nan}, []float64{nan}), reflect.DeepEqual(func() {}, func() {}), reflect.DeepEqual((func())(nil), (func())(nil)))
	type Cyc struct {
		Next *Cyc
		V    int
	}
	a := &Cyc{V: 1}
	a.Next = a
	b := &Cyc{V: 1}
	b.Next = b
	c := &Cyc{V: 2}
	c.Next = c
	fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, c))
	e := Emb{T: T{A: 7}, X: 8}
	ev := reflect.ValueOf(e)
	fmt.Println(ev.FieldByName("A"), ev.FieldByName("X"), ev.FieldByName("Nope").IsValid(), ev.Type().Field(0).Anonymous)
	sf, ok := reflect.TypeOf(e).FieldByName("H")
	fmt.Println(sf.Name, sf.Index, ok)
	fmt.Println(reflect.ValueOf(nil).IsValid(), reflect.ValueOf([]int(nil)).IsNil(), reflect.Zero(reflect.TypeOf(t)).IsZero(), reflect.ValueOf(0.0).IsZero())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&t)).Type(), reflect.ValueOf("héllo").Index(1).Uint(), reflect.ValueOf([]byte("ab")).Bytes())
	fmt.Println(reflect.ValueOf(t).String(), reflect.ValueOf("str").String(), reflect.Value{}.String())
	dst := make([]int, 3)
	fmt.Println(reflect.Copy(reflect.ValueOf(dst), reflect.ValueOf([]int{7, 8})), dst)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf("x").Int()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(t).Field(1).Interface()
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(t).Field(0).SetInt(1)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(&t).Elem().Field(1).SetString("y")
	}()
}
