package reflect

import "unsafe"

// MakeSlice creates a new zero-initialized slice value of the given slice type, length
// and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	p := unsafe_New(t)
	h := (*sliceHeader)(p)
	h.data = makeslice(t.elem, len, cap)
	h.len = len
	h.cap = cap
	return Value{t, p, flagIndir}
}

// MakeMap creates a new map with the specified type.
func MakeMap(typ Type) Value {
	return MakeMapWithSize(typ, 0)
}

// MakeMapWithSize creates a new map with the specified type and initial space for
// approximately n elements.
func MakeMapWithSize(typ Type, n int) Value {
	if typ.Kind() != Map {
		panic("reflect.MakeMapWithSize of non-map type")
	}
	t := typ.common()
	return Value{t, makemap(t, n), 0}
}

// keyPointer returns the address of the value key holds (assigned to type t).
func (v Value) valuePointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return v.ptr
	}
	p := unsafe_New(v.typ)
	*(*unsafe.Pointer)(p) = v.ptr
	return p
}

// SetMapIndex sets the element associated with key in the map v to elem; the zero Value
// as elem deletes the key.
func (v Value) SetMapIndex(key, elem Value) {
	v.mustBe(Map, "reflect.Value.SetMapIndex")
	v.mustBeExported("reflect.Value.SetMapIndex")
	key.mustBeExported("reflect.Value.SetMapIndex")
	mt := v.mapType()
	key = key.assignTo("reflect.Value.SetMapIndex", mt.key)
	k := key.valuePointer()
	if !elem.IsValid() {
		mapdelete(v.typ, v.pointer(), k)
		return
	}
	elem.mustBeExported("reflect.Value.SetMapIndex")
	elem = elem.assignTo("reflect.Value.SetMapIndex", mt.elem)
	m := v.pointer()
	if m == nil {
		panic("assignment to entry in nil map")
	}
	e := elem.valuePointer()
	slot := mapassign(v.typ, m, k)
	typedmemmove(mt.elem, slot, e)
}

// grow makes room for n more elements in the slice that v (addressable or not) holds,
// returning the slice header it writes.
func (v Value) extend(n int) Value {
	s := (*sliceHeader)(v.ptr)
	et := v.typ.elem
	newlen := s.len + n
	if newlen < 0 {
		panic("reflect.Append: slice overflow")
	}
	p := unsafe_New(v.typ)
	h := (*sliceHeader)(p)
	if newlen > s.cap {
		data, c := growslice(et, s.data, s.len, s.cap, newlen)
		h.data = unsafe.Pointer(data)
		h.cap = int(c)
	} else {
		h.data = s.data
		h.cap = s.cap
	}
	h.len = newlen
	return Value{v.typ, p, flagIndir}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBe(Slice, "reflect.Append")
	n := s.Len()
	s = s.extend(len(x))
	for i, v := range x {
		s.Index(n + i).Set(v)
	}
	return s
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBe(Slice, "reflect.AppendSlice")
	t.mustBe(Slice, "reflect.AppendSlice")
	if s.typ.elem != t.typ.elem {
		panic("reflect.AppendSlice: " + s.typ.elem.name + " != " + t.typ.elem.name)
	}
	ns := s.Len()
	nt := t.Len()
	s = s.extend(nt)
	Copy(s.Slice(ns, ns+nt), t)
	return s
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements. It panics if v is not an addressable slice or n is negative.
func (v Value) Grow(n int) {
	v.mustBeAssignable("reflect.Value.Grow")
	v.mustBe(Slice, "reflect.Value.Grow")
	if n < 0 {
		panic("reflect.Value.Grow: negative len")
	}
	s := (*sliceHeader)(v.ptr)
	if s.len+n < 0 {
		panic("reflect.Value.Grow: slice overflow")
	}
	if s.len+n > s.cap {
		data, c := growslice(v.typ.elem, s.data, s.len, s.cap, s.len+n)
		s.data = unsafe.Pointer(data)
		s.cap = int(c)
	}
}

// SetLen sets v's length to n; v must be a settable slice and n at most its capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("reflect.Value.SetLen")
	v.mustBe(Slice, "reflect.Value.SetLen")
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

// SetCap sets v's capacity to n; v must be a settable slice and n between its length and
// capacity.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("reflect.Value.SetCap")
	v.mustBe(Slice, "reflect.Value.SetCap")
	s := (*sliceHeader)(v.ptr)
	if n < s.len || n > s.cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.cap = n
}

// SetZero sets v to be the zero value of v's type.
func (v Value) SetZero() {
	v.mustBeAssignable("reflect.Value.SetZero")
	typedmemmove(v.typ, v.ptr, unsafe_New(v.typ))
}

// Comparable reports whether the value v is comparable: its type is, and an interface in
// it holds a comparable dynamic value.
func (v Value) Comparable() bool {
	switch v.Kind() {
	case Invalid:
		return false
	case Array:
		switch v.typ.elem.Kind() {
		case Interface, Array, Struct:
			for i := 0; i < v.Len(); i++ {
				if !v.Index(i).Comparable() {
					return false
				}
			}
			return true
		}
		return v.typ.Comparable()
	case Interface:
		return v.IsNil() || v.Elem().Comparable()
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).Comparable() {
				return false
			}
		}
		return true
	}
	return v.typ.Comparable()
}

// Equal reports true if v is equal to u, as == would for values of the same type; it
// panics where == would (uncomparable types).
func (v Value) Equal(u Value) bool {
	if v.Kind() == Interface {
		v = v.Elem()
	}
	if u.Kind() == Interface {
		u = u.Elem()
	}
	if !v.IsValid() || !u.IsValid() {
		return v.IsValid() == u.IsValid()
	}
	if v.Kind() != u.Kind() || v.typ != u.typ {
		return false
	}
	if v.typ.equal == nil {
		panic("reflect.Value.Equal: values of type " + v.typ.name + " are not comparable")
	}
	return typedequal(v.typ, v.valuePointer(), u.valuePointer())
}

// Clear clears the contents of a map or zeros the contents of a slice, as the clear
// builtin does; it panics if v's kind is neither.
func (v Value) Clear() {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		et := v.typ.elem
		zero := unsafe_New(et)
		for i := 0; i < s.len; i++ {
			typedmemmove(et, unsafe.Add(s.data, uintptr(i)*et.size), zero)
		}
	case Map:
		if m := v.pointer(); m != nil {
			mapclear(v.typ, m)
		}
	default:
		panic(&ValueError{"reflect.Value.Clear", v.Kind()})
	}
}
