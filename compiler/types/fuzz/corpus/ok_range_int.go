//lang:go1.22
package main

func main() {
	for i := range 10 {
		_ = i
	}
	for range 3 {
	}
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
}
