// Package shapes declares types whose methods main reaches through embedding, method
// expressions and interfaces: the wrappers of promoted methods are built here.
package shapes

type Sq struct{ S int }

func (q Sq) Area() int   { return q.S * q.S }
func (q *Sq) Grow(k int) { q.S += k }
func (q Sq) secret() int { return -q.S }

// Box's method set holds Sq's methods, promoted.
type Box struct {
	Sq
	Label string
}

// PBox embeds a pointer: its value method set holds Grow too.
type PBox struct{ *Sq }

type Areaer interface{ Area() int }

type hidden interface{ secret() int }

// Secret calls the unexported method through an interface of this package.
func Secret(v any) (int, bool) {
	h, ok := v.(hidden)
	if !ok {
		return 0, false
	}
	return h.secret(), true
}
