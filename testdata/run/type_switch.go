// run

// Type switches with case int/string/bool/nil/default and multi-type cases.
package main

import "fmt"

func kind(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 100 {
			return "big int"
		}
		return "int"
	case string:
		return "string of length " + itoa(len(v))
	case bool:
		if v {
			return "true bool"
		}
		return "false bool"
	default:
		return "something else"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	digits := []byte{}
	for n > 0 {
		digits = append(digits, byte(n%10))
		n /= 10
	}
	s := ""
	if neg {
		s = "-"
	}
	for i := len(digits) - 1; i >= 0; i-- {
		s += digitString(digits[i])
	}
	return s
}

func digitString(b byte) string {
	const digits = "0123456789"
	i := int(b)
	return digits[i : i+1]
}

func multi(x any) string {
	switch x.(type) {
	case int, bool:
		return "int or bool"
	case string:
		return "string"
	}
	return "no case"
}

func main() {
	values := []any{nil, 7, 1000, "", "four", true, false, []int{1}, []string{}}
	for _, v := range values {
		fmt.Println(kind(v))
	}
	for _, v := range values {
		fmt.Println(multi(v))
	}
	var x any
	switch x.(type) {
	case nil:
		fmt.Println("unset any is nil")
	}
	x = -42
	switch y := x.(type) {
	case int:
		fmt.Println("int", y+1, itoa(y))
	}
}
