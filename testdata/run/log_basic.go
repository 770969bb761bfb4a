// Package log: flags (file and line, prefixes, Lmsgprefix), the standard logger, Output,
// Panic's value. Times are left out (they would change); Fatal exits 1, which a run test
// cannot show.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
)

type sink struct{ lines []string }

func (s *sink) Write(p []byte) (int, error) {
	s.lines = append(s.lines, string(p))
	return len(p), nil
}

func helper(l *log.Logger) {
	l.Output(2, "from helper, reported at the caller")
}

func main() {
	log.SetOutput(os.Stdout)
	fmt.Println(log.Flags() == log.LstdFlags, log.Prefix() == "", log.Writer() == os.Stdout)
	log.SetFlags(0)
	log.Print("print", 1, 2, "x", "y")
	log.Printf("printf %d %q", 42, "s")
	log.Println("println", 1, 2)
	log.Print("already ends in newline\n")
	log.Print()
	log.Print("")
	log.SetPrefix("pfx: ")
	log.Println("with prefix")
	log.SetFlags(log.Lmsgprefix)
	log.Println("with msgprefix")
	log.SetFlags(log.Lshortfile)
	log.Println("short file")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("short file, msgprefix")
	log.SetFlags(log.Lmsgprefix)
	log.Output(1, "Output(1)")

	var s sink
	l := log.New(&s, "[x] ", log.Lshortfile)
	l.Print("a")
	l.SetFlags(0)
	helper(l)
	l.SetFlags(0)
	l.SetPrefix("")
	l.Printf("%v|%5.2f|%x", []int{1, 2}, 3.14159, "hi")
	fmt.Printf("%q\n", s.lines)
	fmt.Println(l.Flags(), l.Prefix() == "", l.Writer() == &s)

	var buf bytes.Buffer
	l2 := log.New(&buf, "", 0)
	l2.SetOutput(io.Discard)
	l2.Print("dropped")
	fmt.Println(buf.Len(), l2.Writer() == io.Discard)
	fmt.Println(log.Default() != nil, log.Default().Prefix())

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		log.SetFlags(0)
		log.Panicf("bad %d", 7)
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %q\n", r, r)
		}()
		l.Panicln("bad", "line")
	}()
	fmt.Printf("%q\n", s.lines[len(s.lines)-1])
}
