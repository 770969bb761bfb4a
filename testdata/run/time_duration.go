// time.Duration: String, the unit conversions, Round, Truncate, and ParseDuration with its
// error texts.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, -1, 999, 1000, 1001, 1500, 999999, 1e6, 1234567, 1e9 - 1, 1e9,
		90 * time.Minute, 25*time.Hour + 1, -3723004005006, 1<<63 - 1, -1 << 63, 100 * time.Hour}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
		for _, m := range []time.Duration{-1, 0, 1, 7, time.Millisecond, 3 * time.Second, time.Hour, 1 << 62} {
			fmt.Print(" ", d.Round(m), "/", d.Truncate(m))
		}
		fmt.Println()
	}
	fmt.Printf("%v %s %d %5v|\n", time.Second, 2*time.Millisecond, time.Microsecond, time.Duration(3))

	inputs := []string{"0", "+0", "-0", "5s", "30s", "1478s", "-5s", "+5s", "-0.5s", "0.5s", ".5s", "5.s",
		"5.6s", "5.6h", "1h2m3.5s", "-1.5h", "1.004s", "1.0040s", "100.00100s", "10ns", "11us", "12µs",
		"12μs", "13ms", "14s", "15m", "16h", "3h30m", "10.5s4m", "-2m3.4s", "1h2m3s4ms5us6ns",
		"39h9m14.425s", "52763797000ns", "0.3333333333333333333h", "9007199254740993ns",
		"9223372036854775807ns", "9223372036854775.807us", "9223372036.854775807s",
		"-9223372036854775807ns", "0.100000000000000000000h", "0.830103483285477580700h",
		"", "3", "-", "s", ".", "-.", ".s", "+.s", "1d", "\x85\x85", "\xffff", "hello \xffff world",
		"9223372036854775810ns", "9223372036854775808ns", "9223372036854775.808us", "3000000h",
		"9223372036854ms775us808ns", "1.5µs", "12x", "1.2.3s"}
	for _, s := range inputs {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q: %v %v\n", s, d, err)
	}
}
