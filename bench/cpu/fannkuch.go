// fannkuch-redux (pancake flipping over every permutation of n elements): array indexing,
// small loops, swaps. Prints the checksum and the maximum flip count.
package main

const n = 10

func fannkuch(n int) (int, int) {
	var perm, perm1, count [16]int
	for i := 0; i < n; i++ {
		perm1[i] = i
	}
	maxFlips, checksum, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		perm = perm1
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	checksum, flips := fannkuch(n)
	println(checksum)
	println("Pfannkuchen(", n, ") =", flips)
}
