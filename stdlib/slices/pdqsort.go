package slices

// Pattern-defeating quicksort (Orson Peters, https://arxiv.org/pdf/2106.05123.pdf) as gc's sort
// and slices packages run it: insertion sort below 13 elements, a ninther or median-of-three
// pivot whose comparisons also detect sorted and reversed runs, a partial insertion sort for
// nearly sorted input, a three-way split when many elements equal the pivot, a few
// deterministic swaps after an unbalanced partition, and heapsort when those keep failing.
// Every step compares and swaps exactly as gc does, so elements that compare equal end in the
// same order as with gc.

type sortedHint int

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// pdqsort sorts data[a:b]; limit is the number of unbalanced partitions allowed before it
// falls back to heapsort.
func pdqsort[E any, L lessOrder[E]](data []E, a, b, limit int, l L) {
	const maxInsertion = 12
	wasBalanced, wasPartitioned := true, true
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b, l)
			return
		}
		if limit == 0 {
			heapSort(data, a, b, l)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b, l)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot keeps its element: it moved to the mirrored position.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b, l) {
				return
			}
		}
		// The element before a is a pivot of an enclosing partition and not less than this
		// pivot: all of data[a:b] is at least as large, so split off the elements equal to it.
		if a > 0 && !l.less(data[a-1], data[pivot]) {
			a = partitionEqual(data, a, b, pivot, l)
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot, l)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		// Recurse into the shorter side, loop on the longer.
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit, l)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit, l)
			b = mid
		}
	}
}

func insertionSort[E any, L lessOrder[E]](data []E, a, b int, l L) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && l.less(data[j], data[j-1]); j-- {
			data[j], data[j-1] = data[j-1], data[j]
		}
	}
}

// partition moves the elements of data[a:b] less than data[pivot] before it and the others
// after it, and returns the pivot's new index; alreadyPartitioned when nothing had to move.
func partition[E any, L lessOrder[E]](data []E, a, b, pivot int, l L) (int, bool) {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1 // the unpartitioned elements are data[i:j+1]
	for i <= j && l.less(data[i], data[a]) {
		i++
	}
	for i <= j && !l.less(data[j], data[a]) {
		j--
	}
	if i > j {
		data[j], data[a] = data[a], data[j]
		return j, true
	}
	data[i], data[j] = data[j], data[i]
	i++
	j--
	for {
		for i <= j && l.less(data[i], data[a]) {
			i++
		}
		for i <= j && !l.less(data[j], data[a]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	data[j], data[a] = data[a], data[j]
	return j, false
}

// partitionEqual moves the elements of data[a:b] equal to data[pivot] (none is less) to the
// front and returns the index of the first greater one.
func partitionEqual[E any, L lessOrder[E]](data []E, a, b, pivot int, l L) int {
	data[a], data[pivot] = data[pivot], data[a]
	i, j := a+1, b-1
	for {
		for i <= j && !l.less(data[a], data[i]) {
			i++
		}
		for i <= j && l.less(data[a], data[j]) {
			j--
		}
		if i > j {
			break
		}
		data[i], data[j] = data[j], data[i]
		i++
		j--
	}
	return i
}

// partialInsertionSort fixes up to a few misplaced elements of data[a:b] by insertion and
// reports whether that left it sorted.
func partialInsertionSort[E any, L lessOrder[E]](data []E, a, b int, l L) bool {
	const (
		maxSteps         = 5  // misplaced elements fixed at most
		shortestShifting = 50 // shorter ranges are not shifted at all
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !l.less(data[i], data[i-1]) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data[i], data[i-1] = data[i-1], data[i]
		// The smaller of the two moves left (as in gc, the walk may look below a: the
		// elements there are never greater), the greater one right.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !l.less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !l.less(data[j], data[j-1]) {
					break
				}
				data[j], data[j-1] = data[j-1], data[j]
			}
		}
	}
	return false
}

// breakPatterns swaps the three elements around the middle of data[a:b] with pseudo-random
// ones (gc's xorshift generator, with its shifts 13, 17, 5, seeded with the length, so the
// result is deterministic).
func breakPatterns[E any](data []E, a, b int) {
	length := b - a
	if length < 8 {
		return
	}
	random := uint64(length)
	mask := uint(1)<<uint(bitLen(uint(length))) - 1
	mid := a + (length/4)*2
	for idx := mid - 1; idx <= mid+1; idx++ {
		random ^= random << 13
		random ^= random >> 17
		random ^= random << 5
		other := int(uint(random) & mask)
		if other >= length {
			other -= length
		}
		data[idx], data[a+other] = data[a+other], data[idx]
	}
}

// choosePivot returns the index of the pivot for data[a:b] (the median of three elements,
// or of three medians of three for 50 or more) and what its comparisons suggest about the
// order: no swap needed means increasing, every one needed means decreasing.
func choosePivot[E any, L lessOrder[E]](data []E, a, b int, l L) (int, sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	n := b - a
	swaps := 0
	i, j, k := a+n/4*1, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= shortestNinther {
			i = median(data, i-1, i, i+1, &swaps, l)
			j = median(data, j-1, j, j+1, &swaps, l)
			k = median(data, k-1, k, k+1, &swaps, l)
		}
		j = median(data, i, j, k, &swaps, l)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns a and b ordered so that data[first] <= data[second], counting a swap.
func order2[E any, L lessOrder[E]](data []E, a, b int, swaps *int, l L) (int, int) {
	if l.less(data[b], data[a]) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns which of a, b, c indexes the median of their elements.
func median[E any, L lessOrder[E]](data []E, a, b, c int, swaps *int, l L) int {
	a, b = order2(data, a, b, swaps, l)
	b, c = order2(data, b, c, swaps, l)
	_, b = order2(data, a, b, swaps, l)
	return b
}

func reverseRange[E any](data []E, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data[i], data[j] = data[j], data[i]
	}
}

// heapSort sorts data[a:b] with a max-heap rooted at a.
func heapSort[E any, L lessOrder[E]](data []E, a, b int, l L) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a, l)
	}
	for i := n - 1; i >= 0; i-- {
		data[a], data[a+i] = data[a+i], data[a]
		siftDown(data, 0, i, a, l)
	}
}

// siftDown restores the heap property below root in the heap data[first:first+hi].
func siftDown[E any, L lessOrder[E]](data []E, root, hi, first int, l L) {
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && l.less(data[first+child], data[first+child+1]) {
			child++
		}
		if !l.less(data[first+root], data[first+child]) {
			return
		}
		data[first+root], data[first+child] = data[first+child], data[first+root]
		root = child
	}
}
