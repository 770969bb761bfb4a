package slices

// A stable sort without allocation, as gc's: insertion sort of blocks of 20 elements, then
// blocks merged pairwise in place with SymMerge (Kim and Kutzner, "Stable Minimum Storage
// Merging by Symmetric Comparisons", 2004), doubling the block size each round.

func stableSort[E any, L lessOrder[E]](data []E, l L) {
	n := len(data)
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b, l)
		a, b = b, b+blockSize
	}
	insertionSort(data, a, n, l)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b, l)
			a, b = b, b+2*blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n, l)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, equal elements of the
// first run staying before those of the second.
func symMerge[E any, L lessOrder[E]](data []E, a, m, b int, l L) {
	if m-a == 1 {
		// One element on the left: binary-search its place in the right run and rotate it
		// there (after the right run's elements less than it).
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if l.less(data[h], data[a]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data[k], data[k+1] = data[k+1], data[k]
		}
		return
	}
	if b-m == 1 {
		// One element on the right: its place is after the left run's elements not greater.
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !l.less(data[m], data[h]) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data[k], data[k-1] = data[k-1], data[k]
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !l.less(data[p-c], data[c]) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid, l)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b, l)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] by block swaps.
func rotate[E any](data []E, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange[E any](data []E, a, b, n int) {
	for i := 0; i < n; i++ {
		data[a+i], data[b+i] = data[b+i], data[a+i]
	}
}
