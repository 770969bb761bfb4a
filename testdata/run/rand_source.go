// math/rand's sources against go 1.19: for seeds of every kind (0, negative, 2^31-1 and its
// multiples, beyond 2^31 and 2^63-1), long streams of every Rand method.
package main

import (
	"fmt"
	"math/rand"
)

var seeds = []int64{0, 1, -1, 2, 7, 42, 1<<31 - 1, 1<<31 - 2, 1 << 31, 1<<32 + 5, -1 << 40,
	1<<63 - 1, -1 << 63, 89482311, -89482311, 123456789012345}

func main() {
	for _, s := range seeds {
		fmt.Println("seed", s)
		src := rand.NewSource(s)
		h := uint64(0)
		for i := 0; i < 5000; i++ {
			h = h*31 + uint64(src.Int63())
		}
		fmt.Println("Int63 hash", h)
		s64 := rand.NewSource(s).(rand.Source64)
		for i := 0; i < 4; i++ {
			fmt.Print(s64.Uint64(), " ")
		}
		fmt.Println()
		r := rand.New(rand.NewSource(s))
		fmt.Println(r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int())
		for _, n := range []int64{1, 2, 3, 10, 1000, 1 << 40, 1<<62 + 1, 1<<63 - 1, 3 << 61, 5} {
			fmt.Print(r.Int63n(n), " ")
		}
		fmt.Println()
		for _, n := range []int32{1, 2, 3, 10, 1000, 1 << 30, 1<<30 + 1, 1<<31 - 1, 3 << 29, 7} {
			fmt.Print(r.Int31n(n), " ")
		}
		fmt.Println()
		for _, n := range []int{1, 2, 3, 10, 1000, 1 << 30, 1<<31 - 1, 1 << 31, 1<<31 + 1, 1 << 50, 1<<62 + 3} {
			fmt.Print(r.Intn(n), " ")
		}
		fmt.Println()
		for i := 0; i < 6; i++ {
			fmt.Print(r.Float64(), " ", r.Float32(), " ")
		}
		fmt.Println()
		fmt.Println(r.Perm(0), r.Perm(1), r.Perm(10))
		a := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
		r.Shuffle(len(a), func(i, j int) { a[i], a[j] = a[j], a[i] })
		fmt.Println(a)
		for i := 0; i < 5; i++ {
			fmt.Print(r.NormFloat64(), " ", r.ExpFloat64(), " ")
		}
		fmt.Println()
		// Long mixed streams, hashed.
		h = 0
		for i := 0; i < 20000; i++ {
			var v uint64
			switch i % 11 {
			case 0:
				v = uint64(r.Intn(i + 1))
			case 1:
				v = uint64(r.Int31n(int32(i*7919 + 1)))
			case 2:
				v = uint64(r.Int63n(int64(i)*1000003 + 1))
			case 3:
				v = uint64(r.Float32() * (1 << 24))
			case 4:
				v = uint64(r.Float64() * (1 << 53))
			case 5:
				v = uint64(int64(r.NormFloat64() * (1 << 40)))
			case 6:
				v = uint64(r.ExpFloat64() * (1 << 40))
			case 7:
				v = r.Uint64()
			case 8:
				v = uint64(r.Uint32())
			case 9:
				p := r.Perm(i % 50)
				for _, x := range p {
					v = v*7 + uint64(x)
				}
			case 10:
				b := make([]int, i%70)
				for k := range b {
					b[k] = k
				}
				r.Shuffle(len(b), func(i, j int) { b[i], b[j] = b[j], b[i] })
				for _, x := range b {
					v = v*7 + uint64(x)
				}
			}
			h = h*1000003 ^ v
		}
		fmt.Println("mixed hash", h)
	}
}
