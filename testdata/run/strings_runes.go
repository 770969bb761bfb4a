// Conversions between strings and rune slices, named types too; invalid UTF-8 and invalid
// runes become U+FFFD.
package main

import "fmt"

type MyRune rune
type Runes []rune
type MyRunes []MyRune
type Str string

func main() {
	s := "héllo, 世界"
	r := []rune(s)
	fmt.Println(len(r), show(r))
	fmt.Println(string(r))
	r[1] = 'e'
	fmt.Println(string(r), s)

	// Invalid UTF-8 becomes U+FFFD, one rune per bad byte.
	bad := "a\xffb\xe4\xb8"
	rb := []rune(bad)
	fmt.Println(len(rb), show(rb))

	// Invalid runes encode as U+FFFD.
	fmt.Println(string([]rune{0x61, -1, 0xD800, 0x110000, 0x10FFFF}))

	// Named element and slice types.
	mr := []MyRune(s)
	fmt.Println(len(mr), string(mr[7]), string(mr))
	nr := Runes("abc")
	fmt.Println(show(nr), string(nr))
	var ms MyRunes = MyRunes(Str("xyz"))
	fmt.Println(string(Str(ms)))

	// Empty and nil.
	var nilr []rune
	fmt.Println(string(nilr) == "", len([]rune("")), []rune("") == nil)
	fmt.Println(string([]rune{}) == "")

	// A fresh copy each time.
	a := []rune(s)
	b := []rune(s)
	a[0] = 'H'
	fmt.Println(string(a), string(b))

	// One-rune strings.
	fmt.Println(string([]rune{'x'}), len(string([]rune{'é'})))

	// Round trips.
	for _, t := range []string{"", "ascii", "ünïcödé", "😀 emoji", "\x80"} {
		fmt.Println(string([]rune(t)) == t, len([]rune(t)))
	}
}

// The runes as numbers, one line (this fmt prints no slices).
func show(r []rune) string {
	out := ""
	for i, c := range r {
		if i > 0 {
			out += " "
		}
		out += digits(int(c))
	}
	return "[" + out + "]"
}

func digits(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return digits(n/10) + string(rune('0'+n%10))
}
