// A defined type that refers to itself through a slice (`type S []S`): the checker's
// lowerability walk once recursed forever on it.
package main

type S []S

type Tree []Tree

func depth(t Tree) int {
	d := 0
	for _, c := range t {
		if x := depth(c) + 1; x > d {
			d = x
		}
	}
	return d
}

func main() {
	var s S
	s = append(s, s)
	s = append(s, nil, S{nil})
	println(len(s), s[0] == nil, len(s[2]))
	t := Tree{Tree{Tree{}}, Tree{}}
	println(depth(t))
}
