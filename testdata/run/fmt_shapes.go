package main

import (
	"fmt"
	"reflect"
)

type W struct{ p *int }
type A [1]*W
type F struct{ f func() }
type M struct{ m map[string]int }
type E struct {
	_ int
	X int
	_ string
}

func main() {
	var nw W
	fmt.Printf("%v %+v\n", nw, A{})
	fmt.Printf("%v %+v\n", M{map[string]int{"a": 1}}, []M{{}})
	fmt.Printf("%v %+v %#v\n", E{X: 1}, E{X: 2}, E{X: 3})
	v := reflect.ValueOf(W{})
	fmt.Println(v.Field(0).IsNil(), v.IsZero(), reflect.ValueOf(A{}).Index(0).IsNil(), reflect.DeepEqual(W{}, W{}), reflect.DeepEqual(A{}, A{&W{}}))
	m := map[W]int{{}: 5}
	fmt.Println(reflect.ValueOf(m).MapIndex(reflect.ValueOf(W{})), len(reflect.ValueOf(m).MapKeys()))
	var x any = F{}
	fmt.Println(reflect.ValueOf(x).Field(0).IsNil(), reflect.ValueOf(x).NumField())
	fmt.Printf("%v %d\n", struct{}{}, [0]int{})
	fmt.Printf("%v\n", [2][0]int{})
	type Z struct {
		A [0]int
		B struct{}
	}
	fmt.Printf("%+v %v\n", Z{}, []Z{{}})
}
