// String == and != compare lengths first, then the bytes unless the strings are empty or
// share their bytes: every combination gives gc's answers (also in switch statements and
// with non-ASCII and NUL bytes).
package main

//go:noinline
func eq(a, b string) bool { return a == b }

//go:noinline
func ne(a, b string) bool { return a != b }

//go:noinline
func empty(s string) bool { return s == "" }

func kind(s string) int {
	switch s {
	case "":
		return 0
	case "a":
		return 1
	case "héllo":
		return 2
	}
	return 3
}

func main() {
	s := "héllo, wörld"
	cases := [][2]string{
		{"", ""}, {"", "a"}, {"a", ""}, {"a", "a"}, {"a", "b"}, {"ab", "a"},
		{s[:6], "héllo"}, {s[:6], s[:6]}, {s[1:3], s[1:3]}, {s[:5], s[1:6]},
		{"a\x00b", "a\x00c"}, {"a\x00b", "a\x00b"}, {s, "héllo, wörld"},
	}
	for _, c := range cases {
		println(eq(c[0], c[1]), ne(c[0], c[1]), empty(c[0]), c[0] < c[1])
	}
	println(kind(""), kind("a"), kind(s[:6]), kind("x"), kind(s[:0]))
}
