package slices

// Insert inserts v... at index i of s and returns the result: s[i:] moves up by len(v).
// It panics if i is out of range (i > len(s)), even when v is empty. When s has the
// capacity, the insertion happens in place; v may be part of s.
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // the bounds check (and its panic) of i
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// append, not make: the new capacity rounds up as append grows slices.
		grown := append(s[:i], make(S, n+m-i)...)
		copy(grown[i:], v)
		copy(grown[i+m:], s[i:])
		return grown
	}
	s = s[:n+m]
	if overlaps(v, s[i:]) {
		v = Clone(v) // moving s[i:n] up would overwrite it
	}
	copy(s[i+m:], s[i:n])
	copy(s[i:], v)
	return s
}

// Delete removes s[i:j] and returns the shorter slice, zeroing the elements past its end. It
// panics if s[i:j] is not a valid slice of s.
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // the bounds check of i and j (j is at most len(s))
	if i == j {
		return s
	}
	n := len(s)
	s = append(s[:i], s[j:]...)
	clear(s[len(s):n])
	return s
}

// DeleteFunc removes the elements for which del returns true (del is called once per
// element, in order) and returns the shorter slice, zeroing the elements past its end.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S {
	i := IndexFunc(s, del)
	if i < 0 {
		return s
	}
	for j := i + 1; j < len(s); j++ {
		if v := s[j]; !del(v) {
			s[i] = v
			i++
		}
	}
	clear(s[i:])
	return s[:i]
}

// Replace replaces s[i:j] with v... and returns the result; when it is shorter than s, the
// elements past its end are zeroed. It panics if j > len(s) or s[i:j] is not a valid slice
// of s. v may be part of s.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S {
	_ = s[i:j] // the bounds checks of i and j ...
	if i == j {
		return Insert(s, i, v...)
	}
	tail := s[j:] // ... and j's against len(s)
	total := i + len(v) + len(tail)
	if total > cap(s) {
		grown := append(s[:i], make(S, total-i)...)
		copy(grown[i:], v)
		copy(grown[i+len(v):], tail)
		return grown
	}
	r := s[:total]
	if len(tail) > 0 && overlaps(v, r[i:]) {
		v = Clone(v) // moving the tail would overwrite it
	}
	copy(r[i+len(v):], tail)
	copy(r[i:], v)
	if total < len(s) {
		clear(s[total:])
	}
	return r
}

// Compact replaces each run of equal elements (==) by its first element and returns the
// shorter slice, zeroing the elements past its end.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	// Adjacent elements are compared as they were in s: writes stay behind the reads.
	k := 1
	for i := 1; i < len(s); i++ {
		if s[i] != s[i-1] {
			if k != i {
				s[k] = s[i]
			}
			k++
		}
	}
	clear(s[k:])
	return s[:k]
}

// CompactFunc is Compact with eq deciding equality: eq(s[i], s[i-1]) for each pair of
// adjacent elements of the original s, and a run keeps its first element.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S {
	if len(s) < 2 {
		return s
	}
	k := 1
	prev := s[0]
	for i := 1; i < len(s); i++ {
		cur := s[i]
		if !eq(cur, prev) {
			if k != i {
				s[k] = cur
			}
			k++
		}
		prev = cur
	}
	clear(s[k:])
	return s[:k]
}
