// text/tabwriter: column blocks, padding with spaces and tabs, AlignRight, Debug,
// DiscardEmptyColumns, TabIndent, FilterHTML, Escape/StripEscape, formfeeds, UTF-8 widths,
// writes split at arbitrary points, and the output error path.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"
)

type buffer struct{ b []byte }

func (w *buffer) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

type failing struct{ n int }

func (w *failing) Write(p []byte) (int, error) {
	if w.n <= 0 {
		return 0, errors.New("disk full")
	}
	w.n--
	return len(p), nil
}

type short struct{}

func (short) Write(p []byte) (int, error) { return len(p) / 2, nil }

func run(name string, minwidth, tabwidth, padding int, padchar byte, flags uint, src string) {
	for _, chunk := range []int{0, 1, 3, 7} {
		var out buffer
		w := tabwriter.NewWriter(&out, minwidth, tabwidth, padding, padchar, flags)
		if chunk == 0 {
			fmt.Fprint(w, src)
		} else {
			for i := 0; i < len(src); i += chunk {
				end := i + chunk
				if end > len(src) {
					end = len(src)
				}
				w.Write([]byte(src[i:end]))
			}
		}
		err := w.Flush()
		if chunk == 0 {
			fmt.Printf("== %s (err %v)\n", name, err)
			for _, line := range strings.SplitAfter(string(out.b), "\n") {
				fmt.Printf("%q\n", line)
			}
		} else {
			// The result must not depend on how the input was split.
			var whole buffer
			w2 := tabwriter.NewWriter(&whole, minwidth, tabwidth, padding, padchar, flags)
			w2.Write([]byte(src))
			w2.Flush()
			if string(whole.b) != string(out.b) {
				fmt.Printf("!! %s differs with chunks of %d\n", name, chunk)
			}
		}
	}
}

func main() {
	table := "a\tb\tc\naaa\tbbbbb\tc\n\taa\t\tccc\nx\n\tlast\tline\tno newline"
	run("basic", 0, 8, 1, '.', 0, table)
	run("minwidth", 5, 0, 0, '.', 0, table)
	run("right", 0, 8, 2, ' ', tabwriter.AlignRight, table)
	run("tabs", 0, 8, 1, '\t', 0, table)
	run("tabs right", 0, 4, 1, '\t', tabwriter.AlignRight, table)
	run("tabs zero width", 0, 0, 1, '\t', 0, table)
	run("debug", 0, 8, 1, '-', tabwriter.Debug, table+"\f1\t2\f\t3\n")
	run("empty columns", 0, 8, 1, '_', 0, "a\t\tb\nc\t\td\n\t\t\n")
	run("discard empty", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns, "a\t\tb\nc\t\td\n")
	run("discard debug", 0, 8, 1, '_', tabwriter.DiscardEmptyColumns|tabwriter.Debug, "a\t\tb\nc\v\vd\n")
	run("tabindent", 0, 4, 1, ' ', tabwriter.TabIndent, "\t\tindented\tx\n\tone\ty\nnone\tz\n")
	run("html", 0, 8, 1, '.', tabwriter.FilterHTML, "<b>bold</b>\tx\n&amp;&lt;\ty\n<unterminated\tz")
	run("no html", 0, 8, 1, '.', 0, "<b>bold</b>\tx\n&amp;&lt;\ty\n")
	run("escape", 0, 8, 1, '.', 0, "a\xff\t\xffb\tc\nab\tc\n\xffunterminated\t")
	run("strip escape", 0, 8, 1, '.', tabwriter.StripEscape, "a\xff\t\xffb\tc\nab\tc\n")
	run("utf8", 0, 8, 1, '*', 0, "日本語\tx\nä\ty\n\xffé\xff\tz\n")
	run("vtab", 0, 8, 1, '.', 0, "a\vb\tc\naaaa\vb\tc\n")
	run("formfeed", 0, 8, 1, '.', 0, "a\tb\nccc\td\feeeee\tf\ng\th\n")
	run("cr", 0, 8, 1, '.', 0, "a\r\tb\r\n")
	run("empty", 0, 8, 1, '.', 0, "")
	run("newlines", 0, 8, 1, '.', 0, "\n\n\t\n")
	run("padding 0", 0, 8, 0, '.', 0, table)
	run("gofmt style", 0, 8, 1, '\t', tabwriter.DiscardEmptyColumns, "func f() {\n\tx := 1\t// one\n\tyy := 22\t// two\n}\n")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', 0)
	fmt.Fprintln(w, "name\tsize\tkind")
	fmt.Fprintln(w, "tabwriter.go\t12345\tfile")
	fmt.Fprintln(w, "x\t1\tdir")
	fmt.Println(w.Flush())

	fw := &failing{n: 1}
	w = tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
	_, err := w.Write([]byte("a\tb\nc\td\n"))
	fmt.Println("write", err)
	fmt.Println("flush", w.Flush())
	w = tabwriter.NewWriter(fw, 0, 8, 1, ' ', 0)
	n, err := w.Write([]byte("one cell\n"))
	fmt.Println("write", n, err)
	w = tabwriter.NewWriter(short{}, 0, 8, 1, ' ', 0)
	n, err = w.Write([]byte("abc\n"))
	fmt.Println("short", n, err)

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		tabwriter.NewWriter(os.Stdout, -1, 8, 1, ' ', 0)
	}()
	var zero tabwriter.Writer
	zero.Init(os.Stdout, 0, 8, 1, '.', 0)
	fmt.Fprint(&zero, "x\ty\n")
	zero.Flush()
}
