// run

// for in all three forms, break and continue, if/else chains with init statements, switch.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayKind(d int) string {
	switch d {
	case 0, 6:
		return "weekend"
	case 1, 2, 3, 4:
		return "weekday"
	case 5:
		return "friday"
	}
	return "invalid"
}

func name(s string) int {
	switch s {
	case "one":
		return 1
	case "two":
		return 2
	default:
		return -1
	}
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	// three-clause loop with continue
	odd := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += i
	}
	fmt.Println("odd sum", odd)

	// condition-only loop
	fmt.Println("collatz", collatz(27))

	// infinite loop with break
	n := 0
	for {
		n++
		if n*n > 200 {
			break
		}
	}
	fmt.Println("first square over 200:", n)

	// nested loops: break and continue apply to the innermost
	pairs := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			if j == 2 {
				continue
			}
			pairs++
		}
	}
	fmt.Println("pairs", pairs)

	// if with init statements and else-if chains
	for _, v := range []int{-5, 0, 5, 50} {
		if sq := v * v; sq > 100 {
			fmt.Println(v, "square is large", sq)
		} else if sq == 0 {
			fmt.Println(v, "square is zero")
		} else if v < 0 {
			fmt.Println(v, "negative with small square", sq)
		} else {
			fmt.Println(v, "small square", sq)
		}
	}

	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for d := 0; d < 8; d++ {
		fmt.Print(dayKind(d), " ")
	}
	fmt.Println()
	fmt.Println(name("one"), name("two"), name("three"))

	// switch with init statement, break inside switch
	switch x := 3 * 4; x {
	case 12:
		fmt.Println("twelve")
		if x > 10 {
			break
		}
		fmt.Println("not reached")
	default:
		fmt.Println("not twelve")
	}

	// the loop variable is visible after a for without init
	i := 0
	for i < 3 {
		i++
	}
	fmt.Println("i", i)

	// post statement with decrement
	for j := 3; j > 0; j-- {
		fmt.Print(j, " ")
	}
	fmt.Println("liftoff")
}
