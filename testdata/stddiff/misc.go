// Command misc is tools/stddiff.py's program for packages time, path, path/filepath,
// text/tabwriter and flag: built from this same source by go 1.19 (the oracle) and by ergo,
// run with the same arguments, the two must print the same lines.
//
// Usage: misc SEED COUNT [FIRST]
//
// Case i (FIRST <= i < FIRST+COUNT) draws from its own generator, seeded from SEED and i, one
// of: a time (random instant, zone: fixed offsets and IANA zones read from the system) formatted
// with a random layout and parsed back, also after a random mutation of the text; Date with
// out-of-range fields, AddDate, Add, Sub, Round, Truncate, the calendar accessors; a Duration's
// String and ParseDuration (also of mutated text); path.Match, filepath.Match, Clean, Join,
// Rel, Split, Base, Dir, Ext over random paths and patterns; a tabwriter run with random
// settings and input split at random points; a FlagSet parsing random arguments. Go 1.20
// changed four things that go 1.19 cannot show, which this program avoids: fractions of
// ".999" layouts followed by more digits (not generated), a ParseError's ValueElem (not
// printed), signs inside a numeric zone offset (not generated), and bad seconds digits
// followed by a fraction (go 1.19 accepted them; such mutated texts are skipped).
package main

import (
	"flag"
	"os"
	"path"
	"path/filepath"
	"strings"
	"text/tabwriter"
	"time"
)

// rng is splitmix64: tiny, and the same sequence everywhere.
type rng struct{ s uint64 }

func (r *rng) next() uint64 {
	r.s += 0x9e3779b97f4a7c15
	z := r.s
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func (r *rng) intn(n int) int { return int(r.next() % uint64(n)) }

func (r *rng) pick(l []string) string { return l[r.intn(len(l))] }

var out []byte

func flush() {
	os.Stdout.Write(out)
	out = out[:0]
}

func endLine() {
	out = append(out, '\n')
	if len(out) > 1<<16 {
		flush()
	}
}

func put(s string) { out = append(out, ' '); out = append(out, s...) }

func putNum(v int64) {
	out = append(out, ' ')
	if v < 0 {
		out = append(out, '-')
	}
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	out = append(out, b[i:]...)
}

// putQ writes s in double quotes, printable ASCII as is, every other byte as \xNN.
func putQ(s string) {
	out = append(out, ' ', '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x20 && c < 0x7f && c != '"' && c != '\\' {
			out = append(out, c)
		} else {
			out = append(out, '\\', 'x', "0123456789abcdef"[c>>4], "0123456789abcdef"[c&15])
		}
	}
	out = append(out, '"')
}

func putBool(b bool) {
	if b {
		put("true")
	} else {
		put("false")
	}
}

func putErr(err error) {
	if err == nil {
		put("<nil>")
		return
	}
	if pe, ok := err.(*time.ParseError); ok {
		// Everything but ValueElem (Go 1.20 changed it).
		put("ParseError")
		putQ(pe.Layout)
		putQ(pe.Value)
		putQ(pe.LayoutElem)
		putQ(pe.Message)
		return
	}
	putQ(err.Error())
}

var locs []*time.Location

func initLocs() {
	locs = []*time.Location{time.UTC, time.FixedZone("ABC", -12345), time.FixedZone("", 9*3600+1800),
		time.FixedZone("", -3600), time.FixedZone("Q", 14*3600), time.FixedZone("LMT", 0)}
	for _, n := range []string{"America/New_York", "Europe/Berlin", "Australia/Lord_Howe", "Asia/Kolkata",
		"America/Sao_Paulo", "Pacific/Apia", "Africa/Casablanca", "Europe/Dublin", "America/St_Johns"} {
		if l, err := time.LoadLocation(n); err == nil {
			locs = append(locs, l)
		}
	}
}

var layoutElems = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "3",
	"03", "04", "4", "05", "5", "PM", "pm", "MST", "Z07:00", "Z0700", "-07:00", "-0700", "-07", "Z07",
	"-07:00:00", "Z070000", "Z07:00:00", "-070000", ".000", ",000", ".0", ",000000000", ".00000000000", "Mon",
	"Monday", " ", "-", ":", "T", "/", "x", "  ", "_", "Janu", "Mond", "MSTZ", "9", "0", ",", "."}

var fixedLayouts = []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
	time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.Kitchen, time.Stamp, time.StampMilli,
	time.StampMicro, time.StampNano, "2006-01-02 15:04:05", "2006-01-02", "15:04:05"}

func randTime(r *rng) time.Time {
	var sec int64
	switch r.intn(5) {
	case 0:
		sec = int64(r.next()>>1) - 1<<62
	case 1:
		sec = int64(r.intn(1<<40)) - 1<<39
	case 2:
		sec = int64(r.intn(1<<36)) - 1<<35
	default:
		sec = int64(r.intn(4102444800)) // 1970..2100
	}
	return time.Unix(sec, int64(r.intn(1e9))).In(locs[r.intn(len(locs))])
}

func putTime(t time.Time) {
	putQ(t.String())
	putNum(t.Unix())
}

// mutate changes, inserts or deletes a few bytes of s. With noSign, it does not bring in
// signs (go 1.19 accepted "+5" for a zone offset's digits, Go 1.22 does not).
func mutate(r *rng, s string, noSign bool) string {
	b := []byte(s)
	alphabet := "0123456789 +-:.,ZTAPMamp/_JFMSOND\xff"
	if noSign {
		alphabet = "0123456789 :.,ZTAPMamp/_JFMSOND\xff"
	}
	for k := r.intn(3); k >= 0; k-- {
		switch r.intn(3) {
		case 0:
			if len(b) > 0 {
				b[r.intn(len(b))] = alphabet[r.intn(len(alphabet))]
			}
		case 1:
			i := r.intn(len(b) + 1)
			b = append(b[:i], append([]byte{alphabet[r.intn(len(alphabet))]}, b[i:]...)...)
		case 2:
			if len(b) > 0 {
				i := r.intn(len(b))
				b = append(b[:i], b[i+1:]...)
			}
		}
	}
	return string(b)
}

func timeFormatCase(r *rng) {
	t := randTime(r)
	var layout string
	fixed := r.intn(4) == 0
	if fixed {
		layout = r.pick(fixedLayouts)
	} else {
		for k := r.intn(8); k >= 0; k-- {
			layout += r.pick(layoutElems)
		}
	}
	s := t.Format(layout)
	put("format")
	putQ(layout)
	putTime(t)
	putQ(s)
	loc := locs[r.intn(len(locs))]
	for i, v := range []string{s, mutate(r, s, true)} {
		if (i == 1 || !fixed) && strings.Contains(layout, "5") && strings.ContainsAny(v, ".,") {
			// go 1.19 let a fraction after bad seconds digits hide their error. (The
			// fixed layouts cannot misplace the seconds.)
			put("skipped")
			continue
		}
		if i == 1 && strings.Contains(layout, "07") {
			// A deletion can move a sign into a zone offset's digits: go 1.19 accepted
			// "+5" there.
			put("skipped")
			continue
		}
		p, err := time.ParseInLocation(layout, v, loc)
		putTime(p)
		putErr(err)
	}
	if fixed || !strings.Contains(layout, "5") || !strings.ContainsAny(s, ".,") {
		p, err := time.Parse(layout, s)
		putTime(p)
		putErr(err)
	}
}

func timeCalendarCase(r *rng) {
	t := randTime(r)
	put("calendar")
	putTime(t)
	y, m, d := t.Date()
	hh, mm, ss := t.Clock()
	iy, iw := t.ISOWeek()
	name, off := t.Zone()
	for _, v := range []int{y, int(m), d, hh, mm, ss, t.Nanosecond(), t.YearDay(), int(t.Weekday()), iy, iw, off} {
		putNum(int64(v))
	}
	putQ(name)
	putBool(t.IsDST())
	zs, ze := t.ZoneBounds()
	putTime(zs)
	putTime(ze)
	u := time.Date(r.intn(6000)-1000, time.Month(r.intn(30)-10), r.intn(80)-20, r.intn(50)-10, r.intn(100)-20,
		r.intn(100)-20, r.intn(3e9)-1e9, locs[r.intn(len(locs))])
	putTime(u)
	putQ(u.Sub(t).String())
	putBool(t.Before(u))
	putBool(t.After(u))
	putBool(t.Equal(u))
	putTime(t.AddDate(r.intn(5)-2, r.intn(30)-15, r.intn(100)-50))
	dur := time.Duration(r.next())
	if r.intn(2) == 0 {
		dur = time.Duration(r.intn(1 << 40))
	}
	putTime(t.Add(dur))
	m2 := dur % (50 * time.Hour)
	putTime(t.Round(m2))
	putTime(t.Truncate(m2))
	putQ(t.GoString())
	b, err := t.MarshalBinary()
	putQ(string(b))
	putErr(err)
	var v time.Time
	putErr(v.UnmarshalBinary(b))
	putBool(v.Equal(t))
}

var durUnits = []string{"ns", "us", "µs", "μs", "ms", "s", "m", "h", "x", ""}

func durationCase(r *rng) {
	var d time.Duration
	switch r.intn(3) {
	case 0:
		d = time.Duration(r.next())
	case 1:
		d = time.Duration(r.intn(1<<40)) - 1<<39
	default:
		d = time.Duration(r.intn(1e6))
	}
	if d == -1<<63 {
		d++ // go 1.19 cannot parse the minimum back
	}
	s := d.String()
	put("duration")
	putNum(int64(d))
	putQ(s)
	putQ(d.Round(time.Duration(r.intn(1e10))).String())
	putQ(d.Truncate(time.Duration(r.intn(1e10))).String())
	putQ(d.Abs().String())
	p, err := time.ParseDuration(s)
	putNum(int64(p))
	putErr(err)
	var t string
	if r.intn(2) == 0 {
		t = mutate(r, s, false)
	} else {
		for k := r.intn(4); k >= 0; k-- {
			if r.intn(3) == 0 {
				t += r.pick([]string{"-", "+", ".", "1.", ".5"})
			}
			t += r.pick([]string{"0", "1", "12", "999999999999", "3.25", "0.000001"}) + r.pick(durUnits)
		}
	}
	p, err = time.ParseDuration(t)
	putQ(t)
	putNum(int64(p))
	putErr(err)
}

var pathPieces = []string{"a", "b", "*", "?", "[", "]", "^", "-", "\\", "/", ".", "..", "é", "[a-c]", "[^x]", "\xff", "c", "//"}
var namePieces = []string{"a", "b", "c", "/", ".", "..", "é", "x", "-", "]", "\\", "*", "?", "[", "\xff", "abc"}

func randPath(r *rng, pieces []string) string {
	var s string
	for k := r.intn(7); k >= 0; k-- {
		s += r.pick(pieces)
	}
	return s
}

func pathCase(r *rng) {
	p, n := randPath(r, pathPieces), randPath(r, namePieces)
	put("path")
	putQ(p)
	putQ(n)
	m, err := path.Match(p, n)
	putBool(m)
	putErr(err)
	m, err = filepath.Match(p, n)
	putBool(m)
	putErr(err)
	dir, file := path.Split(n)
	for _, s := range []string{path.Clean(n), path.Join(p, n), path.Join(n, "", p), dir, file, path.Base(n), path.Dir(n), path.Ext(n)} {
		putQ(s)
	}
	rel, err := filepath.Rel(p, n)
	putQ(rel)
	putErr(err)
	putBool(filepath.IsAbs(n))
	putQ(strings.Join(filepath.SplitList(strings.ReplaceAll(n, "/", ":")), "|"))
}

var tabPieces = []string{"a", "bb", "ccc", "日本", "\t", "\t", "\t", "\n", "\n", "\v", "\f", "<b>", "&amp;", "\xff", "x y", "", "  ", "é"}

type buffer struct{ b []byte }

func (w *buffer) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

func tabwriterCase(r *rng) {
	var src string
	for k := r.intn(30); k >= 0; k-- {
		src += r.pick(tabPieces)
	}
	var w buffer
	minwidth, tabwidth, padding := r.intn(6), r.intn(9), r.intn(4)
	padchar := " .\t-"[r.intn(4)]
	flags := uint(r.intn(64))
	tw := tabwriter.NewWriter(&w, minwidth, tabwidth, padding, padchar, flags)
	put("tabwriter")
	putQ(src)
	for _, v := range []int{minwidth, tabwidth, padding, int(padchar), int(flags)} {
		putNum(int64(v))
	}
	for len(src) > 0 {
		n := r.intn(len(src) + 1)
		tw.Write([]byte(src[:n]))
		src = src[n:]
	}
	putErr(tw.Flush())
	putQ(string(w.b))
}

var flagWords = []string{"-b", "--b", "-b=1", "-b=F", "-b=x", "-i", "-i=", "-i=0x10", "--i=-7", "-u", "-u=-1", "-f",
	"-f=1e400", "-d", "-d=1h", "-s", "--s=", "-", "--", "---x", "-=", "12", "0b11", "x", "1.5", "-0", "3m",
	"-h", "-help", "--help", "-nope", "-u64", "18446744073709551616", "0777", "true", "-i64=9223372036854775808",
	"1_000", "0x_1F", "-v", "-v=bad", "-fn", "-fn=fail"}

func flagCase(r *rng) {
	var w buffer
	fs := flag.NewFlagSet("fz", flag.ContinueOnError)
	fs.SetOutput(&w)
	b := fs.Bool("b", false, "a `bool`")
	n := fs.Int("i", 1, "int")
	n64 := fs.Int64("i64", 0, "int64\nsecond line")
	u := fs.Uint("u", 2, "uint")
	u64 := fs.Uint64("u64", 0, "uint64")
	f := fs.Float64("f", 0, "float")
	d := fs.Duration("d", 0, "dur")
	s := fs.String("s", "def", "str")
	var calls string
	fs.Func("fn", "func", func(v string) error {
		calls += "[" + v + "]"
		if v == "fail" {
			return os.ErrInvalid
		}
		return nil
	})
	var args []string
	for k := r.intn(5); k >= 0; k-- {
		args = append(args, r.pick(flagWords))
	}
	err := fs.Parse(args)
	put("flag")
	putQ(strings.Join(args, " "))
	putErr(err)
	putBool(*b)
	putNum(int64(*n))
	putNum(*n64)
	putNum(int64(*u))
	putNum(int64(*u64))
	putQ(fs.Lookup("f").Value.String())
	putQ(d.String())
	putQ(*s)
	putQ(calls)
	putQ(strings.Join(fs.Args(), "|"))
	putNum(int64(fs.NFlag()))
	putQ(string(w.b))
	_ = f
}

func parseArg(s string) uint64 {
	var v uint64
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			os.Stderr.Write([]byte("usage: misc SEED COUNT [FIRST]\n"))
			os.Exit(2)
		}
		v = v*10 + uint64(s[i]-'0')
	}
	return v
}

func main() {
	if len(os.Args) < 3 || len(os.Args) > 4 {
		parseArg("?")
	}
	seed, count := parseArg(os.Args[1]), parseArg(os.Args[2])
	first := uint64(0)
	if len(os.Args) == 4 {
		first = parseArg(os.Args[3])
	}
	initLocs()
	cases := []func(*rng){timeFormatCase, timeFormatCase, timeFormatCase, timeCalendarCase, timeCalendarCase,
		durationCase, pathCase, tabwriterCase, flagCase}
	for i := first; i < first+count; i++ {
		r := rng{seed*0x2545f4914f6cdd1d ^ i}
		r.next()
		putNum(int64(i))
		cases[r.intn(len(cases))](&r)
		endLine()
	}
	flush()
}
