package reflect

import (
	"internal/itoa"
	"unsafe"
)

// ConvertibleTo reports whether a value of the type is convertible to type u (see
// Value.Convert for the conversions this subset knows).
func (t *rtype) ConvertibleTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.ConvertibleTo")
	}
	return convertOp(u.common(), t) != nil
}

// CanConvert reports whether the value v can be converted to type t; unlike ConvertibleTo
// it says false where Convert would panic (a slice too short for an array).
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	switch {
	case vt.Kind() == Slice && t.Kind() == Array:
		return t.Len() <= v.Len()
	case vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array:
		return v.IsNil() || t.Elem().Len() <= v.Len()
	}
	return true
}

// Convert returns the value v converted to type t, as a Go conversion would; it panics if
// the conversion is not allowed. Known conversions: between numeric kinds, integers and
// byte or rune slices to strings and back, slices to arrays and array pointers, between types
// with the same underlying type (as far as the descriptors tell: not for func and chan
// types), and to interface types the value implements.
func (v Value) Convert(t Type) Value {
	op := convertOp(t.common(), v.Type().common())
	if op == nil {
		panic("reflect.Value.Convert: value of type " + v.typ.name + " cannot be converted to type " + t.String())
	}
	return op(v, t.common())
}

type convertFunc func(Value, *rtype) Value

// convertOp returns the function converting a src value to dst, nil if there is none.
func convertOp(dst, src *rtype) convertFunc {
	switch src.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtInt
		case Float32, Float64:
			return cvtIntFloat
		case String:
			return cvtIntString
		}
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtUint
		case Float32, Float64:
			return cvtUintFloat
		case String:
			return cvtUintString
		}
	case Float32, Float64:
		switch dst.Kind() {
		case Int, Int8, Int16, Int32, Int64:
			return cvtFloatInt
		case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
			return cvtFloatUint
		case Float32, Float64:
			return cvtFloat
		}
	case Complex64, Complex128:
		switch dst.Kind() {
		case Complex64, Complex128:
			return cvtComplex
		}
	case String:
		if dst.Kind() == Slice && dst.elem.PkgPath() == "" {
			switch dst.elem.Kind() {
			case Uint8:
				return cvtStringBytes
			case Int32:
				return cvtStringRunes
			}
		}
	case Slice:
		if dst.Kind() == String && src.elem.PkgPath() == "" {
			switch src.elem.Kind() {
			case Uint8:
				return cvtBytesString
			case Int32:
				return cvtRunesString
			}
		}
		if dst.Kind() == Pointer && dst.elem.Kind() == Array && src.elem == dst.elem.elem {
			return cvtSliceArrayPtr
		}
		if dst.Kind() == Array && src.elem == dst.elem {
			return cvtSliceArray
		}
	}
	if haveIdenticalUnderlyingType(dst, src) {
		return cvtDirect
	}
	// Unnamed pointer types to identical underlying types.
	if dst.Kind() == Pointer && !dst.isNamed() && src.Kind() == Pointer && !src.isNamed() &&
		haveIdenticalUnderlyingType(dst.elem, src.elem) {
		return cvtDirect
	}
	if dst.Kind() == Interface && implements(dst, src) {
		if src.Kind() == Interface {
			return cvtI2I
		}
		return cvtT2I
	}
	return nil
}

// haveIdenticalUnderlyingType reports whether T and V have identical underlying types, as
// far as the descriptors tell.
func haveIdenticalUnderlyingType(T, V *rtype) bool {
	if T == V {
		return true
	}
	if T.Kind() != V.Kind() {
		return false
	}
	if T.Kind() == Interface {
		tm, vm := T.imethods(), V.imethods()
		if len(tm) != len(vm) {
			return false
		}
		for i := range tm {
			if tm[i].name != vm[i].name || tm[i].typ != vm[i].typ {
				return false
			}
		}
		return true
	}
	return sameStructure(T, V)
}

// makeInt returns a Value of type t holding bits, truncated to t's size.
func makeInt(f flag, bits uint64, t *rtype) Value {
	p := unsafe_New(t)
	switch t.size {
	case 1:
		*(*uint8)(p) = uint8(bits)
	case 2:
		*(*uint16)(p) = uint16(bits)
	case 4:
		*(*uint32)(p) = uint32(bits)
	case 8:
		*(*uint64)(p) = bits
	}
	return Value{t, p, f | flagIndir}
}

// makeFloat returns a Value of type t holding v, rounded to float32 if t is.
func makeFloat(f flag, v float64, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 4 {
		*(*float32)(p) = float32(v)
	} else {
		*(*float64)(p) = v
	}
	return Value{t, p, f | flagIndir}
}

func makeComplex(f flag, v complex128, t *rtype) Value {
	p := unsafe_New(t)
	if t.size == 8 {
		*(*complex64)(p) = complex64(v)
	} else {
		*(*complex128)(p) = v
	}
	return Value{t, p, f | flagIndir}
}

func makeString(f flag, v string, t *rtype) Value {
	p := unsafe_New(t)
	*(*string)(p) = v
	return Value{t, p, f | flagIndir}
}

func makeBytes(f flag, v []byte, t *rtype) Value {
	p := unsafe_New(t)
	*(*[]byte)(p) = v
	return Value{t, p, f | flagIndir}
}

func makeRunes(f flag, v []rune, t *rtype) Value {
	p := unsafe_New(t)
	*(*[]rune)(p) = v
	return Value{t, p, f | flagIndir}
}

func cvtInt(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), uint64(v.Int()), t)
}

func cvtUint(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), v.Uint(), t)
}

func cvtFloatInt(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), uint64(int64(v.Float())), t)
}

func cvtFloatUint(v Value, t *rtype) Value {
	return makeInt(v.flag.ro(), uint64(v.Float()), t)
}

func cvtIntFloat(v Value, t *rtype) Value {
	return makeFloat(v.flag.ro(), float64(v.Int()), t)
}

func cvtUintFloat(v Value, t *rtype) Value {
	return makeFloat(v.flag.ro(), float64(v.Uint()), t)
}

func cvtFloat(v Value, t *rtype) Value {
	if v.Kind() == Float32 && t.Kind() == Float32 {
		// Keep the float32 bits exactly (a signalling NaN stays one).
		p := unsafe_New(t)
		*(*float32)(p) = *(*float32)(v.ptr)
		return Value{t, p, v.flag.ro() | flagIndir}
	}
	return makeFloat(v.flag.ro(), v.Float(), t)
}

func cvtComplex(v Value, t *rtype) Value {
	return makeComplex(v.flag.ro(), v.Complex(), t)
}

func cvtIntString(v Value, t *rtype) Value {
	s := "\uFFFD"
	if x := v.Int(); int64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeString(v.flag.ro(), s, t)
}

func cvtUintString(v Value, t *rtype) Value {
	s := "\uFFFD"
	if x := v.Uint(); uint64(rune(x)) == x {
		s = string(rune(x))
	}
	return makeString(v.flag.ro(), s, t)
}

func cvtBytesString(v Value, t *rtype) Value {
	return makeString(v.flag.ro(), string(*(*[]byte)(v.ptr)), t)
}

func cvtStringBytes(v Value, t *rtype) Value {
	return makeBytes(v.flag.ro(), []byte(*(*string)(v.ptr)), t)
}

func cvtRunesString(v Value, t *rtype) Value {
	return makeString(v.flag.ro(), string(*(*[]rune)(v.ptr)), t)
}

func cvtStringRunes(v Value, t *rtype) Value {
	return makeRunes(v.flag.ro(), []rune(*(*string)(v.ptr)), t)
}

func cvtSliceArrayPtr(v Value, t *rtype) Value {
	n := t.elem.len
	s := (*sliceHeader)(v.ptr)
	if n > s.len {
		panic("reflect: cannot convert slice with length " + itoa.Itoa(s.len) + " to pointer to array with length " + itoa.Itoa(n))
	}
	p := unsafe_New(t)
	*(*unsafe.Pointer)(p) = s.data
	return Value{t, p, v.flag.ro() | flagIndir}
}

func cvtSliceArray(v Value, t *rtype) Value {
	n := t.len
	s := (*sliceHeader)(v.ptr)
	if n > s.len {
		panic("reflect: cannot convert slice with length " + itoa.Itoa(s.len) + " to array with length " + itoa.Itoa(n))
	}
	p := unsafe_New(t)
	typedmemmove(t, p, s.data)
	return Value{t, p, v.flag.ro() | flagIndir}
}

// cvtDirect reinterprets v as type t (identical underlying types).
func cvtDirect(v Value, t *rtype) Value {
	f := v.flag
	ptr := v.ptr
	if f&flagAddr != 0 {
		// The result must not alias v's variable.
		c := unsafe_New(t)
		typedmemmove(t, c, ptr)
		ptr = c
		f &^= flagAddr
	}
	return Value{t, ptr, v.flag.ro() | f&flagIndir}
}

func cvtT2I(v Value, t *rtype) Value {
	x := valueInterface(v, false)
	target := unsafe_New(t)
	if t.len == 0 {
		*(*any)(target) = x
	} else {
		e := (*emptyInterface)(unsafe.Pointer(&x))
		ni := (*nonEmptyInterface)(target)
		ni.itab = (*itab)(getitab(t, e.typ))
		ni.word = e.word
	}
	return Value{t, target, v.flag.ro() | flagIndir}
}

func cvtI2I(v Value, t *rtype) Value {
	if v.IsNil() {
		ret := Zero(t)
		ret.flag |= v.flag.ro()
		return ret
	}
	return cvtT2I(v.Elem(), t)
}
