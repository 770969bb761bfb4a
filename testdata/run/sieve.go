// run

// The sieve of Eratosthenes over a []bool.
package main

import "fmt"

func primes(n int) []int {
	composite := make([]bool, n+1)
	var ps []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return ps
}

func main() {
	ps := primes(100)
	for i, p := range ps {
		if i > 0 {
			fmt.Print(" ")
		}
		fmt.Print(p)
	}
	fmt.Println()
	fmt.Println(len(ps), len(primes(100000)))
	big := primes(1000000)
	fmt.Println(len(big), big[len(big)-1])
}
