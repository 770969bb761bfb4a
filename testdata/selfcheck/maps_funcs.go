// Package maps (Go 1.21; its iterator functions came in 1.23): Equal, EqualFunc, Clone, Copy
// and DeleteFunc, with nil maps, NaN keys and values, and map types with a defined name.
// go 1.19 has no maps package, so this program checks itself against the documentation and
// prints PASS.
package main

import (
	"fmt"
	"maps"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Println("FAIL", what, "got", got, "want", want)
		failures++
	}
}

type scores map[string]int

func main() {
	var zero float64
	nan := zero / zero

	a := map[string]int{"x": 1, "y": 2}
	b := map[string]int{"y": 2, "x": 1}
	check("Equal", maps.Equal(a, b), true)
	b["y"] = 3
	check("Equal value differs", maps.Equal(a, b), false)
	delete(b, "y")
	check("Equal length differs", maps.Equal(a, b), false)
	b["z"] = 2
	b["x"] = 1
	check("Equal key differs", maps.Equal(a, b), false)
	var nilMap map[string]int
	check("Equal nil empty", maps.Equal(nilMap, map[string]int{}), true)
	check("Equal named and unnamed", maps.Equal(scores{"x": 1, "y": 2}, a), true)
	check("Equal NaN value", maps.Equal(map[int]float64{1: nan}, map[int]float64{1: nan}), false)
	nanKey := map[float64]int{nan: 1}
	check("Equal NaN key", maps.Equal(nanKey, nanKey), false)

	check("EqualFunc", maps.EqualFunc(map[int]int{1: 10}, map[int]string{1: "10"}, func(v int, w string) bool {
		return fmt.Sprint(v) == w
	}), true)
	check("EqualFunc differs", maps.EqualFunc(map[int]int{1: 10}, map[int]string{1: "1"}, func(v int, w string) bool {
		return fmt.Sprint(v) == w
	}), false)
	check("EqualFunc missing key", maps.EqualFunc(map[int]int{1: 10}, map[int]int{2: 10}, func(v, w int) bool {
		return true
	}), false)
	check("EqualFunc NaN value", maps.EqualFunc(map[int]float64{1: nan}, map[int]float64{1: nan}, func(v, w float64) bool {
		return v != v && w != w
	}), true)

	c := maps.Clone(a)
	check("Clone equal", maps.Equal(c, a), true)
	c["x"] = 100
	check("Clone is a copy", a["x"], 1)
	check("Clone nil is nil", maps.Clone(nilMap) == nil, true)
	empty := maps.Clone(map[string]int{})
	check("Clone empty is not nil", empty != nil, true)
	empty["new"] = 1 // and can be written
	var named scores = maps.Clone(scores{"s": 5})
	check("Clone keeps the type", named["s"], 5)
	nans := map[float64]int{nan: 1, 1: 2}
	nans[nan] = 3 // a second NaN key
	check("Clone NaN keys", len(maps.Clone(nans)), 3)

	dst := map[string]int{"x": 0, "w": 9}
	maps.Copy(dst, a)
	check("Copy overwrites", dst["x"], 1)
	check("Copy adds", dst["y"], 2)
	check("Copy keeps", dst["w"], 9)
	check("Copy length", len(dst), 3)
	maps.Copy(dst, nilMap) // nothing to copy
	check("Copy from nil", len(dst), 3)
	maps.Copy(scores(dst), scores{"v": 7})
	check("Copy between named types", dst["v"], 7)
	panicked := func() (p bool) {
		defer func() { p = recover() != nil }()
		maps.Copy(nilMap, a)
		return false
	}()
	check("Copy into nil panics", panicked, true)

	m := map[int]string{1: "a", 2: "b", 3: "c", 4: "d"}
	maps.DeleteFunc(m, func(k int, v string) bool { return k%2 == 0 || v == "c" })
	check("DeleteFunc", len(m), 1)
	check("DeleteFunc keeps", m[1], "a")
	maps.DeleteFunc(nilMap, func(string, int) bool { return true })
	if failures == 0 {
		fmt.Println("PASS")
	}
}
