package reflect

import "unsafe"

// Swapper returns a function that swaps the elements i and j of the provided slice; it
// panics if slice is not a slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	s := (*sliceHeader)(v.ptr)
	n := s.len
	switch n {
	case 0:
		return func(i, j int) { panic("reflect: slice index out of range") }
	case 1:
		return func(i, j int) {
			if i != 0 || j != 0 {
				panic("reflect: slice index out of range")
			}
		}
	}
	et := v.typ.elem
	size := et.size
	data := s.data
	if et.ptrdata == 0 {
		switch size {
		case 8:
			ps := unsafe.Slice((*uint64)(data), n)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		case 4:
			ps := unsafe.Slice((*uint32)(data), n)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		case 2:
			ps := unsafe.Slice((*uint16)(data), n)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		case 1:
			ps := unsafe.Slice((*uint8)(data), n)
			return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
		}
	} else if size == 8 && et.ptrdata == 8 {
		ps := unsafe.Slice((*unsafe.Pointer)(data), n)
		return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
	} else if et.Kind() == String {
		ps := unsafe.Slice((*string)(data), n)
		return func(i, j int) { ps[i], ps[j] = ps[j], ps[i] }
	}
	tmp := unsafe_New(et)
	return func(i, j int) {
		if uint(i) >= uint(n) || uint(j) >= uint(n) {
			panic("reflect: slice index out of range")
		}
		pi := unsafe.Add(data, uintptr(i)*size)
		pj := unsafe.Add(data, uintptr(j)*size)
		typedmemmove(et, tmp, pi)
		typedmemmove(et, pi, pj)
		typedmemmove(et, pj, tmp)
	}
}
