// A differential run over random times, layouts and durations (an xorshift generator with a
// fixed seed): Format, ParseInLocation of the result, the calendar accessors, Round,
// Truncate, Add, AddDate, Date's normalization and Sub, in fixed zones. Layouts leave out
// ".999" fractions, whose parsing of extra digits changed in Go 1.20, and "cannot parse"
// errors are not printed (their ValueElem changed in Go 1.20).
package main

import (
	"fmt"
	"strings"
	"time"
)

var seed uint64 = 88172645463325252

func rnd() uint64 {
	seed ^= seed << 13
	seed ^= seed >> 7
	seed ^= seed << 17
	return seed
}

func rn(n int) int { return int(rnd() % uint64(n)) }

var elems = []string{"2006", "06", "01", "1", "Jan", "January", "02", "2", "_2", "__2", "002", "15", "3", "03", "04", "4", "05", "5", "PM", "pm", "MST", "Z07:00", "Z0700", "-07:00", "-0700", "-07", "Z07", "-07:00:00", "Z070000", ".000", ",000", ".0", ",00000", "Mon", "Monday", " ", "-", ":", "T", "/", "x", "  "}

func main() {
	locs := []*time.Location{time.UTC, time.FixedZone("ABC", -12345), time.FixedZone("", 3600*9+1800), time.FixedZone("Q", 14*3600)}
	var sb strings.Builder
	for i := 0; i < 400; i++ {
		var sec int64
		switch rn(4) {
		case 0:
			sec = int64(rnd()>>1) - 1<<62
		case 1:
			sec = int64(rn(1<<40)) - 1<<39
		default:
			sec = int64(rn(4102444800)) // 1970..2100
		}
		t := time.Unix(sec, int64(rn(1e9))).In(locs[rn(len(locs))])
		var layout string
		for k := rn(8); k >= 0; k-- {
			layout += elems[rn(len(elems))]
		}
		s := t.Format(layout)
		fmt.Fprintln(&sb, i, layout, "|", s, "|", t)
		y, w := t.ISOWeek()
		fmt.Fprintln(&sb, t.YearDay(), t.Weekday(), y, w, t.IsDST(), t.Unix(), t.UnixNano())
		p, err := time.ParseInLocation(layout, s, t.Location())
		if err != nil {
			if !strings.Contains(err.Error(), "cannot parse") {
				fmt.Fprintln(&sb, "perr", err)
			} else {
				fmt.Fprintln(&sb, "perr cannot parse")
			}
		} else {
			fmt.Fprintln(&sb, "p", p, p.Equal(t))
		}
		d := time.Duration(rnd())
		if rn(2) == 0 {
			d = time.Duration(rn(1 << 40))
		}
		ds := d.String()
		pd, err := time.ParseDuration(ds)
		fmt.Fprintln(&sb, ds, pd == d, err, t.Round(d%(time.Hour*50)), t.Truncate(d%(time.Hour*50)), t.Add(d), t.AddDate(rn(5)-2, rn(30)-15, rn(100)-50))
		u := time.Date(rn(6000)-1000, time.Month(rn(30)-10), rn(80)-20, rn(50)-10, rn(100)-20, rn(100)-20, rn(3e9)-1e9, locs[rn(len(locs))])
		fmt.Fprintln(&sb, u, u.Sub(t), t.Sub(u) == -u.Sub(t), u.Before(t))
	}
	fmt.Print(sb.String())
}
