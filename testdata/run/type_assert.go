// run

// Type assertions: the single-result form and the comma-ok form.
package main

import "fmt"

func asInt(x any) (int, bool) {
	n, ok := x.(int)
	return n, ok
}

func asString(x any) string {
	if s, ok := x.(string); ok {
		return "string " + s
	}
	return "not a string"
}

func main() {
	var x any = 42
	n := x.(int)
	fmt.Println(n + 1)

	v, ok := x.(string)
	fmt.Println(len(v), v == "", ok)

	b, ok := x.(bool)
	fmt.Println(b, ok)

	x = "hi"
	v, ok = x.(string)
	fmt.Println(v, ok)
	fmt.Println(x.(string) + "!")

	for _, e := range []any{1, "one", true, nil, -5} {
		m, isInt := asInt(e)
		fmt.Println(m, isInt, asString(e))
	}

	var none any
	_, ok = none.(int)
	fmt.Println("nil holds int:", ok)

	var flag any = true
	if f, ok := flag.(bool); ok && f {
		fmt.Println("flag set")
	}

	xs := []any{[]int{1, 2, 3}, []string{"a"}}
	if ints, ok := xs[0].([]int); ok {
		fmt.Println("ints", len(ints), ints[2])
	}
	if _, ok := xs[1].([]int); !ok {
		fmt.Println("xs[1] is not []int")
	}
}
