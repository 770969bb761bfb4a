// strconv's errors through errors.Is/As and fmt: *NumError unwraps to ErrRange/ErrSyntax,
// its fields, and the values returned alongside each error.
package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrRange), errors.Is(err, strconv.ErrSyntax))
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Unwrap() == strconv.ErrRange)
	}
	_, err = strconv.Atoi("12x")
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err, errors.Is(err, strconv.ErrRange))
	f, err = strconv.ParseFloat("-1e40", 32)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1p-2000", 64)
	fmt.Println(f, err)
	c, err := strconv.ParseComplex("1e400+2i", 128)
	fmt.Println(c, err)
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-300", 10, 8)
	fmt.Println(i, err)
	_, err = strconv.Unquote("'ab'")
	fmt.Println(err, err == strconv.ErrSyntax)
	_, err = strconv.ParseInt("1", 0, 100)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax, strconv.IntSize)
	fmt.Println(strconv.FormatComplex(complex(1.5, -2), 'f', 2, 128), strconv.FormatComplex(complex128(complex(float32(0.1), 3)), 'g', -1, 64))
}
