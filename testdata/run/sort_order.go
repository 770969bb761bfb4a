// sort against go 1.19: the order in which equal elements end, and the number of Less and
// Swap calls, for Sort, Stable, Slice, SliceStable and the typed helpers over many input
// shapes (random with few distinct keys, sorted, reversed, nearly sorted, organ pipe,
// sawtooth, all equal, median-of-3 killers) and lengths around every algorithm threshold.
package main

import (
	"fmt"
	"sort"
)

var seed uint64 = 0x9E3779B97F4A7C15

func next() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

type rec struct {
	key, tag int
}

// recs counts the calls it receives.
type recs struct {
	r           []rec
	less, swaps int
}

func (x *recs) Len() int { return len(x.r) }
func (x *recs) Less(i, j int) bool {
	x.less++
	return x.r[i].key < x.r[j].key
}
func (x *recs) Swap(i, j int) {
	x.swaps++
	x.r[i], x.r[j] = x.r[j], x.r[i]
}

func hash(r []rec) uint64 {
	h := uint64(14695981039346656037)
	for _, e := range r {
		h = (h ^ uint64(e.tag)) * 1099511628211
		h = (h ^ uint64(e.key)) * 1099511628211
	}
	return h
}

func shape(kind, n int) []rec {
	r := make([]rec, n)
	for i := range r {
		var k int
		switch kind {
		case 0: // random, few distinct keys
			k = int(next() % 4)
		case 1: // random, many keys
			k = int(next() % uint64(n+1))
		case 2: // sorted with duplicates
			k = i / 3
		case 3: // reversed
			k = n - i/2
		case 4: // nearly sorted
			k = i
			if next()%16 == 0 {
				k = int(next() % uint64(n+1))
			}
		case 5: // organ pipe
			if i < n/2 {
				k = i
			} else {
				k = n - i
			}
		case 6: // sawtooth
			k = i % 17
		case 7: // all equal
			k = 7
		case 8: // median-of-3 killer-ish
			if i%2 == 0 {
				k = i
			} else {
				k = n/2 + i
			}
		case 9: // reversed with plateaus
			k = (n - i) / 5
		case 10: // pushes pdqsort to unbalanced partitions: sorted halves interleaved
			if i%2 == 0 {
				k = i / 2
			} else {
				k = n - i/2
			}
		default: // random bits
			k = int(next() % 1000)
		}
		r[i] = rec{k, i}
	}
	return r
}

// liar answers Less inconsistently (by index, or by the call count), which exhausts
// pdqsort's bad-pivot budget and sends it to heapsort.
type liar struct {
	n, calls, swaps int
	mode            int
	x               []int
}

func (l *liar) Len() int { return l.n }
func (l *liar) Less(i, j int) bool {
	l.calls++
	switch l.mode {
	case 0:
		return i < j
	case 1:
		return i > j
	case 2:
		return (l.calls*2654435761)>>7&1 == 0
	case 3:
		return l.calls%3 == 0
	}
	return l.x[i] < l.x[j]
}
func (l *liar) Swap(i, j int) { l.swaps++; l.x[i], l.x[j] = l.x[j], l.x[i] }

// adversary is McIlroy's "killer adversary for quicksort": values are fixed lazily, as
// comparisons demand, so as to make the sort do as much work as possible. It drives pdqsort
// into pattern breaking and its heapsort fallback.
type adversary struct {
	ids       []int // element at each position, by original index
	val       []int // value of each original index; gas if not yet fixed
	gas       int
	nsolid    int
	candidate int
	ncmp      int
}

func newAdversary(n int) *adversary {
	a := &adversary{ids: make([]int, n), val: make([]int, n), gas: n}
	for i := range a.ids {
		a.ids[i] = i
		a.val[i] = n
	}
	return a
}

func (a *adversary) Len() int { return len(a.ids) }
func (a *adversary) Less(i, j int) bool {
	a.ncmp++
	x, y := a.ids[i], a.ids[j]
	if a.val[x] == a.gas && a.val[y] == a.gas {
		if x == a.candidate {
			a.val[x] = a.nsolid
		} else {
			a.val[y] = a.nsolid
		}
		a.nsolid++
	}
	if a.val[x] == a.gas {
		a.candidate = x
	} else if a.val[y] == a.gas {
		a.candidate = y
	}
	return a.val[x] < a.val[y]
}
func (a *adversary) Swap(i, j int) { a.ids[i], a.ids[j] = a.ids[j], a.ids[i] }

func main() {
	for mode := 0; mode < 4; mode++ {
		for _, n := range []int{20, 100, 1000, 3000} {
			l := &liar{n: n, mode: mode, x: make([]int, n)}
			for i := range l.x {
				l.x[i] = i
			}
			sort.Sort(l)
			h := 0
			for _, v := range l.x {
				h = h*31 + v
			}
			fmt.Println(mode, n, l.calls, l.swaps, h)
		}
	}

	for _, n := range []int{13, 50, 64, 100, 257, 1000, 4096} {
		a := newAdversary(n)
		sort.Sort(a)
		// Sort the input the adversary built again, now with fixed values.
		r := make([]rec, n)
		for i := range r {
			r[i] = rec{a.val[i] % 17, i}
		}
		x := &recs{r: r}
		sort.Sort(x)
		fmt.Println("adversary", n, a.ncmp, a.nsolid, x.less, x.swaps, hash(r))
	}
	lengths := []int{0, 1, 2, 3, 7, 8, 11, 12, 13, 19, 20, 21, 39, 40, 41, 49, 50, 51, 63, 64, 65, 100, 127, 128, 129, 200, 333, 500, 1000, 1024, 2047, 5000}
	for kind := 0; kind < 12; kind++ {
		for _, n := range lengths {
			base := shape(kind, n)

			a := &recs{r: append([]rec(nil), base...)}
			sort.Sort(a)
			b := &recs{r: append([]rec(nil), base...)}
			sort.Stable(b)
			c := append([]rec(nil), base...)
			cl := 0
			sort.Slice(c, func(i, j int) bool { cl++; return c[i].key < c[j].key })
			d := append([]rec(nil), base...)
			dl := 0
			sort.SliceStable(d, func(i, j int) bool { dl++; return d[i].key < d[j].key })
			e := &recs{r: append([]rec(nil), base...)}
			sort.Sort(sort.Reverse(e))
			fmt.Println(kind, n, hash(a.r), a.less, a.swaps, hash(b.r), b.less, b.swaps, hash(c), cl, hash(d), dl,
				hash(e.r), e.less, e.swaps, sort.IsSorted(a), sort.IsSorted(e), sort.SliceIsSorted(c, func(i, j int) bool { return c[i].key < c[j].key }))
		}
	}
	// Many random small inputs: the permutation of equal elements.
	total := uint64(0)
	for t := 0; t < 3000; t++ {
		n := int(next() % 300)
		r := make([]rec, n)
		for i := range r {
			r[i] = rec{int(next() % uint64(1+t%13)), i}
		}
		x := &recs{r: r}
		sort.Sort(x)
		total = total*31 + hash(r) + uint64(x.less)*7 + uint64(x.swaps)
	}
	fmt.Println("random", total)

	// Floats: NaN first, and the order of -0 and +0 is the algorithm's.
	nan := 0.0
	nan = nan / nan
	negz := 0.0
	negz = -negz
	fs := []float64{3, nan, -1, 0, negz, 2, nan, negz, 0, 1, -5, 7, 0, negz, 4, 6, 2, 8, 9, 10, negz, 0}
	sort.Float64s(fs)
	for _, f := range fs {
		fmt.Print(f, " ", 1/f > 0, " ")
	}
	fmt.Println(sort.Float64sAreSorted(fs))
	is := []int{5, 2, 8, -1, 2, 9, 0, 3}
	sort.Ints(is)
	ss := []string{"pear", "apple", "fig", "", "apple", "Zebra"}
	sort.Strings(ss)
	fmt.Println(is, ss, sort.IntsAreSorted(is), sort.StringsAreSorted(ss))
	fmt.Println(sort.SearchInts(is, 2), sort.SearchInts(is, 4), sort.SearchInts(is, 100), sort.SearchStrings(ss, "b"),
		sort.SearchFloat64s([]float64{1, 2, 3}, 2.5), sort.IntSlice(is).Search(9), sort.StringSlice(ss).Search("fig"))
	fmt.Println(sort.Search(100, func(i int) bool { return i*i >= 50 }), sort.Search(0, func(int) bool { return true }))
	i, found := sort.Find(len(ss), func(i int) int {
		switch {
		case "fig" < ss[i]:
			return -1
		case "fig" > ss[i]:
			return 1
		}
		return 0
	})
	fmt.Println(i, found)
	x := sort.IntSlice{3, 1, 2}
	x.Sort()
	y := sort.StringSlice{"b", "a"}
	y.Sort()
	z := sort.Float64Slice{2, 1}
	z.Sort()
	fmt.Println(x, y, z, x.Len(), y.Less(0, 1))
}
