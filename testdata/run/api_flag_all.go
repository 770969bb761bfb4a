// flag's package-level functions (on CommandLine) and the FlagSet *Var methods, which the
// other flag tests reach only through FlagSet's pointer-returning methods.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type list []string

func (l *list) String() string     { return strings.Join(*l, ",") }
func (l *list) Set(s string) error { *l = append(*l, s); return nil }

func main() {
	var out strings.Builder
	os.Args[0] = "prog" // the default Usage names os.Args[0]
	flag.CommandLine.SetOutput(&out)
	flag.CommandLine.Init("prog", flag.ContinueOnError)

	b := flag.Bool("b", false, "a bool")
	d := flag.Duration("d", time.Second, "a duration")
	f := flag.Float64("f", 1.5, "a float")
	i := flag.Int("i", -3, "an int")
	i64 := flag.Int64("i64", 1<<40, "an int64")
	s := flag.String("s", "def", "a `word`")
	u := flag.Uint("u", 7, "a uint")
	u64 := flag.Uint64("u64", 1<<63, "a uint64")
	var bv bool
	var dv time.Duration
	var fv float64
	var iv int
	var i64v int64
	var sv string
	var uv uint
	var u64v uint64
	flag.BoolVar(&bv, "bv", true, "bool var")
	flag.DurationVar(&dv, "dv", 0, "duration var")
	flag.Float64Var(&fv, "fv", 0, "float var")
	flag.IntVar(&iv, "iv", 0, "int var")
	flag.Int64Var(&i64v, "i64v", 0, "int64 var")
	flag.StringVar(&sv, "sv", "", "string var")
	flag.UintVar(&uv, "uv", 0, "uint var")
	flag.Uint64Var(&u64v, "u64v", 0, "uint64 var")
	var l list
	flag.Var(&l, "l", "repeatable")
	var seen []string
	flag.Func("fn", "a func flag", func(s string) error {
		if s == "bad" {
			return errors.New("bad value")
		}
		seen = append(seen, s)
		return nil
	})

	flag.PrintDefaults()
	fmt.Print(out.String())
	out.Reset()

	err := flag.CommandLine.Parse([]string{"-b", "-d=90m", "--f", "2.25", "-i", "-9",
		"-i64=-5", "-s", "hello world", "-u", "11", "-u64", "18446744073709551615",
		"-bv=false", "-dv", "1h2m3.5s", "-fv", "1e-3", "-iv", "0x1f", "-i64v", "-0b101",
		"-sv", "", "-uv", "0o17", "-u64v", "1_000", "-l", "a", "-l", "b", "-fn", "x",
		"-fn", "y", "arg1", "-notflag", "arg3"})
	fmt.Println("parse:", err, flag.Parsed())
	fmt.Println(*b, *d, *f, *i, *i64, *s, *u, *u64)
	fmt.Println(bv, dv, fv, iv, i64v, sv == "", uv, u64v, l.String(), seen)
	fmt.Println(flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(2), flag.Arg(3) == "", flag.NFlag())
	flag.Visit(func(fl *flag.Flag) { fmt.Print(fl.Name, "=", fl.Value.String(), " ") })
	fmt.Println()
	n := 0
	flag.VisitAll(func(fl *flag.Flag) { n++; fmt.Print(fl.Name, ":", fl.DefValue, " ") })
	fmt.Println(n)
	fmt.Println(flag.Lookup("iv").Value, flag.Lookup("nope") == nil)
	fmt.Println(flag.Set("iv", "42"), iv, flag.Set("iv", "x"), flag.Set("zz", "1"))

	for _, args := range [][]string{{"-fn", "bad"}, {"-i", "1e3"}, {"-u", "-1"},
		{"-i64", "9223372036854775808"}, {"-d", "1x"}, {"-b=maybe"}, {"-missing"}, {"-s"}, {"-h"}} {
		err := flag.CommandLine.Parse(args)
		fmt.Println(args, "->", err)
		fmt.Print(out.String())
		out.Reset()
	}

	// The same *Var methods on a FlagSet of our own.
	fs := flag.NewFlagSet("set", flag.ContinueOnError)
	fs.SetOutput(&out)
	fs.BoolVar(&bv, "bv", false, "")
	fs.DurationVar(&dv, "dv", time.Minute, "")
	fs.Float64Var(&fv, "fv", 0.5, "")
	fs.IntVar(&iv, "iv", 1, "")
	fs.Int64Var(&i64v, "i64v", 2, "")
	fs.StringVar(&sv, "sv", "x", "")
	fs.UintVar(&uv, "uv", 3, "")
	fs.Uint64Var(&u64v, "u64v", 4, "")
	fmt.Println(bv, dv, fv, iv, i64v, sv, uv, u64v)
	fmt.Println(fs.Parse([]string{"-bv", "-dv", "2s", "-fv", "-inf", "-iv", "-0", "-i64v", "077",
		"-sv", "=", "-uv", "0", "-u64v", "0xffff", "--", "-x"}), fs.Args())
	fmt.Println(bv, dv, fv, iv, i64v, sv, uv, u64v)
	fs.PrintDefaults()
	fmt.Print(out.String())

}
