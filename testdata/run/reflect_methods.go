package main

import (
	"errors"
	"fmt"
	"reflect"
)

type priv interface{ private() }

type E struct{}

func (E) Error() string { return "E" }
func (E) private()      {}

type Emb struct{ E }

type PE struct{ *E }

type Stringerr interface {
	error
	fmt.Stringer
}

type SE struct{}

func (*SE) Error() string  { return "se" }
func (*SE) String() string { return "SE" }

func main() {
	var p priv
	fmt.Println(errors.As(fmt.Errorf("w: %w", E{}), &p), p != nil)
	var p2 priv
	fmt.Println(errors.As(Emb{}, &p2), reflect.TypeOf(Emb{}).Implements(reflect.TypeOf(&p2).Elem()))
	fmt.Println(reflect.TypeOf(PE{}).Implements(reflect.TypeOf(&p2).Elem()), reflect.TypeOf(&Emb{}).NumMethod(), reflect.TypeOf(Emb{}).NumMethod())
	var se Stringerr
	fmt.Println(errors.As(fmt.Errorf("%w", &SE{}), &se), se, reflect.TypeOf(SE{}).Implements(reflect.TypeOf(&se).Elem()), reflect.TypeOf(&SE{}).Implements(reflect.TypeOf(&se).Elem()))
	fmt.Println(reflect.TypeOf(&se).Elem().NumMethod(), reflect.TypeOf(&p).Elem().NumMethod())
}

type T struct {
	A int
	b []string
}

func init() {
	t := T{1, []string{"x"}}
	v := reflect.ValueOf(t)
	fmt.Println(v, v.Field(1), reflect.Value{}, reflect.ValueOf(nil))
	fmt.Printf("%v %d %s %+v %#v %T\n", v, v.Field(0), v.Field(1), v, v.Field(1), v)
	fmt.Printf("%v %v\n", []reflect.Value{v.Field(0)}, reflect.ValueOf(&t).Elem().Field(1).Index(0))
	fmt.Println(reflect.TypeOf(t), reflect.TypeOf(&t), []reflect.Type{reflect.TypeOf(1)})
	fmt.Printf("%v %s %d\n", reflect.Int, reflect.Slice, reflect.String)
}
