// run

// len and cap after every append must follow gc's growth policy and size classes.
package main

import "fmt"

func main() {
	var ints []int
	for i := 0; i < 20; i++ {
		ints = append(ints, i)
		fmt.Println("int", len(ints), cap(ints))
	}

	var strs []string
	for i := 0; i < 12; i++ {
		strs = append(strs, "s")
		fmt.Println("string", len(strs), cap(strs))
	}

	var bs []byte
	for i := 0; i < 40; i++ {
		bs = append(bs, byte(i))
		fmt.Println("byte", len(bs), cap(bs))
	}

	// Appending several elements at once may grow past double.
	ns := []int{1, 2, 3}
	fmt.Println("multi", len(ns), cap(ns))
	ns = append(ns, 4, 5, 6, 7, 8)
	fmt.Println("multi", len(ns), cap(ns))
	ns = append(ns, ns...)
	fmt.Println("multi", len(ns), cap(ns))

	b2 := make([]byte, 0, 5)
	b2 = append(b2, 1, 2, 3, 4, 5, 6)
	fmt.Println("byte2", len(b2), cap(b2))

	// Large slices grow by about 1.25x.
	big := make([]int, 1000)
	big = append(big, 1)
	fmt.Println("big", len(big), cap(big))
	bigb := make([]byte, 5000)
	bigb = append(bigb, 1)
	fmt.Println("bigb", len(bigb), cap(bigb))
}
