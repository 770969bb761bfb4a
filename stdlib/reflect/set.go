package reflect

import "unsafe"

// assignTo returns v converted for storing into a variable of type dst: v itself, or v
// wrapped in an interface value when dst is an interface type.
func (v Value) assignTo(context string, dst *rtype) Value {
	if v.flag&flagRO != 0 {
		panic(context + ": value obtained from unexported field cannot be used")
	}
	switch {
	case directlyAssignable(dst, v.typ):
		fl := v.flag&(flagAddr|flagIndir) | v.flag.ro()
		return Value{dst, v.ptr, fl}
	case dst.Kind() == Interface && implements(dst, v.typ):
		x := valueInterface(v, false)
		target := unsafe_New(dst)
		if dst.len == 0 {
			*(*any)(target) = x
		} else {
			e := (*emptyInterface)(unsafe.Pointer(&x))
			var tab unsafe.Pointer
			if e.typ != nil {
				tab = getitab(dst, e.typ)
			}
			ni := (*nonEmptyInterface)(target)
			ni.itab = (*itab)(tab)
			ni.word = e.word
		}
		return Value{dst, target, flagIndir}
	}
	panic(context + ": value of type " + v.typ.name + " is not assignable to type " + dst.name)
}

//go:linkname getitab runtime.getitab
func getitab(inter, typ *rtype) unsafe.Pointer

// Set assigns x to the value v.
func (v Value) Set(x Value) {
	v.mustBeAssignable("reflect.Value.Set")
	x.mustBeExported("reflect.Value.Set")
	x = x.assignTo("reflect.Set", v.typ)
	if x.flag&flagIndir != 0 {
		typedmemmove(v.typ, v.ptr, x.ptr)
	} else {
		*(*unsafe.Pointer)(v.ptr) = x.ptr
	}
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("reflect.Value.SetBool")
	v.mustBe(Bool, "reflect.Value.SetBool")
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value to x.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("reflect.Value.SetInt")
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

// SetUint sets v's underlying value to x.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("reflect.Value.SetUint")
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

// SetFloat sets v's underlying value to x.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("reflect.Value.SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

// SetComplex sets v's underlying value to x.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("reflect.Value.SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

// SetString sets v's underlying value to x.
func (v Value) SetString(x string) {
	v.mustBeAssignable("reflect.Value.SetString")
	v.mustBe(String, "reflect.Value.SetString")
	*(*string)(v.ptr) = x
}

// SetBytes sets v's underlying value, a byte slice, to x.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("reflect.Value.SetBytes")
	v.mustBe(Slice, "reflect.Value.SetBytes")
	if v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// Copy copies the contents of src into dst until either is exhausted and returns the number
// of elements copied; dst is a slice or an addressable array, src a slice, array or string
// (for a byte destination).
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array {
		dst.mustBeAssignable("reflect.Copy")
	}
	dst.mustBeExported("reflect.Copy")
	sk := src.Kind()
	if sk != Array && sk != Slice && !(sk == String && dst.typ.elem.Kind() == Uint8) {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported("reflect.Copy")
	et := dst.typ.elem
	if sk != String && et != src.typ.elem {
		panic("reflect.Copy: " + et.name + " != " + src.typ.elem.name)
	}
	n := dst.Len()
	if m := src.Len(); m < n {
		n = m
	}
	dp := dst.ptr
	if dk == Slice {
		dp = (*sliceHeader)(dst.ptr).data
	}
	sp := src.ptr
	if sk == Array && src.flag&flagIndir == 0 {
		sp = unsafe.Pointer(&src.ptr)
	}
	if sk == Slice || sk == String {
		sp = (*sliceHeader)(src.ptr).data
	}
	if n == 0 || dp == sp {
		return n
	}
	// Overlapping slices copy backwards when the destination lies after the source.
	if uintptr(dp) > uintptr(sp) {
		for i := n - 1; i >= 0; i-- {
			typedmemmove(et, unsafe.Add(dp, uintptr(i)*et.size), unsafe.Add(sp, uintptr(i)*et.size))
		}
	} else {
		for i := 0; i < n; i++ {
			typedmemmove(et, unsafe.Add(dp, uintptr(i)*et.size), unsafe.Add(sp, uintptr(i)*et.size))
		}
	}
	return n
}
