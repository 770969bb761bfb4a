// math/rand since Go 1.20: the top-level functions use a randomly seeded Source unless
// rand.Seed is called; rand.Seed (deprecated, still effective in Go 1.22) makes them follow
// New(NewSource(seed)) again, and re-seeding restarts the stream and Read's bytes. go 1.19
// always seeds with 1, so this program checks itself and prints PASS.
package main

import (
	"fmt"
	"math/rand"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

func main() {
	// Unseeded: not the seed-1 stream (as it was before Go 1.20); values in range.
	ref := rand.New(rand.NewSource(1))
	same := 0
	for i := 0; i < 8; i++ {
		if rand.Int63() == ref.Int63() {
			same++
		}
	}
	check("unseeded differs from seed 1", same < 8)
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		g := rand.Float32()
		check("Intn range", n >= 0 && n < 10)
		check("Float64 range", f >= 0 && f < 1)
		check("Float32 range", g >= 0 && g < 1)
		check("Int31n range", rand.Int31n(3) < 3)
		check("Int63n range", rand.Int63n(1<<40+1) <= 1<<40)
	}
	p := rand.Perm(20)
	seen := make([]bool, 20)
	for _, v := range p {
		seen[v] = true
	}
	for i, s := range seen {
		check(fmt.Sprint("Perm has ", i), s)
	}
	b := make([]byte, 10)
	n, err := rand.Read(b)
	check("Read", n == 10 && err == nil)

	// Seeded: exactly New(NewSource(seed))'s stream.
	for _, seed := range []int64{1, 42, -7} {
		rand.Seed(seed)
		ref := rand.New(rand.NewSource(seed))
		for i := 0; i < 100; i++ {
			check("Seed Int63", rand.Int63() == ref.Int63())
			check("Seed Intn", rand.Intn(1000) == ref.Intn(1000))
			check("Seed Uint64", rand.Uint64() == ref.Uint64())
			check("Seed NormFloat64", rand.NormFloat64() == ref.NormFloat64())
		}
		b1, b2 := make([]byte, 5), make([]byte, 5)
		rand.Read(b1)
		ref.Read(b2)
		check("Seed Read", string(b1) == string(b2))
	}
	rand.Seed(9)
	b1 := make([]byte, 3)
	rand.Read(b1)
	rand.Seed(9)
	b2 := make([]byte, 3)
	rand.Read(b2)
	check("re-Seed restarts Read", string(b1) == string(b2))

	if failures == 0 {
		fmt.Println("PASS")
	}
}
