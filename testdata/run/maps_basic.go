// Maps: make, literals, lookups (zero value when missing), comma-ok, assignment, op=, ++,
// delete, len, nil maps, keys of several types. Iteration order is random, so every listing
// goes through sorted keys.
package main

import "fmt"

func sortedStrings(m map[string]int) []string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	for i := 1; i < len(keys); i++ {
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

func dump(name string, m map[string]int) {
	fmt.Print(name, " len=", len(m), ":")
	for _, k := range sortedStrings(m) {
		fmt.Print(" ", k, "=", m[k])
	}
	fmt.Println()
}

func bump(m map[string]int, k string) { m[k]++ }

type Counts map[string]int

func main() {
	m := make(map[string]int)
	m["one"] = 1
	m["two"] = 2
	m["three"] = 3
	dump("make", m)
	fmt.Println(m["two"], m["missing"])
	v, ok := m["three"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	_, ok = m["one"]
	fmt.Println(ok)

	m["two"] += 20
	m["one"] *= 7
	m["new"] -= 5
	m["three"]++
	m["zero"]--
	m["x"] <<= 3
	bump(m, "bumped")
	bump(m, "bumped")
	dump("updated", m)

	delete(m, "x")
	delete(m, "absent")
	dump("deleted", m)

	lit := map[string]int{"a": 1, "b": 2, "c": 3}
	dump("literal", lit)
	empty := map[string]int{}
	dump("empty", empty)
	hinted := make(map[string]int, 100)
	hinted["h"] = 8
	dump("hinted", hinted)

	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	v, ok = nilMap["x"]
	fmt.Println(v, ok)
	delete(nilMap, "x")
	for k, v := range nilMap {
		fmt.Println("never", k, v)
	}
	fmt.Println(m != nil, lit == nil)

	// Maps are references: a copy of the map value sees the same entries.
	alias := lit
	alias["d"] = 4
	dump("alias", lit)

	var c Counts = Counts{"x": 1}
	c["y"] = 2
	fmt.Println(len(c), c["x"]+c["y"])

	ints := map[int]string{1: "one", -2: "minus two", 1 << 40: "big"}
	fmt.Println(ints[1], ints[-2], ints[1<<40], ints[3] == "", len(ints))
	bytes := map[byte]int{}
	for i := 0; i < 300; i++ {
		bytes[byte(i)]++
	}
	fmt.Println(len(bytes), bytes[0], bytes[43], bytes[255])
	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools[1 < 2], bools[2 < 1])
	i64 := map[int64]uint16{}
	i64[-1] = 65535
	i64[-1]++
	fmt.Println(i64[-1], len(i64))

	// Interface keys: equal dynamic values are one key; different dynamic types are not.
	anys := map[interface{}]string{}
	anys[1] = "int 1"
	anys[int64(1)] = "int64 1"
	anys["1"] = "string 1"
	anys[true] = "true"
	anys[nil] = "nil"
	anys[1] = "int 1 again"
	fmt.Println(len(anys), anys[1], anys[int64(1)], anys["1"], anys[true], anys[nil], anys[2] == "")
	delete(anys, nil)
	_, ok = anys[nil]
	fmt.Println(len(anys), ok)

	// Elements of other types: slices, maps, funcs, interfaces.
	groups := map[string][]int{}
	for i := 0; i < 10; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups["even"], groups["odd"], len(groups["none"]))
	nested := map[string]map[string]int{}
	for _, w := range []string{"ab", "ac", "bd", "ab"} {
		inner, ok := nested[w[:1]]
		if !ok {
			inner = map[string]int{}
			nested[w[:1]] = inner
		}
		inner[w]++
	}
	dump("nested a", nested["a"])
	dump("nested b", nested["b"])
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)
	vals := map[int]interface{}{1: "s", 2: 2, 3: nil}
	fmt.Println(vals[1], vals[2], vals[3], vals[4])
	lits := map[string][]string{"x": {"a", "b"}, "y": nil}
	fmt.Println(len(lits["x"]), lits["x"][1], lits["y"] == nil)

	// Many entries: growth keeps every one.
	big := map[int]int{}
	for i := 0; i < 10000; i++ {
		big[i*7] = i
	}
	sum := 0
	for i := 0; i < 10000; i++ {
		sum += big[i*7]
	}
	for i := 0; i < 10000; i += 2 {
		delete(big, i*7)
	}
	fmt.Println(len(big), sum, big[7], big[14])
}

// A map type that refers to itself, and package-level maps built by initialisers.
type Tree map[string]Tree

var global = map[string]int{"g": 1}
var built = build()

func build() map[int]string {
	m := map[int]string{}
	for i, s := range []string{"a", "b"} {
		m[i] = s
	}
	return m
}

func init() {
	t := Tree{}
	t["a"] = Tree{}
	t["a"]["b"] = nil
	fmt.Println(len(t), len(t["a"]), t["a"]["b"] == nil, t["x"]["y"] == nil)
	fmt.Println(global["g"], built[0], built[1], len(built))
	var x interface{} = map[string]int{"k": 3}
	if m, ok := x.(map[string]int); ok {
		fmt.Println("asserted", m["k"])
	}
}
