package main

import (
	"fake"
	"missing"
	"fake"
	. "fake"
	_ "fake"
)

func main() {
	_ = missing.X
	_ = Big
}
