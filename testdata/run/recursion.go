// run

// Recursive functions: fib, factorial, Ackermann, gcd, mutual recursion.
package main

import "fmt"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// sumTo recurses deeply enough to need a real stack, but not a huge one.
func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func main() {
	for i := 0; i <= 20; i += 5 {
		fmt.Println("fib", i, fib(i))
	}
	fmt.Println("fact", 10, fact(10))
	fmt.Println("fact", 20, fact(20))
	fmt.Println("ack", ack(0, 0), ack(1, 2), ack(2, 3), ack(3, 3))
	fmt.Println("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	fmt.Println("even", isEven(10), isOdd(10), isEven(7), isOdd(7))
	fmt.Println("sumTo", sumTo(10000))
}
