// Package reflect implements run-time reflection over the type descriptors that the ergo
// compiler emits (runtime/abi/abi.h). It is a subset of Go's reflect, enough for fmt, sort,
// errors.As and DeepEqual:
//
//   - Type: Kind, String, Name, PkgPath (exact for named types with methods, the package's
//     name otherwise), Size, Align, FieldAlign, Bits, Comparable, Elem, Key, Len, NumField,
//     Field, FieldByIndex, FieldByName, NumMethod, Implements, AssignableTo (identical
//     types, interfaces, and unnamed composite types with the same structure),
//     ConvertibleTo;
//   - Value: Kind, Type, IsValid, IsNil, IsZero, Bool, Int, Uint, Float, Complex, String,
//     Len, Cap, Index, Slice (slices and strings), Field, FieldByIndex, FieldByName,
//     NumField, Elem, NumMethod, MapKeys, MapIndex, MapRange, SetMapIndex, Interface,
//     CanInterface, CanAddr, CanSet, Pointer, UnsafePointer, Bytes, CanInt, CanUint,
//     CanFloat, CanComplex, Comparable, Equal, Convert, CanConvert, Overflow*,
//     FieldByIndexErr, UnsafeAddr, Set, SetBool, SetInt, SetUint, SetFloat, SetComplex,
//     SetString, SetBytes, SetPointer, SetLen, SetCap, SetZero, SetIterKey, SetIterValue,
//     Grow, Clear;
//   - TypeOf, ValueOf, Zero, Indirect, MakeSlice, MakeMap, MakeMapWithSize, Append,
//     AppendSlice, Copy, DeepEqual, Swapper, VisibleFields, StructTag.Get and Lookup.
//
// Not provided, because the descriptors do not describe them yet: struct tags
// (StructField.Tag is always empty, though StructTag parses tags given to it), the package path of unexported fields of unnamed
// structs (StructField.PkgPath names the struct's package, "main" when unknown), function
// parameter and result types, channel directions and operations, methods as values
// (Method, MethodByName, Call), types made at run time (PointerTo, SliceOf, MapOf, New,
// Value.Addr), and conversions between func or chan types with the same underlying type.
// TypeFor waits for the compiler to instantiate imported generic functions.
package reflect

import (
	"internal/itoa"
	"unicode"
	"unsafe"
)

// A Kind represents the specific kind of type that a Type represents.
type Kind uint

const (
	Invalid Kind = iota
	Bool
	Int
	Int8
	Int16
	Int32
	Int64
	Uint
	Uint8
	Uint16
	Uint32
	Uint64
	Uintptr
	Float32
	Float64
	Complex64
	Complex128
	Array
	Chan
	Func
	Interface
	Map
	Pointer
	Slice
	String
	Struct
	UnsafePointer
)

// Ptr is the old name for the Pointer kind.
const Ptr = Pointer

var kindNames = []string{
	Invalid:       "invalid",
	Bool:          "bool",
	Int:           "int",
	Int8:          "int8",
	Int16:         "int16",
	Int32:         "int32",
	Int64:         "int64",
	Uint:          "uint",
	Uint8:         "uint8",
	Uint16:        "uint16",
	Uint32:        "uint32",
	Uint64:        "uint64",
	Uintptr:       "uintptr",
	Float32:       "float32",
	Float64:       "float64",
	Complex64:     "complex64",
	Complex128:    "complex128",
	Array:         "array",
	Chan:          "chan",
	Func:          "func",
	Interface:     "interface",
	Map:           "map",
	Pointer:       "ptr",
	Slice:         "slice",
	String:        "string",
	Struct:        "struct",
	UnsafePointer: "unsafe.Pointer",
}

// String returns the name of k.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind" + itoa.Itoa(int(k))
}

// Type is the representation of a Go type (the subset described in the package comment).
// Two Type values are equal exactly when they represent identical types.
type Type interface {
	Align() int
	FieldAlign() int
	NumMethod() int
	Name() string
	PkgPath() string
	Size() uintptr
	String() string
	Kind() Kind
	Implements(u Type) bool
	AssignableTo(u Type) bool
	ConvertibleTo(u Type) bool
	Comparable() bool
	Bits() int
	Elem() Type
	Field(i int) StructField
	FieldByIndex(index []int) StructField
	FieldByName(name string) (StructField, bool)
	Key() Type
	Len() int
	NumField() int
	common() *rtype
}

// rtype mirrors abi::TypeDescriptor field for field.
type rtype struct {
	size     uintptr
	ptrdata  uintptr
	hash     uint32
	align    uint8
	kind     uint8
	flags    uint16
	name     string
	elem     *rtype
	len      int
	gcbits   uint64
	equal    unsafe.Pointer
	hasher   unsafe.Pointer
	fields   unsafe.Pointer
	uncommon *uncommonType
}

// Descriptor flags (abi::kTypeFlag*).
const (
	tflagRegularMemory = 1 << 0
	tflagDirectIface   = 1 << 1
)

// structField mirrors abi::StructField.
type structField struct {
	name   string
	typ    *rtype
	offset uintptr
	flags  uint64
}

const structFieldEmbedded = 1

// method mirrors abi::Method.
type method struct {
	name string
	typ  *rtype
	ifn  unsafe.Pointer
	tfn  unsafe.Pointer
}

// uncommonType mirrors abi::UncommonType.
type uncommonType struct {
	pkgpath string
	methods unsafe.Pointer
	mcount  int
	xcount  int
}

// imethod mirrors abi::IMethod.
type imethod struct {
	name string
	typ  *rtype
}

// mapType mirrors abi::MapType.
type mapType struct {
	rtype
	key        *rtype
	elem       *rtype
	slot       *rtype
	elemOffset uintptr
}

// emptyInterface is the layout of an `any`.
type emptyInterface struct {
	typ  *rtype
	word unsafe.Pointer
}

// nonEmptyInterface is the layout of an interface with methods: the first word is an itab
// whose second word is the dynamic type.
type nonEmptyInterface struct {
	itab *itab
	word unsafe.Pointer
}

type itab struct {
	inter *rtype
	typ   *rtype
}

func (t *rtype) common() *rtype { return t }

func (t *rtype) Kind() Kind { return Kind(t.kind) }

func (t *rtype) Size() uintptr { return t.size }

func (t *rtype) Align() int { return int(t.align) }

func (t *rtype) FieldAlign() int { return int(t.align) }

func (t *rtype) String() string { return t.name }

func (t *rtype) Comparable() bool { return t.equal != nil }

// Bits returns the size of the type in bits; it panics for non-numeric kinds.
func (t *rtype) Bits() int {
	k := t.Kind()
	if k < Int || k > Complex128 {
		panic("reflect: Bits of non-arithmetic Type " + t.name)
	}
	return int(t.size) * 8
}

// isNamed reports whether t is a defined (or predeclared) type, from the spelling of its name:
// unnamed types are spelled with a type literal.
func (t *rtype) isNamed() bool {
	s := t.name
	if s == "" {
		return false
	}
	switch s[0] {
	case '[', '*':
		return false
	}
	return !hasPrefix(s, "map[") && !hasPrefix(s, "func(") && !hasPrefix(s, "chan ") &&
		!hasPrefix(s, "chan(") && !hasPrefix(s, "<-chan") && !hasPrefix(s, "struct {") &&
		!hasPrefix(s, "interface {") && s != "struct {}" && s != "interface {}"
}

// Name returns the type's name within its package, "" for unnamed types.
func (t *rtype) Name() string {
	if !t.isNamed() {
		return ""
	}
	s := t.name
	end := len(s)
	for i := 0; i < len(s); i++ {
		if s[i] == '[' {
			end = i
			break
		}
	}
	for i := end - 1; i >= 0; i-- {
		if s[i] == '.' {
			return s[i+1:]
		}
	}
	return s
}

// PkgPath returns the import path of a named type's package: exact for types with methods,
// the package name otherwise; "" for predeclared and unnamed types.
func (t *rtype) PkgPath() string {
	if !t.isNamed() {
		return ""
	}
	if t.uncommon != nil {
		return t.uncommon.pkgpath
	}
	s := t.name
	for i := 0; i < len(s) && s[i] != '['; i++ {
		if s[i] == '.' {
			return s[:i]
		}
	}
	return ""
}

func (t *rtype) Elem() Type {
	switch t.Kind() {
	case Array, Chan, Map, Pointer, Slice:
		if t.elem != nil {
			return toType(t.elem)
		}
	}
	panic("reflect: Elem of invalid type " + t.name)
}

func (t *rtype) Key() Type {
	if t.Kind() != Map {
		panic("reflect: Key of non-map type " + t.name)
	}
	return toType((*mapType)(unsafe.Pointer(t)).key)
}

func (t *rtype) Len() int {
	if t.Kind() != Array {
		panic("reflect: Len of non-array type " + t.name)
	}
	return t.len
}

func (t *rtype) NumField() int {
	if t.Kind() != Struct {
		panic("reflect: NumField of non-struct type " + t.name)
	}
	return t.len
}

func (t *rtype) field(i int) *structField {
	if i < 0 || i >= t.len {
		panic("reflect: Field index out of bounds")
	}
	return (*structField)(unsafe.Add(t.fields, uintptr(i)*unsafe.Sizeof(structField{})))
}

// A StructField describes a single field in a struct. Tag is always empty: the descriptors
// do not record tags yet.
type StructField struct {
	Name      string
	PkgPath   string
	Type      Type
	Tag       StructTag
	Offset    uintptr
	Index     []int
	Anonymous bool
}

// IsExported reports whether the field is exported.
func (f StructField) IsExported() bool { return f.PkgPath == "" }

// A StructTag is the tag string in a struct field.
type StructTag string

func (t *rtype) Field(i int) StructField {
	if t.Kind() != Struct {
		panic("reflect: Field of non-struct type " + t.name)
	}
	p := t.field(i)
	f := StructField{
		Name:      p.name,
		Type:      toType(p.typ),
		Offset:    p.offset,
		Index:     []int{i},
		Anonymous: p.flags&structFieldEmbedded != 0,
	}
	if !isExported(p.name) {
		f.PkgPath = t.PkgPath()
		if f.PkgPath == "" {
			f.PkgPath = "main"
		}
	}
	return f
}

func (t *rtype) FieldByIndex(index []int) StructField {
	f := StructField{Type: toType(t)}
	for i, x := range index {
		if i > 0 {
			ft := f.Type.common()
			if ft.Kind() == Pointer && ft.elem.Kind() == Struct {
				ft = ft.elem
			}
			f.Type = toType(ft)
		}
		f = f.Type.Field(x)
	}
	return f
}

// FieldByName returns the struct field with the given name, searching embedded structs
// breadth first as Go's selector rules do; an ambiguous name is not found.
func (t *rtype) FieldByName(name string) (StructField, bool) {
	if t.Kind() != Struct {
		panic("reflect: FieldByName of non-struct type " + t.name)
	}
	type candidate struct {
		typ   *rtype
		index []int
	}
	current := []candidate{{t, nil}}
	visited := map[*rtype]bool{}
	for len(current) > 0 {
		var next []candidate
		var found StructField
		count := 0
		for _, c := range current {
			if visited[c.typ] {
				continue
			}
			visited[c.typ] = true
			for i := 0; i < c.typ.len; i++ {
				p := c.typ.field(i)
				index := append(append([]int(nil), c.index...), i)
				if p.name == name {
					if count == 0 {
						found = c.typ.Field(i)
						found.Index = index
					}
					count++
					continue
				}
				if p.flags&structFieldEmbedded != 0 {
					ft := p.typ
					if ft.Kind() == Pointer {
						ft = ft.elem
					}
					if ft.Kind() == Struct {
						next = append(next, candidate{ft, index})
					}
				}
			}
		}
		if count == 1 {
			return found, true
		}
		if count > 1 {
			return StructField{}, false
		}
		current = next
	}
	return StructField{}, false
}

func (t *rtype) methods() []method {
	if t.uncommon == nil || t.uncommon.mcount == 0 {
		return nil
	}
	return unsafe.Slice((*method)(t.uncommon.methods), t.uncommon.mcount)
}

func (t *rtype) imethods() []imethod {
	if t.len == 0 {
		return nil
	}
	return unsafe.Slice((*imethod)(t.fields), t.len)
}

// NumMethod returns the number of exported methods in the type's method set (all methods
// for an interface type).
func (t *rtype) NumMethod() int {
	if t.Kind() == Interface {
		return t.len
	}
	if t.uncommon == nil {
		return 0
	}
	return t.uncommon.xcount
}

func (t *rtype) Implements(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.Implements")
	}
	if u.Kind() != Interface {
		panic("reflect: non-interface type passed to Type.Implements")
	}
	return implements(u.common(), t)
}

// implements reports whether T implements the interface type I. Both method lists are
// sorted by name, so one merge pass suffices.
func implements(I, T *rtype) bool {
	want := I.imethods()
	if len(want) == 0 {
		return true
	}
	j := 0
	if T.Kind() == Interface {
		have := T.imethods()
		for _, m := range have {
			if m.name == want[j].name && m.typ == want[j].typ {
				j++
				if j == len(want) {
					return true
				}
			}
		}
		return false
	}
	for _, m := range T.methods() {
		if m.name == want[j].name && m.typ == want[j].typ {
			j++
			if j == len(want) {
				return true
			}
		}
	}
	return false
}

func (t *rtype) AssignableTo(u Type) bool {
	if u == nil {
		panic("reflect: nil type passed to Type.AssignableTo")
	}
	uu := u.common()
	return directlyAssignable(uu, t) || (uu.Kind() == Interface && implements(uu, t))
}

// directlyAssignable reports whether a value of type V can be assigned to a variable of type
// T without an interface conversion.
func directlyAssignable(T, V *rtype) bool {
	if T == V {
		return true
	}
	if T.isNamed() && V.isNamed() || T.Kind() != V.Kind() {
		return false
	}
	return sameStructure(T, V)
}

// sameStructure reports whether T and V, of the same kind, have identical underlying types,
// as far as the descriptors tell.
func sameStructure(T, V *rtype) bool {
	switch T.Kind() {
	case Pointer, Slice:
		return T.elem == V.elem
	case Array:
		return T.len == V.len && T.elem == V.elem
	case Map:
		tm, vm := (*mapType)(unsafe.Pointer(T)), (*mapType)(unsafe.Pointer(V))
		return tm.key == vm.key && tm.elem == vm.elem
	case Struct:
		if T.len != V.len || T.size != V.size {
			return false
		}
		for i := 0; i < T.len; i++ {
			a, b := T.field(i), V.field(i)
			if a.name != b.name || a.typ != b.typ || a.offset != b.offset || a.flags != b.flags {
				return false
			}
		}
		return true
	case Interface:
		return T.len == 0 && V.len == 0
	}
	if T.Kind() <= Complex128 || T.Kind() == String || T.Kind() == UnsafePointer {
		return true
	}
	return false
}

// toType converts a descriptor to a Type; a nil descriptor gives the nil Type.
func toType(t *rtype) Type {
	if t == nil {
		return nil
	}
	return t
}

// TypeOf returns the dynamic type of i, nil if i is nil.
func TypeOf(i any) Type {
	e := (*emptyInterface)(unsafe.Pointer(&i))
	return toType(e.typ)
}

func isExported(name string) bool {
	if name == "" {
		return false
	}
	c := name[0]
	if c < 0x80 {
		return 'A' <= c && c <= 'Z'
	}
	return isUpperRune(name)
}

// isUpperRune reports whether the first rune of s is an upper-case letter.
func isUpperRune(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func hasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[:len(prefix)] == prefix
}
