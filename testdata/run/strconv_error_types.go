package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Printf("%T %#v\n", strconv.ErrRange, strconv.ErrRange)
	fmt.Printf("%T %#v\n", strconv.ErrSyntax, strconv.ErrSyntax)
	_, err := strconv.Atoi("x")
	fmt.Printf("%v %T %v\n", err, err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Printf("%v %T %v\n", err, errors.Unwrap(err), errors.Is(err, strconv.ErrRange))
	_, err = strconv.ParseInt("1", 99, 64)
	fmt.Printf("%v %T\n", err, errors.Unwrap(err))
}
