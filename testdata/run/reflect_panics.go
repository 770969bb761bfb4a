// reflect's panics on misuse carry gc's texts (ValueError, unaddressable, unexported, out of
// range, map iterators, Type methods on the wrong kind).
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "->", recover()) }()
	f()
}

func main() {
	t := T{}
	try("set unaddressable", func() { reflect.ValueOf(t).Field(0).Set(reflect.ValueOf(1)) })
	try("set unexported src", func() { reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf(t).Field(1)) })
	try("set wrong type", func() { reflect.ValueOf(&t).Elem().Field(0).Set(reflect.ValueOf("x")) })
	try("set unexported dst", func() { reflect.ValueOf(&t).Elem().Field(1).Set(reflect.ValueOf(1)) })
	try("setint string", func() { reflect.ValueOf(&t).Elem().Field(0).SetString("x") })
	try("mapindex type", func() { reflect.ValueOf(map[int]int{}).MapIndex(reflect.ValueOf("x")) })
	try("len int", func() { reflect.ValueOf(1).Len() })
	try("elem int", func() { reflect.ValueOf(1).Elem() })
	try("field int", func() { reflect.ValueOf(1).Field(0) })
	try("field oob", func() { reflect.ValueOf(t).Field(5) })
	try("index oob", func() { reflect.ValueOf([]int{}).Index(0) })
	try("array oob", func() { reflect.ValueOf([1]int{}).Index(1) })
	try("string oob", func() { reflect.ValueOf("").Index(0) })
	try("isnil int", func() { reflect.ValueOf(1).IsNil() })
	try("type zero", func() { reflect.Value{}.Type() })
	try("iface zero", func() { reflect.Value{}.Interface() })
	try("numfield", func() { reflect.ValueOf(1).NumField() })
	try("bool", func() { reflect.ValueOf(1).Bool() })
	try("float", func() { reflect.ValueOf(1).Float() })
	try("complex", func() { reflect.ValueOf(1).Complex() })
	try("uint", func() { reflect.ValueOf(1).Uint() })
	try("bytes", func() { reflect.ValueOf([]int{}).Bytes() })
	try("pointer", func() { reflect.ValueOf(1).Pointer() })
	try("setlen", func() { v := reflect.ValueOf(&[]int{1}).Elem(); v.SetLen(5) })
	try("type.Elem", func() { reflect.TypeOf(1).Elem() })
	try("type.Field", func() { reflect.TypeOf(1).Field(0) })
	try("type.Key", func() { reflect.TypeOf(1).Key() })
	try("type.Len", func() { reflect.TypeOf(1).Len() })
	try("type.NumField", func() { reflect.TypeOf(1).NumField() })
	try("bits", func() { reflect.TypeOf("").Bits() })
	try("implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("implements nil", func() { reflect.TypeOf(1).Implements(nil) })
	try("zero nil", func() { reflect.Zero(nil) })
	try("makeslice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("swapper", func() { reflect.Swapper(1) })
	try("swapper oob", func() { reflect.Swapper([]int{1, 2})(0, 2) })
	try("convert", func() { reflect.ValueOf("x").Convert(reflect.TypeOf(1)) })
	try("copy", func() { reflect.Copy(reflect.ValueOf(1), reflect.ValueOf(1)) })
	try("mapiter", func() { it := reflect.ValueOf(map[int]int{}).MapRange(); it.Key() })
	try("maprange int", func() { reflect.ValueOf(1).MapRange() })
	try("setmapindex nil", func() {
		reflect.ValueOf(map[string]int(nil)).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("slice oob", func() { reflect.ValueOf([]int{1}).Slice(0, 5) })
	try("canInterface zero", func() { reflect.Value{}.CanInterface() })
	try("nummethod zero", func() { reflect.Value{}.NumMethod() })
}

func init() {
	it := reflect.ValueOf(map[int]int{1: 2}).MapRange()
	for it.Next() {
	}
	try("key exhausted", func() { it.Key() })
	try("value exhausted", func() { it.Value() })
	try("next exhausted", func() { it.Next() })
	var k int
	try("setiterkey exhausted", func() { reflect.ValueOf(&k).Elem().SetIterKey(it) })
	it2 := reflect.ValueOf(map[int]int{1: 2}).MapRange()
	try("setiterkey before", func() { reflect.ValueOf(&k).Elem().SetIterValue(it2) })
	try("value before", func() { it2.Value() })
}
