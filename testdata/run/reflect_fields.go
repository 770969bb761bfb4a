package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID   int
	Name string
	x    int
}

type Other struct {
	Name string
	Z    int
}

type Deep struct{ Base }

type T struct {
	Base
	*Other
	Deep
	Z  string
	ID float64
}

func main() {
	for _, f := range reflect.VisibleFields(reflect.TypeOf(T{})) {
		fmt.Println(f.Name, f.Index, f.Type, f.Anonymous, f.IsExported())
	}
	tag := reflect.StructTag(`json:"name,omitempty" xml:"n" bad:"\x41" empty:""`)
	fmt.Println(tag.Get("json"), tag.Get("xml"), tag.Get("bad"), tag.Get("nope"))
	v, ok := tag.Lookup("empty")
	fmt.Printf("%q %v\n", v, ok)
	v, ok = reflect.StructTag(`a:"1"b:"2"`).Lookup("b")
	fmt.Println(v, ok)
	v, ok = reflect.StructTag(`a: "1"`).Lookup("a")
	fmt.Println(v, ok)
	for _, q := range []string{`a:"\t\n\\\"x"`, `a:"\u00e9\U0001F600\101\x7f"`, `a:"\'"`, `a:"\400"`, `a:"\ud800"`, `a:"\q"`, `a:"tab	in"`, `a:"\x4"`, "a:\"\xff\""} {
		v, ok := reflect.StructTag(q).Lookup("a")
		fmt.Printf("%q %v\n", v, ok)
	}
	var i8 int8
	var u16 uint16
	var f32 float32
	var c64 complex64
	fmt.Println(reflect.ValueOf(i8).OverflowInt(127), reflect.ValueOf(i8).OverflowInt(128), reflect.ValueOf(i8).OverflowInt(-129))
	fmt.Println(reflect.ValueOf(u16).OverflowUint(65535), reflect.ValueOf(u16).OverflowUint(65536))
	fmt.Println(reflect.ValueOf(f32).OverflowFloat(3.4e38), reflect.ValueOf(f32).OverflowFloat(3.5e38), reflect.ValueOf(f32).OverflowFloat(-1e39))
	fmt.Println(reflect.ValueOf(c64).OverflowComplex(complex(1, 1e39)), reflect.ValueOf(1.0).OverflowFloat(1e308))
	t := T{}
	_, err := reflect.ValueOf(t).FieldByIndexErr([]int{1, 1})
	fmt.Println(err)
	fv, err := reflect.ValueOf(t).FieldByIndexErr([]int{2, 0, 1})
	fmt.Println(fv.Kind(), err)
	m := map[string]int{"k": 7}
	it := reflect.ValueOf(m).MapRange()
	var ks string
	var vs int
	for it.Next() {
		reflect.ValueOf(&ks).Elem().SetIterKey(it)
		reflect.ValueOf(&vs).Elem().SetIterValue(it)
	}
	fmt.Println(ks, vs)
}
