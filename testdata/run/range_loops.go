// run

// range over slices: index and value, index only, and blank index.
package main

import "fmt"

func main() {
	nums := []int{10, 20, 30, 40}
	for i, v := range nums {
		fmt.Println(i, v)
	}
	total := 0
	for i := range nums {
		total += nums[i]
	}
	fmt.Println("total", total)

	words := []string{"alpha", "beta", "gamma"}
	for _, w := range words {
		fmt.Print(w, len(w), " ")
	}
	fmt.Println()

	// The range expression is evaluated once: appending inside does not extend the loop.
	grow := []int{1, 2, 3}
	for _, v := range grow {
		grow = append(grow, v*10)
	}
	fmt.Println(len(grow), grow[3], grow[4], grow[5])

	// Assigning to the value variable does not change the slice; indexing does.
	for i, v := range nums {
		v *= 2
		nums[i] = v + 1
	}
	fmt.Println(nums[0], nums[1], nums[2], nums[3])

	flags := []bool{true, false, true, true}
	count := 0
	for _, f := range flags {
		if !f {
			continue
		}
		count++
	}
	fmt.Println("true flags", count)

	var empty []string
	for i := range empty {
		fmt.Println("never", i)
	}

	bs := []byte{104, 105}
	for i, b := range bs {
		fmt.Println(i, b, int(b)+1)
	}

	// Break out of a range loop.
	for i, w := range words {
		if w == "beta" {
			fmt.Println("found beta at", i)
			break
		}
	}
}
