// run

// Insertion sort and merge sort on []int and []string, with helper functions.
package main

import "fmt"

func insertionSort(xs []int) {
	for i := 1; i < len(xs); i++ {
		v := xs[i]
		j := i - 1
		for j >= 0 && xs[j] > v {
			xs[j+1] = xs[j]
			j--
		}
		xs[j+1] = v
	}
}

func mergeSort(xs []string) []string {
	if len(xs) <= 1 {
		return xs
	}
	mid := len(xs) / 2
	left := mergeSort(xs[:mid])
	right := mergeSort(xs[mid:])
	out := make([]string, 0, len(xs))
	i, j := 0, 0
	for i < len(left) && j < len(right) {
		if left[i] <= right[j] {
			out = append(out, left[i])
			i++
		} else {
			out = append(out, right[j])
			j++
		}
	}
	out = append(out, left[i:]...)
	out = append(out, right[j:]...)
	return out
}

func printInts(xs []int) {
	for i, x := range xs {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(x)
	}
	fmt.Println()
}

func main() {
	xs := []int{5, -1, 3, 9, 0, 3, 12, -8, 7}
	insertionSort(xs)
	printInts(xs)

	// a pseudo-random sequence from a linear congruential generator
	seed := 42
	ys := make([]int, 20)
	for i := range ys {
		seed = (seed*1103515245 + 12345) % 2147483648
		ys[i] = seed % 1000
	}
	insertionSort(ys)
	printInts(ys)

	words := []string{"pear", "apple", "fig", "banana", "cherry", "apple", "Apple", ""}
	sorted := mergeSort(words)
	for _, w := range sorted {
		fmt.Print("[", w, "]")
	}
	fmt.Println()
	fmt.Println(words[0], len(sorted))
}
