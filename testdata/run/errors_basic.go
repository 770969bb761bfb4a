package main

import (
	"errors"
	"fmt"
	"io/fs"
)

type PathErr struct {
	Op  string
	Err error
}

func (e *PathErr) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *PathErr) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type IsAll struct{}

func (IsAll) Error() string        { return "isall" }
func (IsAll) Is(target error) bool { return true }

type AsInt struct{}

func (AsInt) Error() string { return "asint" }
func (AsInt) As(target any) bool {
	if p, ok := target.(*int); ok {
		*p = 42
		return true
	}
	return false
}

type Uncomparable []string

func (u Uncomparable) Error() string { return "uncomparable" }

func main() {
	base := errors.New("base")
	fmt.Println(base, errors.New("base") == base, base.Error())
	w1 := fmt.Errorf("layer1: %w", base)
	w2 := &PathErr{"open", w1}
	w3 := fmt.Errorf("layer3: %w", w2)
	fmt.Println(w3)
	fmt.Println(errors.Is(w3, base), errors.Is(w3, w1), errors.Is(w3, errors.New("base")), errors.Is(nil, base), errors.Is(nil, nil), errors.Is(base, nil))
	fmt.Println(errors.Unwrap(w3) == w2, errors.Unwrap(w2) == w1, errors.Unwrap(base) == nil, errors.Unwrap(nil))
	var pe *PathErr
	fmt.Println(errors.As(w3, &pe), pe.Op)
	var c Code
	fmt.Println(errors.As(fmt.Errorf("x: %w", Code(7)), &c), c, errors.As(base, &c))
	var anyErr interface{ Unwrap() error }
	fmt.Println(errors.As(w3, &anyErr), anyErr == any(w3))
	var ai AsInt
	fmt.Println(errors.As(fmt.Errorf("w %w", AsInt{}), &ai), ai)
	fmt.Println(errors.Is(fmt.Errorf("w %w", IsAll{}), base), errors.Is(Uncomparable{"a"}, Uncomparable{"a"}))
	fmt.Println(errors.Is(&PathErr{"stat", fs.ErrNotExist}, fs.ErrNotExist), fs.ErrNotExist)
	fmt.Println(fmt.Errorf("%w", nil), errors.Unwrap(fmt.Errorf("%w", nil)) == nil, fmt.Errorf("%v", base), errors.Unwrap(fmt.Errorf("%v", base)))
	fmt.Println(fmt.Errorf("%w and %d", base, 5), fmt.Errorf("bad: %w", 5), fmt.Errorf("%[1]w %[1]v", base))
	fmt.Printf("%v|%s|%q|%x|%10v|%-8s|\n", base, base, base, base, base, base)
	fmt.Printf("%v %+v\n", []error{base, nil, Code(1)}, struct{ E error }{w1})
	for _, target := range []any{nil, 5, (*int)(nil), new(int), &base} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			fmt.Println(errors.As(base, target))
		}()
	}
	func() {
		defer func() { fmt.Println("panic:", recover()) }()
		var s fmt.Stringer
		fmt.Println(errors.As(base, &s))
	}()
}
