// flag.BoolFunc (Go 1.21) on CommandLine, checked against its documentation: the function is
// called with "true" for a bare flag and with the text after "=" otherwise, its error is
// reported as an invalid value, and the flag is listed as a boolean (no value name).
package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"
)

var failures = 0

func check(what string, got, want any) {
	if fmt.Sprint(got) != fmt.Sprint(want) {
		fmt.Printf("FAIL %s: got %q want %q\n", what, fmt.Sprint(got), fmt.Sprint(want))
		failures++
	}
}

func main() {
	var out strings.Builder
	flag.CommandLine.Init("prog", flag.ContinueOnError)
	flag.CommandLine.SetOutput(&out)
	var calls []string
	flag.BoolFunc("log", "log `each` step", func(s string) error {
		if s == "no" {
			return errors.New("refused")
		}
		calls = append(calls, s)
		return nil
	})
	check("parse", flag.CommandLine.Parse([]string{"-log", "-log=false", "--log=x", "rest"}), nil)
	check("calls", calls, []string{"true", "false", "x"})
	check("args", flag.Args(), []string{"rest"})
	check("isBool", flag.Lookup("log").Value.(interface{ IsBoolFlag() bool }).IsBoolFlag(), true)
	check("String", flag.Lookup("log").Value.String(), "")
	check("DefValue", flag.Lookup("log").DefValue, "")
	err := flag.CommandLine.Parse([]string{"-log=no"})
	check("error", err, `invalid boolean value "no" for -log: refused`)
	out.Reset()
	flag.PrintDefaults()
	check("defaults", out.String(), "  -log each\n    \tlog each step\n")
	if failures == 0 {
		fmt.Println("PASS")
	}
}
