// math/rand's bounded draws against go 1.19 where rejection is frequent: Int31n, Int63n and
// Intn with bounds just above powers of two and near the type limits, Shuffle's multiply-shift
// draws over many lengths, Float32's retries; 40 seeds including negative and huge ones.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	var bounds32 []int32
	var bounds64 []int64
	for k := 0; k < 31; k++ {
		bounds32 = append(bounds32, int32(1)<<k, int32(1)<<k+1, int32(int64(1)<<k*3/2%(1<<31-1))+1)
	}
	bounds32 = append(bounds32, 1<<31-1, 1<<31-2, 1<<30+1, 1<<30-1)
	for k := 0; k < 63; k++ {
		bounds64 = append(bounds64, int64(1)<<k, int64(1)<<k+1, int64(1)<<k|int64(1)<<k>>1+1)
	}
	bounds64 = append(bounds64, 1<<63-1, 1<<63-2, 1<<62+1, 3<<61+7)
	for s := int64(-20); s < 20; s++ {
		seed := s * 0x1234567891
		r := rand.New(rand.NewSource(seed))
		h := uint64(0)
		for rep := 0; rep < 20; rep++ {
			for _, n := range bounds32 {
				h = h*1000003 ^ uint64(r.Int31n(n))
			}
			for _, n := range bounds64 {
				h = h*1000003 ^ uint64(r.Int63n(n))
				h = h*1000003 ^ uint64(r.Intn(int(n)))
			}
			for n := 0; n < 40; n++ {
				a := make([]byte, n)
				for i := range a {
					a[i] = byte(i)
				}
				r.Shuffle(n, func(i, j int) { a[i], a[j] = a[j], a[i] })
				for _, b := range a {
					h = h*31 + uint64(b)
				}
			}
			h = h*1000003 ^ uint64(r.Float32()*(1<<24))
		}
		fmt.Println(seed, h, r.Int63())
	}
}
