package strings

import (
	"io"
)

// Replacer replaces a list of strings with replacements. It is safe for concurrent use by
// multiple goroutines.
type Replacer struct {
	oldnew []string
	// byFirst lists, for each first byte, the indexes (in argument order) of the pairs whose
	// old string starts with it; empty old strings are in empties.
	byFirst [256][]int
	empties []int
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. Replacements are
// performed in the order they appear in the target string, without overlapping matches.
// The old string comparisons are done in argument order. NewReplacer panics if given an odd
// number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	r := &Replacer{oldnew: append([]string(nil), oldnew...)}
	for i := 0; i < len(oldnew); i += 2 {
		if oldnew[i] == "" {
			r.empties = append(r.empties, i)
		} else {
			c := oldnew[i][0]
			r.byFirst[c] = append(r.byFirst[c], i)
		}
	}
	return r
}

// match returns the pair that replaces at the start of s: the first in argument order whose
// old string is a prefix of s, an empty old string not counting right after an empty match.
func (r *Replacer) match(s string, skipEmpty bool) (old, new string, ok bool) {
	best := -1
	if len(s) > 0 {
		for _, i := range r.byFirst[s[0]] {
			if HasPrefix(s, r.oldnew[i]) {
				best = i
				break
			}
		}
	}
	if !skipEmpty && len(r.empties) > 0 && (best < 0 || r.empties[0] < best) {
		best = r.empties[0]
	}
	if best < 0 {
		return "", "", false
	}
	return r.oldnew[best], r.oldnew[best+1], true
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	r.replace(&b, s)
	return b.String()
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	var b Builder
	r.replace(&b, s)
	return io.WriteString(w, b.String())
}

func (r *Replacer) replace(b *Builder, s string) {
	last := 0
	prevEmpty := false
	for i := 0; i <= len(s); {
		old, new, ok := r.match(s[i:], prevEmpty)
		prevEmpty = ok && old == ""
		if ok {
			b.WriteString(s[last:i])
			b.WriteString(new)
			i += len(old)
			last = i
			continue
		}
		i++
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
}
