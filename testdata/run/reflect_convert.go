package main

import (
	"fmt"
	"reflect"
)

type MyInt int
type MyStr string
type Bytes []byte
type S1 struct{ A, B int }
type S2 struct{ A, B int }
type Str interface{ String() string }
type Named struct{}

func (Named) String() string { return "named" }

func main() {
	conv := func(x any, t reflect.Type) {
		v := reflect.ValueOf(x)
		ok := v.Type().ConvertibleTo(t)
		can := v.CanConvert(t)
		if !ok || !can {
			fmt.Printf("%T -> %v: %v %v\n", x, t, ok, can)
			return
		}
		r := v.Convert(t)
		fmt.Printf("%T -> %v: %v %#v\n", x, t, r.Type(), r.Interface())
	}
	conv(300, reflect.TypeOf(int8(0)))
	conv(-1, reflect.TypeOf(uint16(0)))
	conv(3.9, reflect.TypeOf(int(0)))
	conv(-3.9, reflect.TypeOf(int32(0)))
	conv(1e10, reflect.TypeOf(float32(0)))
	conv(uint8(200), reflect.TypeOf(float64(0)))
	conv(65, reflect.TypeOf(""))
	conv(-1, reflect.TypeOf(MyStr("")))
	conv(uint64(1<<40), reflect.TypeOf(""))
	conv("héllo", reflect.TypeOf([]byte(nil)))
	conv("héllo", reflect.TypeOf([]rune(nil)))
	conv([]byte("abc"), reflect.TypeOf(""))
	conv([]rune("xyz"), reflect.TypeOf(MyStr("")))
	conv(Bytes("b"), reflect.TypeOf(""))
	conv("s", reflect.TypeOf(Bytes(nil)))
	conv(MyInt(5), reflect.TypeOf(0))
	conv(5, reflect.TypeOf(MyInt(0)))
	conv(S1{1, 2}, reflect.TypeOf(S2{}))
	conv(S1{1, 2}, reflect.TypeOf(struct{ A, B int }{}))
	conv(complex64(1+2i), reflect.TypeOf(complex128(0)))
	conv(Named{}, reflect.TypeOf((*Str)(nil)).Elem())
	conv(Named{}, reflect.TypeOf((*any)(nil)).Elem())
	conv(1, reflect.TypeOf((*Str)(nil)).Elem())
	conv("x", reflect.TypeOf(0))
	conv(1.5, reflect.TypeOf(""))
	conv([]int{1, 2, 3}, reflect.TypeOf(&[2]int{}))
	conv([]int{1}, reflect.TypeOf(&[2]int{}))
	conv(&S1{}, reflect.TypeOf(&S2{}))
	conv([]int{}, reflect.TypeOf([]MyInt{}))
	conv(map[string]int{}, reflect.TypeOf(map[string]int{}))
	var s Str = Named{}
	v := reflect.ValueOf(&s).Elem().Convert(reflect.TypeOf((*any)(nil)).Elem())
	fmt.Println(v.Type(), v.Elem().Type())
}
