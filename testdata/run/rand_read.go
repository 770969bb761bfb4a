// math/rand's Read against go 1.19: seven bytes per Int63, low byte first, leftovers kept
// across calls and dropped by Seed; Read interleaved with other methods; sources that are
// not Source64 (Uint64 from two Int63 draws); the top-level functions after rand.Seed.
package main

import (
	"fmt"
	"math/rand"
)

// counter is a Source that is not a Source64.
type counter struct{ n int64 }

func (c *counter) Int63() int64 {
	c.n = c.n*6364136223846793005 + 1442695040888963407
	return int64(uint64(c.n) >> 1)
}
func (c *counter) Seed(s int64) { c.n = s }

func main() {
	r := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 2, 3, 6, 7, 8, 13, 14, 15, 1, 1, 1, 1, 1, 1, 1, 1, 100} {
		b := make([]byte, n)
		k, err := r.Read(b)
		fmt.Printf("%d %v %x\n", k, err, b)
	}
	b := make([]byte, 3)
	r.Read(b)
	fmt.Printf("%x %d\n", b, r.Int63())
	r.Read(b)
	fmt.Printf("%x\n", b)
	r.Seed(5)
	r.Read(b)
	fmt.Printf("after Seed %x\n", b)
	r.Seed(5)
	r.Read(b)
	fmt.Printf("after Seed %x\n", b)

	c := rand.New(&counter{})
	c.Seed(99)
	fmt.Println(c.Uint64(), c.Uint64(), c.Int(), c.Int31n(1000), c.Intn(77), c.Float64())
	b = make([]byte, 10)
	c.Read(b)
	fmt.Printf("%x\n", b)
	c.Read(b)
	fmt.Printf("%x %v %v\n", b, c.NormFloat64(), c.ExpFloat64())
	fmt.Println(c.Perm(12))

	for _, s := range []int64{1, 0, -3, 1 << 33} {
		rand.Seed(s)
		fmt.Println(rand.Int63(), rand.Uint32(), rand.Uint64(), rand.Int31(), rand.Int())
		fmt.Println(rand.Int63n(1e15), rand.Int31n(1e6), rand.Intn(12345), rand.Float64(), rand.Float32())
		fmt.Println(rand.Perm(9), rand.NormFloat64(), rand.ExpFloat64())
		a := []string{"a", "b", "c", "d", "e", "f", "g"}
		rand.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		fmt.Println(a)
		b := make([]byte, 5)
		rand.Read(b)
		fmt.Printf("%x\n", b)
		rand.Read(b)
		fmt.Printf("%x\n", b)
	}
	// Seed mid-way through Read's leftovers restarts the byte stream.
	rand.Seed(8)
	b = make([]byte, 4)
	rand.Read(b)
	rand.Seed(8)
	rand.Read(b)
	fmt.Printf("%x\n", b)
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 1000)
	for i := 0; i < 20; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
}
