// encoding's interfaces are the ones flag.TextVar and time.Time use: the function values
// have gc's exact types, and time.Time satisfies all four interfaces.
package main

import (
	"encoding"
	"flag"
	"fmt"
	"strings"
	"time"
)

type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte(strings.Repeat("*", int(l))), nil
}

func (l *level) UnmarshalText(b []byte) error {
	for _, c := range b {
		if c != '*' {
			return fmt.Errorf("bad level byte %q", c)
		}
	}
	*l = level(len(b))
	return nil
}

func main() {
	var textVar func(encoding.TextUnmarshaler, string, encoding.TextMarshaler, string) = flag.TextVar
	var setTextVar func(*flag.FlagSet, encoding.TextUnmarshaler, string, encoding.TextMarshaler, string) = (*flag.FlagSet).TextVar
	_ = textVar

	var t time.Time
	var _ encoding.TextMarshaler = t
	var _ encoding.TextUnmarshaler = &t
	var _ encoding.BinaryMarshaler = t
	var _ encoding.BinaryUnmarshaler = &t

	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	var lv level
	var when time.Time
	setTextVar(fs, &lv, "level", level(2), "the `level`")
	fs.TextVar(&when, "when", time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC), "a time")
	fs.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()
	fmt.Println(lv, when)
	err := fs.Parse([]string{"-level", "****", "-when", "2020-05-06T07:08:09Z"})
	fmt.Println(err, lv, when)
	err = fs.Parse([]string{"-level", "**x"})
	fmt.Println(err, lv)
	fmt.Print(out.String())
	m, err := encoding.TextMarshaler(when).MarshalText()
	fmt.Println(string(m), err)
	b, err := encoding.BinaryMarshaler(when).MarshalBinary()
	fmt.Println(len(b), err)
	var back time.Time
	fmt.Println(encoding.BinaryUnmarshaler(&back).UnmarshalBinary(b), back.Equal(when))
}
