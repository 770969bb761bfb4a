package reflect

import "unsafe"

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	switch v.Kind() {
	case Uint, Uintptr, Uint8, Uint16, Uint32, Uint64:
		bitSize := v.typ.size * 8
		trunc := (x << (64 - bitSize)) >> (64 - bitSize)
		return x != trunc
	}
	panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// OverflowComplex reports whether the complex128 x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	const maxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
	return maxFloat32 < x && x <= 1.7976931348623157e308
}

// FieldByIndexErr returns the nested field corresponding to index; unlike FieldByIndex it
// returns an error instead of panicking when it steps through a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe(Struct, "reflect.Value.FieldByIndexErr")
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				return Value{}, &errorString{"reflect: indirection through nil pointer to embedded struct field " + v.typ.elem.Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// SetIterKey assigns to v the key of iter's current map entry (v.Set(iter.Key())).
func (v Value) SetIterKey(iter *MapIter) {
	if !iter.started {
		panic("reflect: Value.SetIterKey called before Next")
	}
	if iter.it.key == nil {
		panic("reflect: Value.SetIterKey called on exhausted iterator")
	}
	v.Set(iter.Key())
}

// SetIterValue assigns to v the value of iter's current map entry (v.Set(iter.Value())).
func (v Value) SetIterValue(iter *MapIter) {
	if !iter.started {
		panic("reflect: Value.SetIterValue called before Next")
	}
	if iter.it.key == nil {
		panic("reflect: Value.SetIterValue called on exhausted iterator")
	}
	v.Set(iter.Value())
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("reflect.Value.SetPointer")
	v.mustBe(UnsafePointer, "reflect.Value.SetPointer")
	*(*unsafe.Pointer)(v.ptr) = x
}

// UnsafeAddr returns a pointer to v's data, as a uintptr; v must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// VisibleFields returns all the visible fields in t, which must be a struct type: the
// fields of t and those promoted from embedded structs that no shallower field hides,
// in the order of a depth-first walk (each embedded struct's own field comes before the
// fields it promotes). Index is each field's path for Value.FieldByIndex.
func VisibleFields(t Type) []StructField {
	if t == nil {
		panic("reflect: VisibleFields(nil)")
	}
	if t.Kind() != Struct {
		panic("reflect.VisibleFields of non-struct type")
	}
	w := &visibleFieldsWalker{
		byName:   make(map[string]int),
		visiting: make(map[*rtype]bool),
		fields:   make([]StructField, 0, t.NumField()),
		index:    make([]int, 0, 2),
	}
	w.walk(t.common())
	// Drop the fields hidden by shallower ones (marked with a negative index length).
	j := 0
	for i := range w.fields {
		f := &w.fields[i]
		if f.Name == "" {
			continue
		}
		if i != j {
			w.fields[j] = *f
		}
		j++
	}
	return w.fields[:j]
}

type visibleFieldsWalker struct {
	byName   map[string]int
	visiting map[*rtype]bool
	fields   []StructField
	index    []int
}

func (w *visibleFieldsWalker) walk(t *rtype) {
	if w.visiting[t] {
		return
	}
	w.visiting[t] = true
	for i := 0; i < t.len; i++ {
		f := t.Field(i)
		w.index = append(w.index, i)
		add := true
		if oldIndex, ok := w.byName[f.Name]; ok {
			old := &w.fields[oldIndex]
			if len(w.index) == len(old.Index) {
				// Two fields at the same depth: both hidden.
				old.Name = ""
				add = false
			} else if len(w.index) < len(old.Index) {
				// The new field is shallower and hides the old one.
				old.Name = ""
			} else {
				// The old field hides the new one.
				add = false
			}
		}
		if add {
			f.Index = append([]int(nil), w.index...)
			w.byName[f.Name] = len(w.fields)
			w.fields = append(w.fields, f)
		}
		if f.Anonymous {
			ft := f.Type.common()
			if ft.Kind() == Pointer {
				ft = ft.elem
			}
			if ft.Kind() == Struct {
				w.walk(ft)
			}
		}
		w.index = w.index[:len(w.index)-1]
	}
	delete(w.visiting, t)
}

// errorString is errors.New's error (reflect cannot import errors, which imports reflect).
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }
