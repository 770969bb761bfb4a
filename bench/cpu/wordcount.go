// Word count: a deterministic pseudo-random text of 4 million words drawn from a vocabulary of
// 50,000, split into words (substrings of the text, so nothing is allocated per word) and
// counted in a map[string]int; then the most frequent word (ties by the smaller word) and
// the number of distinct words. Map-heavy: string hashing, lookups and updates.
package main

const words = 4000000
const vocabulary = 50000

type rng struct{ state uint64 }

func (r *rng) next() uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

// word returns the vocabulary's word number k: letters from k's base-26 digits, with a
// length that varies with k.
func word(k int) string {
	var buf [12]byte
	n := 3 + k%7
	for i := 0; i < n; i++ {
		buf[i] = byte('a' + k%26)
		k = k/26 + i
	}
	return string(buf[:n])
}

func main() {
	vocab := make([]string, vocabulary)
	for i := range vocab {
		vocab[i] = word(i)
	}
	r := &rng{state: 88172645463325252}
	buf := make([]byte, 0, words*8)
	for i := 0; i < words; i++ {
		// Skewed toward small word numbers, as natural text is.
		k := int(r.next() % vocabulary)
		k = k * k / vocabulary
		buf = append(buf, vocab[k]...)
		buf = append(buf, ' ')
	}
	text := string(buf)
	counts := make(map[string]int)
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == ' ' {
			counts[text[start:i]]++
			start = i + 1
		}
	}
	best, bestCount := "", 0
	for w, c := range counts {
		if c > bestCount || c == bestCount && w < best {
			best, bestCount = w, c
		}
	}
	println(len(counts), best, bestCount)
}
