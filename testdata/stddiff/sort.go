// Command sort is tools/stddiff.py's program for package sort: built from this same source by
// go 1.19 (the oracle) and by ergo, run with the same arguments, the two must print the same
// lines.
//
// Usage: sort SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT) draws from its own generator, seeded from SEED and i, a
// slice in some pattern (random, sorted, reversed, sawtooth, organ pipe, few distinct keys,
// all equal) and sorts it with one of Sort, Stable, Slice, SliceStable, Ints, Float64s (NaNs
// and signed zeros included), Strings or Sort(Reverse(...)), or searches it. Elements with
// equal keys carry distinct ids, so the line shows the order pdqsort leaves them in: gc's
// order is part of the contract ergo keeps. Short results print in full, long ones as a hash.
package main

import (
	"os"
	"sort"
	"unsafe"
)

// rng is splitmix64: tiny, and the same sequence everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) coin(percent int) bool { return r.intn(100) < percent }

var out []byte

func flush() {
	os.Stdout.Write(out)
	out = out[:0]
}

func endLine() {
	out = append(out, '\n')
	if len(out) > 1<<16 {
		flush()
	}
}

func put(s string) { out = append(out, s...) }

// putInt writes a space and v.
func putInt(v int) {
	out = append(out, ' ')
	putNum(v)
}

func putNum(v int) {
	if v < 0 {
		out = append(out, '-')
		v = -v
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	out = append(out, b[i:]...)
}

// putSeq writes up to 40 numbers in full, a longer sequence as its length and FNV-1a hash.
func putSeq(n int, at func(int) uint64) {
	if n <= 40 {
		put(" [")
		for i := 0; i < n; i++ {
			putInt(int(at(i)))
		}
		put(" ]")
		return
	}
	h := uint64(14695981039346656037)
	for i := 0; i < n; i++ {
		v := at(i)
		for k := 0; k < 8; k++ {
			h = (h ^ (v >> (8 * uint(k)) & 0xff)) * 1099511628211
		}
	}
	put(" len")
	putInt(n)
	put(" hash")
	putInt(int(h >> 1))
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: sort SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

type item struct{ key, id int }

type byKey []item

func (s byKey) Len() int           { return len(s) }
func (s byKey) Less(i, j int) bool { return s[i].key < s[j].key }
func (s byKey) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

// keys draws n keys in one of the patterns pdqsort treats specially.
func keys(r *rng, n int) ([]int, string) {
	k := make([]int, n)
	span := 1 + r.intn(n+1)
	if r.coin(30) {
		span = 1 + r.intn(4) // few distinct keys: many equal elements
	}
	pattern := r.intn(8)
	for i := range k {
		switch pattern {
		case 0, 1, 2:
			k[i] = r.intn(span)
		case 3:
			k[i] = i
		case 4:
			k[i] = n - i
		case 5:
			k[i] = i % (1 + span)
		case 6:
			if i < n/2 {
				k[i] = i
			} else {
				k[i] = n - i
			}
		default:
			k[i] = 7
		}
	}
	if pattern >= 3 && r.coin(30) && n > 1 { // a few swaps off the pattern
		for j := r.intn(4); j >= 0; j-- {
			a, b := r.intn(n), r.intn(n)
			k[a], k[b] = k[b], k[a]
		}
	}
	return k, "pattern" + string(rune('0'+pattern))
}

func size(r *rng) int {
	switch {
	case r.coin(60):
		return r.intn(21)
	case r.coin(85):
		return r.intn(130)
	default:
		return r.intn(3000)
	}
}

func sortCase(r *rng) {
	n := size(r)
	k, pat := keys(r, n)
	items := make([]item, n)
	for i := range items {
		items[i] = item{k[i], i}
	}
	ids := func(i int) uint64 { return uint64(items[i].id) }
	put(pat)
	putInt(n)
	putSeq(n, func(i int) uint64 { return uint64(k[i]) })
	switch r.intn(10) {
	case 0, 1:
		put(" Sort =>")
		sort.Sort(byKey(items))
		putSeq(n, ids)
	case 2:
		put(" Stable =>")
		sort.Stable(byKey(items))
		putSeq(n, ids)
	case 3, 4:
		put(" Slice =>")
		sort.Slice(items, func(i, j int) bool { return items[i].key < items[j].key })
		putSeq(n, ids)
	case 5:
		put(" SliceStable =>")
		sort.SliceStable(items, func(i, j int) bool { return items[i].key > items[j].key })
		putSeq(n, ids)
	case 6:
		put(" Reverse =>")
		sort.Sort(sort.Reverse(byKey(items)))
		putSeq(n, ids)
		if !sort.IsSorted(sort.Reverse(byKey(items))) {
			put(" unsorted")
		}
	case 7:
		put(" Ints/SearchInts =>")
		sort.Ints(k)
		putSeq(n, func(i int) uint64 { return uint64(k[i]) })
		x := r.intn(n+2) - 1
		putInt(x)
		putInt(sort.SearchInts(k, x))
		putInt(sort.Search(n, func(i int) bool { return k[i] > x }))
		if sort.IntsAreSorted(k) {
			put(" sorted")
		}
	case 8:
		f := make([]float64, n)
		for i := range f {
			switch r.intn(6) {
			case 0:
				f[i] = zero(r.coin(50)) // +0 and -0 compare equal: their order shows
			case 1:
				nan := uint64(0x7ff8000000000001) + uint64(i)
				f[i] = *(*float64)(unsafe.Pointer(&nan))
			default:
				f[i] = float64(k[i]) / 4
			}
		}
		put(" Float64s =>")
		sort.Float64s(f)
		putSeq(n, func(i int) uint64 { return *(*uint64)(unsafe.Pointer(&f[i])) })
		putInt(sort.SearchFloat64s(f, 1.5))
	default:
		s := make([]string, n)
		for i := range s {
			s[i] = string(rune('a'+k[i]%26)) + string(rune('a'+i%3))
			if r.coin(30) {
				s[i] = s[i][:1]
			}
		}
		put(" Strings =>")
		sort.Strings(s)
		putSeq(n, func(i int) uint64 { return uint64(s[i][0])<<8 | uint64(s[i][len(s[i])-1]) })
		putInt(sort.SearchStrings(s, "m"))
	}
}

func zero(negative bool) float64 {
	z := 0.0
	if negative {
		return -z
	}
	return z
}

func main() {
	if len(os.Args) < 3 || len(os.Args) > 4 {
		parseArg("?")
	}
	seed, count := parseArg(os.Args[1]), parseArg(os.Args[2])
	first := uint64(0)
	if len(os.Args) == 4 {
		first = parseArg(os.Args[3])
	}
	for i := first; i < first+count; i++ {
		r := rng{seed*0x2545f4914f6cdd1d ^ i}
		r.next()
		putNum(int(i))
		put(" ")
		sortCase(&r)
		endLine()
	}
	flush()
}
