// flag API newer than go 1.19, checked against the documentation: BoolFunc (Go 1.21), the
// panic for a flag defined after Set named it (Go 1.21), and PrintDefaults reporting a
// String method that panics on a zero value (Go 1.21).
package main

import (
	"flag"
	"fmt"
	"strings"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Printf("FAIL %s: got %q, want %q\n", what, got, want)
		failures++
	}
}

type buffer struct{ strings.Builder }

type fragile struct{ p *int }

func (f *fragile) String() string     { return fmt.Sprint(*f.p) }
func (f *fragile) Set(s string) error { return nil }

func main() {
	var out buffer
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.SetOutput(&out)
	var seen []string
	fs.BoolFunc("v", "verbose `level`", func(s string) error {
		seen = append(seen, s)
		if s == "bad" {
			return fmt.Errorf("no")
		}
		return nil
	})
	fs.BoolFunc("quiet", "be quiet", func(s string) error { return nil })
	err := fs.Parse([]string{"-v", "-v=2", "--v", "arg"})
	check("BoolFunc err", fmt.Sprint(err), "<nil>")
	check("BoolFunc calls", strings.Join(seen, ","), "true,2,true")
	check("BoolFunc args", strings.Join(fs.Args(), ","), "arg")
	err = fs.Parse([]string{"-v=bad"})
	check("BoolFunc error", fmt.Sprint(err), `invalid boolean value "bad" for -v: no`)
	out.Reset()
	fs.PrintDefaults()
	check("BoolFunc defaults", out.String(), "  -quiet\n    \tbe quiet\n  -v level\n    \tverbose level\n")

	// Setting an undefined flag and defining it later panics at the definition.
	fs2 := flag.NewFlagSet("t2", flag.ContinueOnError)
	fs2.SetOutput(&out)
	check("Set undefined", fmt.Sprint(fs2.Set("late", "1")), "no such flag -late")
	func() {
		defer func() {
			msg := fmt.Sprint(recover())
			if !strings.HasPrefix(msg, "flag late set at ") || !strings.HasSuffix(msg, " before being defined") {
				check("late definition panic", msg, "flag late set at FILE:LINE before being defined")
			}
		}()
		fs2.Int("late", 0, "")
	}()

	// A String method panicking on the zero value is reported after the defaults.
	fs3 := flag.NewFlagSet("t3", flag.ContinueOnError)
	fs3.SetOutput(&out)
	n := 5
	fs3.Var(&fragile{&n}, "frag", "fragile value")
	fs3.Int("k", 2, "k")
	out.Reset()
	fs3.PrintDefaults()
	want := "  -frag value\n    \tfragile value\n  -k int\n    \tk (default 2)\n\n" +
		"panic calling String method on zero main.fragile for flag frag: runtime error: invalid memory address or nil pointer dereference\n"
	check("String panic", out.String(), want)
	check("value kept", fs3.Lookup("frag").Value.String(), "5")

	if failures == 0 {
		fmt.Println("PASS")
	}
}
