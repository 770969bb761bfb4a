// Sorting 5 million pseudo-random ints with a hand-written quicksort (median of three,
// insertion sort for short runs): comparisons, swaps and recursion over a slice.
package main

const count = 5000000

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func quicksort(a []int) {
	for len(a) > 12 {
		m := len(a) / 2
		if a[m] < a[0] {
			a[m], a[0] = a[0], a[m]
		}
		if a[len(a)-1] < a[0] {
			a[len(a)-1], a[0] = a[0], a[len(a)-1]
		}
		if a[len(a)-1] < a[m] {
			a[len(a)-1], a[m] = a[m], a[len(a)-1]
		}
		pivot := a[m]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < pivot {
				i++
			}
			for a[j] > pivot {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		// Recurse into the smaller part, loop over the larger.
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
	insertionSort(a)
}

func main() {
	a := make([]int, count)
	x := uint64(2463534242)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = int(x % 1000000000)
	}
	quicksort(a)
	sum := 0
	for i := 1; i < len(a); i++ {
		if a[i] < a[i-1] {
			println("not sorted at", i)
			return
		}
		sum = sum*31 + a[i]
	}
	println(sum)
}
