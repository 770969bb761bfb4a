package reflect

import "unsafe"

func (v Value) mapType() *mapType { return (*mapType)(unsafe.Pointer(v.typ)) }

// copyVal returns a Value of type t holding a copy of the value at p (map storage may move).
func copyVal(t *rtype, fl flag, p unsafe.Pointer) Value {
	c := unsafe_New(t)
	typedmemmove(t, c, p)
	return Value{t, c, fl | flagIndir}
}

// MapIndex returns the value associated with key in the map v, or the zero Value if key is
// not present.
func (v Value) MapIndex(key Value) Value {
	v.mustBe(Map, "reflect.Value.MapIndex")
	mt := v.mapType()
	key = key.assignTo("reflect.Value.MapIndex", mt.key)
	var k unsafe.Pointer
	if key.flag&flagIndir != 0 {
		k = key.ptr
	} else {
		k = unsafe.Pointer(&key.ptr)
	}
	e, ok := mapaccess2(v.typ, v.pointer(), k)
	if ok == 0 {
		return Value{}
	}
	return copyVal(mt.elem, (v.flag | key.flag).ro(), unsafe.Pointer(e))
}

// MapKeys returns the keys of the map v, in unspecified order.
func (v Value) MapKeys() []Value {
	v.mustBe(Map, "reflect.Value.MapKeys")
	mt := v.mapType()
	m := v.pointer()
	if m == nil {
		return []Value{}
	}
	fl := v.flag.ro()
	keys := make([]Value, 0, maplen(m))
	var it hiter
	mapiterinit(v.typ, m, &it)
	for it.key != nil {
		keys = append(keys, copyVal(mt.key, fl, it.key))
		mapiternext(&it)
	}
	return keys
}

// A MapIter is an iterator for ranging over a map (see Value.MapRange).
type MapIter struct {
	m       Value
	it      hiter
	started bool
}

// MapRange returns a range iterator for the map v.
func (v Value) MapRange() *MapIter {
	if v.Kind() != Map {
		panic(&ValueError{"reflect.Value.MapRange", v.Kind()})
	}
	return &MapIter{m: v}
}

// Next advances the iterator and reports whether there is another entry.
func (iter *MapIter) Next() bool {
	if !iter.m.IsValid() {
		panic("MapIter.Next called on an iterator that does not have an associated map Value")
	}
	if !iter.started {
		iter.started = true
		m := iter.m.pointer()
		if m == nil {
			return false
		}
		mapiterinit(iter.m.typ, m, &iter.it)
	} else {
		if iter.it.key == nil {
			panic("MapIter.Next called on exhausted iterator")
		}
		mapiternext(&iter.it)
	}
	return iter.it.key != nil
}

// Key returns the key of the iterator's current map entry.
func (iter *MapIter) Key() Value {
	if !iter.started {
		panic("MapIter.Key called before Next")
	}
	if iter.it.key == nil {
		panic("MapIter.Key called on exhausted iterator")
	}
	return copyVal(iter.m.mapType().key, iter.m.flag.ro(), iter.it.key)
}

// Value returns the value of the iterator's current map entry.
func (iter *MapIter) Value() Value {
	if !iter.started {
		panic("MapIter.Value called before Next")
	}
	if iter.it.key == nil {
		panic("MapIter.Value called on exhausted iterator")
	}
	return copyVal(iter.m.mapType().elem, iter.m.flag.ro(), iter.it.elem)
}

// Reset makes iter iterate over v (the zero Value: release the map).
func (iter *MapIter) Reset(v Value) {
	if v.IsValid() {
		v.mustBe(Map, "reflect.MapIter.Reset")
	}
	iter.m = v
	iter.it = hiter{}
	iter.started = false
}
