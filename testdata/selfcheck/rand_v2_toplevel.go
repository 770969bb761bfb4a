// math/rand/v2's top-level functions (Go 1.22): randomly seeded, values in range for every
// function, N over several integer types including named ones, the panics of the bounded
// functions, and Zipf's documented contract. go 1.19 has no math/rand/v2, so this program
// checks itself and prints PASS.
package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

func panics(what, msg string, f func()) {
	defer func() {
		r := recover()
		check(what+" panics with "+msg, fmt.Sprint(r) == msg)
	}()
	f()
}

type small uint8

func main() {
	for i := 0; i < 2000; i++ {
		check("IntN", uint(rand.IntN(7)) < 7)
		check("Int32N", uint32(rand.Int32N(1000)) < 1000)
		check("Int64N", uint64(rand.Int64N(1<<40+3)) < 1<<40+3)
		check("UintN", rand.UintN(3) < 3)
		check("Uint32N", rand.Uint32N(5) < 5)
		check("Uint64N", rand.Uint64N(1<<63+5) < 1<<63+5)
		check("Int", rand.Int() >= 0)
		check("Int32", rand.Int32() >= 0)
		check("Int64", rand.Int64() >= 0)
		f, g := rand.Float64(), rand.Float32()
		check("Float64", f >= 0 && f < 1)
		check("Float32", g >= 0 && g < 1)
		check("ExpFloat64", rand.ExpFloat64() > 0)
		n := rand.NormFloat64()
		check("NormFloat64", n == n)
		check("N int", rand.N(10) < 10 && rand.N(10) >= 0)
		check("N int8", rand.N(int8(100)) < 100)
		check("N small", rand.N(small(200)) < 200)
		check("N Duration", rand.N(time.Second) < time.Second)
		check("N uintptr", rand.N(uintptr(9)) < 9)
	}
	// Not a constant stream: 64 draws of 64 bits agree with a second 64 only by accident.
	a, b := rand.Uint64(), rand.Uint64()
	same := 0
	for i := 0; i < 64; i++ {
		if rand.Uint64() == a || rand.Uint64() == b {
			same++
		}
	}
	check("random stream", same < 64)
	p := rand.Perm(30)
	seen := map[int]bool{}
	for _, v := range p {
		seen[v] = true
	}
	check("Perm", len(p) == 30 && len(seen) == 30)
	s := []int{1, 2, 3, 4, 5}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	check("Shuffle", s[0]+s[1]+s[2]+s[3]+s[4] == 15)

	panics("IntN(0)", "invalid argument to IntN", func() { rand.IntN(0) })
	panics("Int32N(-1)", "invalid argument to Int32N", func() { rand.Int32N(-1) })
	panics("Int64N(0)", "invalid argument to Int64N", func() { rand.Int64N(0) })
	panics("UintN(0)", "invalid argument to UintN", func() { rand.UintN(0) })
	panics("Uint32N(0)", "invalid argument to Uint32N", func() { rand.Uint32N(0) })
	panics("Uint64N(0)", "invalid argument to Uint64N", func() { rand.Uint64N(0) })
	panics("N(0)", "invalid argument to N", func() { rand.N(0) })
	panics("N(-3)", "invalid argument to N", func() { rand.N(int16(-3)) })
	panics("Shuffle(-1)", "invalid argument to Shuffle", func() { rand.Shuffle(-1, func(i, j int) {}) })

	r := rand.New(rand.NewPCG(3, 4))
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 1000; i++ {
		check("Zipf range", z.Uint64() <= 100)
	}
	check("NewZipf s<=1", rand.NewZipf(r, 1, 2, 100) == nil)
	check("NewZipf v<1", rand.NewZipf(r, 2, 0.5, 100) == nil)
	var nz *rand.Zipf
	panics("nil Zipf", "rand: nil Zipf", func() { nz.Uint64() })

	if failures == 0 {
		fmt.Println("PASS")
	}
}
