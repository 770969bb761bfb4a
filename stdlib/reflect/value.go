package reflect

import "unsafe"

// Value is the reflection interface to a Go value. The zero Value represents no value.
type Value struct {
	typ *rtype
	// ptr points to the value when flagIndir is set; otherwise (pointer-shaped types held
	// directly in an interface's data word) it is the value.
	ptr unsafe.Pointer
	flag
}

type flag uintptr

const (
	flagIndir    flag = 1 << 0
	flagAddr     flag = 1 << 1 // addressable (reached through a pointer)
	flagStickyRO flag = 1 << 2 // obtained through an unexported non-embedded field
	flagEmbedRO  flag = 1 << 3 // obtained through an unexported embedded field
	flagRO            = flagStickyRO | flagEmbedRO
)

func (f flag) ro() flag {
	if f&flagRO != 0 {
		return flagStickyRO
	}
	return 0
}

// A ValueError occurs when a Value method is invoked on a Value that does not support it.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

func (v Value) mustBe(k Kind, method string) {
	if v.Kind() != k {
		panic(&ValueError{method, v.Kind()})
	}
}

func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
}

func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: " + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: " + method + " using unaddressable value")
	}
}

// ValueOf returns a new Value holding the concrete value stored in i; ValueOf(nil) returns
// the zero Value.
func ValueOf(i any) Value {
	if i == nil {
		return Value{}
	}
	return unpackEface(i)
}

func unpackEface(i any) Value {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	t := e.typ
	if t == nil {
		return Value{}
	}
	var f flag
	if t.flags&tflagDirectIface == 0 {
		f = flagIndir
	}
	return Value{t, e.word, f}
}

// packEface builds an interface holding v's value; values that may change later
// (addressable ones) are copied.
func packEface(v Value) any {
	t := v.typ
	var i any
	e := (*emptyInterface)(unsafe.Pointer(&i))
	switch {
	case t.flags&tflagDirectIface == 0:
		ptr := v.ptr
		if v.flag&flagAddr != 0 {
			c := unsafe_New(t)
			typedmemmove(t, c, ptr)
			ptr = c
		}
		e.word = ptr
	case v.flag&flagIndir != 0:
		e.word = *(*unsafe.Pointer)(v.ptr)
	default:
		e.word = v.ptr
	}
	e.typ = t
	return i
}

// pointer returns the pointer-shaped value v holds (kinds Pointer, Map, Chan, Func,
// UnsafePointer).
func (v Value) pointer() unsafe.Pointer {
	if v.flag&flagIndir != 0 {
		return *(*unsafe.Pointer)(v.ptr)
	}
	return v.ptr
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool { return v.typ != nil }

// Kind returns v's kind, Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// CanAddr reports whether the value's address can be obtained.
func (v Value) CanAddr() bool { return v.flag&flagAddr != 0 }

// CanSet reports whether v is addressable and was not obtained through unexported fields.
func (v Value) CanSet() bool { return v.flag&(flagAddr|flagRO) == flagAddr }

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}.
func (v Value) Interface() any {
	return valueInterface(v, true)
}

func valueInterface(v Value, safe bool) any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if safe && v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	if v.Kind() == Interface {
		return ifaceValue(v)
	}
	return packEface(v)
}

// ifaceValue returns the interface value stored in v, of kind Interface, as an any.
func ifaceValue(v Value) any {
	if v.typ.len == 0 {
		return *(*any)(v.ptr)
	}
	ni := (*nonEmptyInterface)(v.ptr)
	var i any
	if ni.itab == nil {
		return i
	}
	e := (*emptyInterface)(unsafe.Pointer(&i))
	e.word = ni.word
	e.typ = ni.itab.typ
	return i
}

// Bool returns v's underlying value; it panics if v's kind is not Bool.
func (v Value) Bool() bool {
	v.mustBe(Bool, "reflect.Value.Bool")
	return *(*bool)(v.ptr)
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	switch v.Kind() {
	case Int, Int8, Int16, Int32, Int64:
		return true
	}
	return false
}

// Int returns v's underlying value as an int64.
func (v Value) Int() int64 {
	p := v.ptr
	switch v.Kind() {
	case Int:
		return int64(*(*int)(p))
	case Int8:
		return int64(*(*int8)(p))
	case Int16:
		return int64(*(*int16)(p))
	case Int32:
		return int64(*(*int32)(p))
	case Int64:
		return *(*int64)(p)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	switch v.Kind() {
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return true
	}
	return false
}

// Uint returns v's underlying value as a uint64.
func (v Value) Uint() uint64 {
	p := v.ptr
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(p))
	case Uint8:
		return uint64(*(*uint8)(p))
	case Uint16:
		return uint64(*(*uint16)(p))
	case Uint32:
		return uint64(*(*uint32)(p))
	case Uint64:
		return *(*uint64)(p)
	case Uintptr:
		return uint64(*(*uintptr)(p))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

// Float returns v's underlying value as a float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	k := v.Kind()
	return k == Complex64 || k == Complex128
}

// Complex returns v's underlying value as a complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String returns the string v holds, or "<T Value>" for other kinds (it does not panic).
func (v Value) String() string {
	if v.Kind() == String {
		return *(*string)(v.ptr)
	}
	if v.Kind() == Invalid {
		return "<invalid Value>"
	}
	return "<" + v.typ.name + " Value>"
}

type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// Len returns v's length (arrays, slices, strings, maps, pointers to arrays).
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return v.typ.len
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		m := v.pointer()
		if m == nil {
			return 0
		}
		return maplen(m)
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return v.typ.elem.len
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns v's capacity (arrays, slices, pointers to arrays).
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return v.typ.len
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Pointer:
		if v.typ.elem.Kind() == Array {
			return v.typ.elem.len
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// Index returns v's i'th element (arrays, slices, strings).
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(v.ptr, uintptr(i)*et.size), v.flag&(flagIndir|flagAddr) | v.flag.ro()}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		et := v.typ.elem
		return Value{et, unsafe.Add(s.data, uintptr(i)*et.size), flagIndir | flagAddr | v.flag.ro()}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, unsafe.Add(s.data, i), flagIndir | v.flag.ro()}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

// Slice returns v[i:j] for slices and strings.
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if i < 0 || j < i || j > s.cap {
			panic("reflect.Value.Slice: slice index out of bounds")
		}
		p := unsafe_New(v.typ)
		h := (*sliceHeader)(p)
		h.len = j - i
		h.cap = s.cap - i
		if s.cap-i > 0 {
			h.data = unsafe.Add(s.data, uintptr(i)*v.typ.elem.size)
		} else {
			h.data = s.data
		}
		return Value{v.typ, p, flagIndir | v.flag.ro()}
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		p := unsafe_New(v.typ)
		*(*string)(p) = s[i:j]
		return Value{v.typ, p, flagIndir | v.flag.ro()}
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

// NumField returns the number of fields of the struct v.
func (v Value) NumField() int {
	v.mustBe(Struct, "reflect.Value.NumField")
	return v.typ.len
}

// Field returns the i'th field of the struct v.
func (v Value) Field(i int) Value {
	if v.Kind() != Struct {
		panic(&ValueError{"reflect.Value.Field", v.Kind()})
	}
	if uint(i) >= uint(v.typ.len) {
		panic("reflect: Field index out of range")
	}
	f := v.typ.field(i)
	fl := v.flag & (flagStickyRO | flagIndir | flagAddr)
	if !isExported(f.name) {
		if f.flags&structFieldEmbedded != 0 {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	// A struct held directly in an interface word has one pointer field at offset 0.
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
}

// FieldByIndex returns the nested field corresponding to index; it panics when it steps
// through a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem.Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByName returns the struct field with the given name, the zero Value if none.
func (v Value) FieldByName(name string) Value {
	v.mustBe(Struct, "reflect.Value.FieldByName")
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// Elem returns the value that the interface v contains or that the pointer v points to.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Interface:
		x := unpackEface(ifaceValue(v))
		if x.typ != nil {
			x.flag |= v.flag.ro()
		}
		return x
	case Pointer:
		p := v.pointer()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem, p, v.flag.ro() | flagIndir | flagAddr}
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// Indirect returns the value v points to, or v itself when it is not a pointer.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// IsNil reports whether v, a chan, func, interface, map, pointer or slice, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer:
		return v.pointer() == nil
	case Interface, Slice:
		return *(*unsafe.Pointer)(v.ptr) == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// IsZero reports whether v is the zero value of its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Bool:
		return !v.Bool()
	case Int, Int8, Int16, Int32, Int64:
		return v.Int() == 0
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v.Uint() == 0
	case Float32, Float64, Complex64, Complex128:
		// The bits, so that -0.0 is not zero.
		b := unsafe.Slice((*byte)(v.ptr), v.typ.size)
		for _, c := range b {
			if c != 0 {
				return false
			}
		}
		return true
	case Array:
		for i := 0; i < v.typ.len; i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Chan, Func, Interface, Map, Pointer, Slice, UnsafePointer:
		return v.IsNil()
	case String:
		return v.Len() == 0
	case Struct:
		for i := 0; i < v.typ.len; i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	}
	panic(&ValueError{"reflect.Value.IsZero", v.Kind()})
}

// Pointer returns v's value as a uintptr (pointers, maps, chans, funcs, slices,
// unsafe.Pointers); for a func it is the code pointer.
func (v Value) Pointer() uintptr {
	return uintptr(v.pointerOf("reflect.Value.Pointer"))
}

// UnsafePointer returns v's value as an unsafe.Pointer, as Pointer does.
func (v Value) UnsafePointer() unsafe.Pointer {
	return v.pointerOf("reflect.Value.UnsafePointer")
}

func (v Value) pointerOf(method string) unsafe.Pointer {
	switch v.Kind() {
	case Pointer, Chan, Map, UnsafePointer:
		return v.pointer()
	case Func:
		p := v.pointer()
		if p == nil {
			return nil
		}
		return *(*unsafe.Pointer)(p)
	case Slice:
		return (*sliceHeader)(v.ptr).data
	}
	panic(&ValueError{method, v.Kind()})
}

// Bytes returns the bytes of a []byte or of an addressable byte array.
func (v Value) Bytes() []byte {
	switch v.Kind() {
	case Slice:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte slice")
		}
		return *(*[]byte)(v.ptr)
	case Array:
		if v.typ.elem.Kind() != Uint8 {
			panic("reflect.Value.Bytes of non-byte array")
		}
		if !v.CanAddr() {
			panic("reflect.Value.Bytes of unaddressable byte array")
		}
		return unsafe.Slice((*byte)(v.ptr), v.typ.len)
	}
	panic(&ValueError{"reflect.Value.Bytes", v.Kind()})
}

// NumMethod returns the number of exported methods in v's method set.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Zero returns a Value holding the zero value of typ.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, unsafe_New(t), flagIndir}
}
