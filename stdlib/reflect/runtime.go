package reflect

import "unsafe"

// The runtime entries reflect calls (runtime/abi/abi.h).

//go:linkname unsafe_New runtime.newobject
func unsafe_New(t *rtype) unsafe.Pointer

//go:linkname typedmemmove runtime.typedmemmove
func typedmemmove(t *rtype, dst, src unsafe.Pointer)

//go:linkname mapaccess2 runtime.mapaccess2
func mapaccess2(t *rtype, m, key unsafe.Pointer) (uintptr, uintptr)

//go:linkname mapiterinit runtime.mapiterinit
func mapiterinit(t *rtype, m unsafe.Pointer, it *hiter)

//go:linkname mapiternext runtime.mapiternext
func mapiternext(it *hiter)

//go:linkname maplen runtime.maplen
func maplen(m unsafe.Pointer) int

//go:linkname typedequal runtime.typedequal
func typedequal(t *rtype, p, q unsafe.Pointer) bool

// hiter is the runtime's map iterator (runtime/map.h's MapIter, abi::kMapIterSize bytes):
// the current key's and element's addresses, then the runtime's own state, whose pointers
// are declared as pointers so that the collector keeps the tables being walked alive.
type hiter struct {
	key   unsafe.Pointer
	elem  unsafe.Pointer
	m     unsafe.Pointer
	ctrl  unsafe.Pointer
	slots unsafe.Pointer
	_     [5]uint64
}

//go:linkname makeslice runtime.makeslice
func makeslice(elem *rtype, len, cap int) unsafe.Pointer

//go:linkname growslice runtime.growslice
func growslice(elem *rtype, old unsafe.Pointer, oldlen, oldcap, newlen int) (uintptr, uintptr)

//go:linkname makemap runtime.makemap
func makemap(t *rtype, hint int) unsafe.Pointer

//go:linkname mapassign runtime.mapassign
func mapassign(t *rtype, m, key unsafe.Pointer) unsafe.Pointer

//go:linkname mapdelete runtime.mapdelete
func mapdelete(t *rtype, m, key unsafe.Pointer)

//go:linkname mapclear runtime.mapclear
func mapclear(t *rtype, m unsafe.Pointer)
