// strconv parsing and formatting of ints and floats: Itoa, FormatInt in bases 2/16/36, Atoi,
// ParseInt, FormatFloat shortest ('g' and 'e', -1) and fixed ('f', 2 and 6), AppendFloat,
// ParseFloat of short and long decimals, float32 too.
package main

import (
	"os"
	"strconv"
)

const rounds = 400000

func main() {
	var buf []byte
	total, check := 0, uint64(0)
	x := uint64(0x9e3779b97f4a7c15)
	for i := 0; i < rounds; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		n := int64(x >> (i & 63))
		s := strconv.Itoa(int(n))
		v, _ := strconv.Atoi(s)
		check += uint64(v)
		s2 := strconv.FormatInt(n, 2+i%35)
		v2, _ := strconv.ParseInt(s2, 2+i%35, 64)
		check += uint64(v2)
		total += len(s) + len(s2)

		f := float64(x>>11) / float64(uint64(1)<<uint(i%60))
		g := strconv.FormatFloat(f, 'g', -1, 64)
		e := strconv.FormatFloat(f, 'e', -1, 64)
		buf = strconv.AppendFloat(buf[:0], f, 'f', 2+(i&1)*4, 64)
		total += len(g) + len(e) + len(buf)
		p1, _ := strconv.ParseFloat(g, 64)
		p2, _ := strconv.ParseFloat(string(buf), 64)
		check += uint64(p1) + uint64(p2)
		f32 := strconv.FormatFloat(float64(float32(f)), 'g', -1, 32)
		p3, _ := strconv.ParseFloat(f32, 32)
		check += uint64(p3)
		total += len(f32)
	}
	out := strconv.AppendInt(nil, int64(total), 10)
	out = append(out, ' ')
	out = strconv.AppendUint(out, check, 10)
	out = append(out, '\n')
	os.Stdout.Write(out)
}
