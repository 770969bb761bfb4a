// Sieve of Eratosthenes over a byte slice, repeated: bounds-checked stores in strided loops.
package main

const limit = 20000000

func sieve(composite []bool) int {
	for i := range composite {
		composite[i] = false
	}
	count := 0
	for i := 2; i < len(composite); i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j < len(composite); j += i {
			composite[j] = true
		}
	}
	return count
}

func main() {
	composite := make([]bool, limit)
	total := 0
	for round := 0; round < 5; round++ {
		total += sieve(composite)
	}
	println(total)
}
