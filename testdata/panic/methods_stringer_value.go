package main

import "fmt"

type Point int

func (p Point) String() string { return fmt.Sprint("point ", int(p)) }

func main() {
	defer func() {
		panic(Point(7))
	}()
	panic(Point(1))
}
