package main

import (
	"fmt"

	"example.com/modimport/greet"
	"example.com/modimport/mathx"
)

var base = trace("base", greet.Count()*mathx.Limit) // after banner: Count is 1 by then

var extra = trace("extra", mathx.Max(base, 7)+len(banner))

func trace(name string, v int) int {
	fmt.Println("main init", name, v)
	return v
}
