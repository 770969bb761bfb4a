// math/rand's panics against go 1.19: non-positive bounds, negative Shuffle lengths, a nil
// Zipf, a negative Perm length.
package main

import (
	"fmt"
	"math/rand"
)

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	r := rand.New(rand.NewSource(1))
	try("Intn(0)", func() { r.Intn(0) })
	try("Intn(-5)", func() { r.Intn(-5) })
	try("Int31n(0)", func() { r.Int31n(0) })
	try("Int31n(-1)", func() { r.Int31n(-1 << 31) })
	try("Int63n(0)", func() { r.Int63n(0) })
	try("Int63n(min)", func() { r.Int63n(-1 << 63) })
	try("Shuffle(-1)", func() { r.Shuffle(-1, func(i, j int) {}) })
	try("Shuffle(0)", func() { r.Shuffle(0, func(i, j int) { panic("called") }) })
	try("Shuffle(1)", func() { r.Shuffle(1, func(i, j int) { panic("called") }) })
	try("nil Zipf", func() { rand.NewZipf(r, 0.5, 1, 3).Uint64() })
	try("Perm(-1)", func() { r.Perm(-1) })
	rand.Seed(3)
	try("top Intn(0)", func() { rand.Intn(0) })
	try("top Int31n(0)", func() { rand.Int31n(0) })
	try("top Int63n(0)", func() { rand.Int63n(0) })
	try("top Shuffle(-2)", func() { rand.Shuffle(-2, func(i, j int) {}) })
	fmt.Println(r.Intn(100), rand.Intn(100))
}
