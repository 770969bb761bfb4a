// Command gen_rand_tables writes the generated tables of math/rand and math/rand/v2: the 607
// "cooked" words that math/rand's lagged Fibonacci source XORs into its seeded state, and
// the ziggurat tables of NormFloat64 and ExpFloat64, which both packages take from
// math/rand/internal/dist.
//
// Run it with the reference toolchain (go 1.19):
//
//	go run tools/gen_rand_tables.go > stdlib/math/rand/tables.go
//	go run tools/gen_rand_tables.go -zig > stdlib/math/rand/internal/dist/tables.go
//
// The cooked words are recovered from the reference math/rand's behaviour, not from its
// source: after Seed, the generator's state is seedVector(seed) XOR cooked, where
// seedVector is the documented Park-Miller seeding (x' = 48271 x mod 2^31-1). The first 607
// outputs of an additive lagged Fibonacci generator are exactly its state after 607 steps;
// undoing the steps (vec[feed] -= vec[tap]) gives the seeded state, and XOR with
// seedVector(seed) the cooked words. Several seeds must give the same words.
//
// The ziggurat tables follow Marsaglia and Tsang, "The Ziggurat Method for Generating
// Random Variables" (2000): 128 strips for the normal (r = 3.442619855899,
// v = 9.91256303526217e-3, scale 2^31) and 256 for the exponential (r = 7.697117470131487,
// v = 3.949659822581572e-3, scale 2^32). The tool then checks them against the reference
// NormFloat64/ExpFloat64 through a Source that feeds chosen values: every strip's width,
// its fast-path bound and its density comparisons must behave identically.
package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strings"
)

const (
	rngLen = 607
	rngTap = 273
)

func seedStep(x int32) int32 {
	const a, m = 48271, 1<<31 - 1
	return int32(int64(x) * a % m)
}

// seedVector is the Park-Miller part of the seeded state.
func seedVector(seed int64) [rngLen]int64 {
	const m = 1<<31 - 1
	seed %= m
	if seed < 0 {
		seed += m
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	var v [rngLen]int64
	for i := -20; i < rngLen; i++ {
		x = seedStep(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = seedStep(x)
		u ^= int64(x) << 20
		x = seedStep(x)
		u ^= int64(x)
		v[i] = u
	}
	return v
}

// cooked recovers the XOR mask through the reference Source64 seeded with seed.
func cooked(seed int64) [rngLen]int64 {
	src := rand.NewSource(seed).(rand.Source64)
	var vec [rngLen]int64
	tap, feed := 0, rngLen-rngTap
	var feeds, taps [rngLen]int
	for k := 0; k < rngLen; k++ {
		tap = (tap + rngLen - 1) % rngLen
		feed = (feed + rngLen - 1) % rngLen
		feeds[k], taps[k] = feed, tap
		vec[feed] = int64(src.Uint64())
	}
	for k := rngLen - 1; k >= 0; k-- {
		vec[feeds[k]] -= vec[taps[k]]
	}
	sv := seedVector(seed)
	for i := range vec {
		vec[i] ^= sv[i]
	}
	return vec
}

type zig struct {
	k    []uint32
	w, f []float32
}

func normalTables() zig {
	const m1 = 1 << 31
	dn, vn := 3.442619855899, 9.91256303526217e-3
	tn := dn
	z := zig{make([]uint32, 128), make([]float32, 128), make([]float32, 128)}
	q := vn / math.Exp(-0.5*dn*dn)
	z.k[0] = uint32((dn / q) * m1)
	z.k[1] = 0
	z.w[0] = float32(q / m1)
	z.w[127] = float32(dn / m1)
	z.f[0] = 1
	z.f[127] = float32(math.Exp(-0.5 * dn * dn))
	for i := 126; i >= 1; i-- {
		dn = math.Sqrt(-2 * math.Log(vn/dn+math.Exp(-0.5*dn*dn)))
		z.k[i+1] = uint32((dn / tn) * m1)
		tn = dn
		z.f[i] = float32(math.Exp(-0.5 * dn * dn))
		z.w[i] = float32(dn / m1)
	}
	return z
}

func expTables() zig {
	const m2 = 1 << 32
	de, ve := 7.697117470131487, 3.949659822581572e-3
	te := de
	z := zig{make([]uint32, 256), make([]float32, 256), make([]float32, 256)}
	q := ve / math.Exp(-de)
	z.k[0] = uint32((de / q) * m2)
	z.k[1] = 0
	z.w[0] = float32(q / m2)
	z.w[255] = float32(de / m2)
	z.f[0] = 1
	z.f[255] = float32(math.Exp(-de))
	for i := 254; i >= 1; i-- {
		de = -math.Log(ve/de + math.Exp(-de))
		z.k[i+1] = uint32((de / te) * m2)
		te = de
		z.f[i] = float32(math.Exp(-de))
		z.w[i] = float32(de / m2)
	}
	return z
}

// feed is a Source returning queued values, then zeros; it counts the calls.
type feed struct {
	q     []int64
	calls int
}

func (s *feed) Int63() int64 {
	s.calls++
	if len(s.q) == 0 {
		return 0
	}
	v := s.q[0]
	s.q = s.q[1:]
	return v
}
func (s *feed) Seed(int64) {}

func u32(j uint32) int64 { return int64(j) << 31 }

// Model versions of the reference algorithms over the computed tables, for comparison.
func modelNorm(z zig, s *feed) float64 {
	r := rand.New(s)
	for {
		j := int32(r.Uint32())
		i := j & 0x7f
		x := float64(j) * float64(z.w[i])
		a := uint32(j)
		if j < 0 {
			a = uint32(-j)
		}
		if a < z.k[i] {
			return x
		}
		if i == 0 {
			for {
				x = -math.Log(r.Float64()) * (1.0 / 3.442619855899)
				y := -math.Log(r.Float64())
				if y+y >= x*x {
					break
				}
			}
			if j > 0 {
				return 3.442619855899 + x
			}
			return -3.442619855899 - x
		}
		if z.f[i]+float32(r.Float64())*(z.f[i-1]-z.f[i]) < float32(math.Exp(-.5*x*x)) {
			return x
		}
	}
}

func modelExp(z zig, s *feed) float64 {
	r := rand.New(s)
	for {
		j := r.Uint32()
		i := j & 0xff
		x := float64(j) * float64(z.w[i])
		if j < z.k[i] {
			return x
		}
		if i == 0 {
			return 7.69711747013104972 - math.Log(r.Float64())
		}
		if z.f[i]+float32(r.Float64())*(z.f[i-1]-z.f[i]) < float32(math.Exp(-x)) {
			return x
		}
	}
}

// edgeDraws returns Int63 values whose Float64 makes f[i] + u*(f[i-1]-f[i]) land within a few
// float32 ulps of the density at strip i's abscissa for the integer j.
func edgeDraws(z zig, i uint32, j uint32, signed bool) []int64 {
	var x, t float64
	if signed {
		x = float64(int32(j)) * float64(z.w[i])
		t = float64(float32(math.Exp(-.5 * x * x)))
	} else {
		x = float64(j) * float64(z.w[i])
		t = float64(float32(math.Exp(-x)))
	}
	d := float64(z.f[i-1] - z.f[i])
	if d <= 0 {
		return nil
	}
	var out []int64
	l := float32(t)
	for k := 0; k < 4; k++ {
		l = math.Nextafter32(l, 0)
	}
	for k := 0; k < 9; k++ {
		u := float32((float64(l) - float64(z.f[i])) / d)
		for _, v := range []float32{math.Nextafter32(u, 0), u, math.Nextafter32(u, 1)} {
			if v > 0 && v < 1 {
				out = append(out, int64(float64(v)*(1<<63)))
			}
		}
		l = math.Nextafter32(l, 2)
	}
	return out
}

var mismatches int

func compare(what string, q []int64, model func(*feed) float64, ref func(*rand.Rand) float64) {
	a := &feed{q: append([]int64(nil), q...)}
	b := &feed{q: append([]int64(nil), q...)}
	x, y := model(a), ref(rand.New(b))
	if math.Float64bits(x) != math.Float64bits(y) || a.calls != b.calls {
		if mismatches < 20 {
			fmt.Fprintf(os.Stderr, "%s: %x: model %v (%d calls), reference %v (%d calls)\n", what, q, x, a.calls, y, b.calls)
		}
		mismatches++
	}
}

// check drives both the model and the reference through every strip: j at and around the
// fast-path bound, j at the strip's outer edge, uniform draws at 0, near 1 and spread.
func check(what string, z zig, bits uint, signed bool, model func(*feed) float64, ref func(*rand.Rand) float64) {
	n := uint32(len(z.k))
	us := []int64{0, 1 << 62, 1<<63 - 1<<40, 1<<63 - 1}
	for i := int64(1); i < 4096; i++ {
		us = append(us, i*0x0007_ffff_ffff_ff37)
	}
	rng := rand.New(rand.NewSource(99))
	for i := uint32(0); i < n; i++ {
		var js []uint32
		top := uint32(1)<<bits - 1
		for d := uint32(0); d < 4096; d++ {
			js = append(js, (top-d*n)&^(n-1)|i)
		}
		b := z.k[i] &^ (n - 1)
		for d := uint32(0); d < 8; d++ {
			js = append(js, (b+d*n-4*n)|i, (b+d*n-4*n)|i)
		}
		for d := 0; d < 2000; d++ {
			js = append(js, uint32(rng.Int63n(int64(top)))&^(n-1)|i)
		}
		for _, j := range js {
			cands := []uint32{j}
			if signed {
				cands = append(cands, uint32(-int32(j&^(n-1)))&^(n-1)|i)
			}
			for _, c := range cands {
				for _, u := range us[:4] {
					compare(what, []int64{u32(c), u, u}, model, ref)
				}
				u := us[rng.Intn(len(us))]
				compare(what, []int64{u32(c), u, rng.Int63(), rng.Int63()}, model, ref)
				if i > 0 {
					// Uniform draws that put the interpolated density next to the
					// target, where one ulp of f decides.
					for _, u := range edgeDraws(z, i, c, signed) {
						compare(what, []int64{u32(c), u, rng.Int63(), rng.Int63()}, model, ref)
					}
				}
			}
		}
	}
	for t := 0; t < 2000000; t++ {
		q := make([]int64, 8)
		for k := range q {
			q[k] = rng.Int63()
		}
		compare(what, q, model, ref)
	}
}

func main() {
	c := cooked(1)
	for _, s := range []int64{0, -1, 7, 1 << 40, -1 << 50, 2147483647, 123456789} {
		if cooked(s) != c {
			fmt.Fprintf(os.Stderr, "cooked words differ for seed %d\n", s)
			os.Exit(1)
		}
	}
	norm, exp := normalTables(), expTables()
	check("norm", norm, 32, true, func(s *feed) float64 { return modelNorm(norm, s) }, (*rand.Rand).NormFloat64)
	check("exp", exp, 32, false, func(s *feed) float64 { return modelExp(exp, s) }, (*rand.Rand).ExpFloat64)
	if mismatches > 0 {
		fmt.Fprintf(os.Stderr, "%d mismatches\n", mismatches)
		os.Exit(1)
	}

	var b strings.Builder
	if len(os.Args) > 1 && os.Args[1] == "-zig" {
		b.WriteString("// Code generated by tools/gen_rand_tables.go -zig (run with go 1.19); DO NOT EDIT.\n\n")
		b.WriteString("package dist\n")
		writeZig(&b, "n", "normal distribution, 128 strips", norm)
		writeZig(&b, "e", "exponential distribution, 256 strips", exp)
		fmt.Print(b.String())
		return
	}
	b.WriteString("// Code generated by tools/gen_rand_tables.go (run with go 1.19); DO NOT EDIT.\n\n")
	b.WriteString("package rand\n\n")
	b.WriteString("// rngCooked is XORed into the seeded state of the lagged Fibonacci source.\n")
	b.WriteString("var rngCooked = [rngLen]int64{\n")
	for i := 0; i < rngLen; i += 3 {
		b.WriteString("\t")
		for k := i; k < i+3 && k < rngLen; k++ {
			if k > i {
				b.WriteString(" ")
			}
			fmt.Fprintf(&b, "%d,", c[k])
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	fmt.Print(b.String())
}

func writeZig(b *strings.Builder, s, what string, z zig) {
	fmt.Fprintf(b, "\n// Ziggurat tables of the %s: fast-path bounds k%s, strip\n", what, s)
	fmt.Fprintf(b, "// widths w%s (scaled by the integer range) and densities f%s at the strip edges.\n", s, s)
	fmt.Fprintf(b, "var k%s = [%d]uint32{\n", s, len(z.k))
	for i := 0; i < len(z.k); i += 4 {
		b.WriteString("\t")
		for k := i; k < i+4; k++ {
			if k > i {
				b.WriteString(" ")
			}
			fmt.Fprintf(b, "0x%08x,", z.k[k])
		}
		b.WriteString("\n")
	}
	b.WriteString("}\n")
	for _, t := range []struct {
		name string
		v    []float32
	}{{"w" + s, z.w}, {"f" + s, z.f}} {
		fmt.Fprintf(b, "var %s = [%d]float32{\n", t.name, len(t.v))
		for i := 0; i < len(t.v); i += 4 {
			b.WriteString("\t")
			for k := i; k < i+4; k++ {
				if k > i {
					b.WriteString(" ")
				}
				fmt.Fprintf(b, "%s,", fmtF32(t.v[k]))
			}
			b.WriteString("\n")
		}
		b.WriteString("}\n")
	}
}

func fmtF32(f float32) string {
	s := fmt.Sprint(f)
	if !strings.ContainsAny(s, ".e") {
		s += ".0"
	}
	return s
}
