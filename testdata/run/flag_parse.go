// Package flag: every Value type, parsing rules (-x, --x, -x=v, -x v, "--", "-"), boolean
// forms, numeric syntaxes and ranges, Func and TextVar, Visit/VisitAll/Lookup/Set, the
// error texts, ErrHelp, PanicOnError, and PrintDefaults' format.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "bad" {
		return errors.New("no bad items")
	}
	*l = append(*l, s)
	return nil
}

type level int

func (l *level) String() string { return fmt.Sprintf("L%d", int(*l)) }
func (l *level) Set(s string) error {
	*l = level(len(s))
	return nil
}

type mode string

func (m mode) String() string     { return string(m) }
func (m mode) Set(s string) error { return nil }

func newSet() (*flag.FlagSet, func()) {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	b := fs.Bool("b", false, "a bool")
	v := fs.Bool("verbose", true, "be `loud`")
	i := fs.Int("i", 0, "an int")
	i64 := fs.Int64("i64", -5, "an int64\nwith a second line")
	u := fs.Uint("u", 7, "a uint")
	u64 := fs.Uint64("u64", 0, "a `count` of things")
	s := fs.String("s", "", "a string")
	s2 := fs.String("name", "gopher", "a `name` with `two` quotes")
	f := fs.Float64("f", 2.5, "a float")
	d := fs.Duration("d", time.Second, "a duration")
	var list listValue
	fs.Var(&list, "l", "a list")
	var lv level = 3
	fs.Var(&lv, "level", "a level")
	fs.Var(mode("fast"), "mode", "a mode")
	var calls []string
	fs.Func("fn", "a func", func(s string) error {
		calls = append(calls, s)
		if s == "fail" {
			return errors.New("fn failed")
		}
		return nil
	})
	var when time.Time
	fs.TextVar(&when, "when", time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC), "a `time`")
	return fs, func() {
		fmt.Println("values:", *b, *v, *i, *i64, *u, *u64, *s, *s2, *f, *d, list, lv, calls, when)
		fmt.Print("visit:")
		fs.Visit(func(fl *flag.Flag) { fmt.Print(" ", fl.Name, "=", fl.Value) })
		fmt.Println(" | nflag", fs.NFlag(), "nargs", fs.NArg(), "args", fs.Args(), fs.Arg(0), fs.Arg(-1), fs.Arg(99))
	}
}

func main() {
	argLists := [][]string{
		{},
		{"-b", "-i", "42", "--s=hello", "rest", "-i", "7"},
		{"-b=false", "-verbose=0", "-i=0x1F", "-i64", "-0b101", "-u", "0o17", "-u64=18446744073709551615"},
		{"-f", "1e3", "-d", "1h2m", "-l", "a", "-l=b", "-level", "xyz", "-fn", "one", "-fn=two", "-when", "2020-01-01T10:00:00Z"},
		{"-s", "-b", "--", "-i", "3"},
		{"-", "-b"},
		{"-i", "x"},
		{"-i", "99999999999999999999"},
		{"-u", "-1"},
		{"-f", "1e999"},
		{"-f", "abc"},
		{"-d", "3 days"},
		{"-b=maybe"},
		{"-i"},
		{"-nosuch"},
		{"---i=1"},
		{"-=x"},
		{"-h"},
		{"--help"},
		{"-l", "bad"},
		{"-fn", "fail"},
		{"-when", "yesterday"},
		{"-b", "-b", "-B"},
	}
	for _, args := range argLists {
		fs, show := newSet()
		fmt.Printf("== %q\n", args)
		err := fs.Parse(args)
		fmt.Println("err:", err, err == flag.ErrHelp, fs.Parsed())
		show()
	}

	fs, _ := newSet()
	fmt.Println(fs.Set("i", "5"), fs.Set("nosuch", "1"), fs.Set("i", "five"), fs.Lookup("i").Value, fs.Lookup("nope") == nil)
	fl := fs.Lookup("name")
	fmt.Println(fl.Name, fl.Usage, fl.DefValue, fl.Value.(flag.Getter).Get())
	name, usage := flag.UnquoteUsage(fl)
	fmt.Printf("%q %q\n", name, usage)
	fs.VisitAll(func(f *flag.Flag) {
		n, _ := flag.UnquoteUsage(f)
		fmt.Printf("%s:%q:%q ", f.Name, n, f.DefValue)
	})
	fmt.Println()
	fmt.Println(fs.Name(), fs.ErrorHandling(), fs.Output() == os.Stdout)

	// Usage texts.
	fs.Usage()
	empty := flag.NewFlagSet("", flag.ContinueOnError)
	empty.SetOutput(os.Stdout)
	empty.Int("n", 1, "")
	empty.Parse([]string{"-x"})
	custom := flag.NewFlagSet("custom", flag.ContinueOnError)
	custom.SetOutput(os.Stdout)
	custom.Usage = func() { fmt.Println("custom usage called") }
	fmt.Println(custom.Parse([]string{"-zzz"}))

	// PanicOnError and redefinition.
	p := flag.NewFlagSet("p", flag.PanicOnError)
	p.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Parse([]string{"-what"})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		p.Int("x", 0, "")
		p.Int("x", 0, "")
	}()
	var zero flag.FlagSet
	zero.SetOutput(os.Stdout)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		zero.Bool("x", false, "")
		zero.Bool("x", false, "")
	}()
	zero.Init("renamed", flag.ContinueOnError)
	fmt.Println(zero.Name(), zero.Parse([]string{"-x", "arg"}), zero.Args())

	// The command line.
	flag.CommandLine.SetOutput(os.Stdout)
	n := flag.Int("n", 3, "number")
	flag.Parse()
	fmt.Println(*n, flag.NArg(), flag.NFlag(), flag.Parsed(), flag.Lookup("n").DefValue)
	flag.Set("n", "8")
	fmt.Println(*n, flag.NFlag())
	flag.PrintDefaults()
}
