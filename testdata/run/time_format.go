// time.Time as a value: Date's normalization, the calendar accessors, Unix times, arithmetic,
// Truncate/Round, and Format with every layout element in several fixed zones.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.Date(2009, time.November, 10, 23, 4, 5, 123456789, time.UTC)
	fmt.Println(t, t.Unix(), t.UnixNano(), t.UnixMilli(), t.UnixMicro(), t.IsZero())
	layouts := []string{time.Layout, time.ANSIC, time.UnixDate, time.RubyDate, time.RFC822, time.RFC822Z,
		time.RFC850, time.RFC1123, time.RFC1123Z, time.RFC3339, time.RFC3339Nano, time.Kitchen, time.Stamp,
		time.StampMilli, time.StampMicro, time.StampNano, "2006-01-02 15:04:05",
		"Monday January _2 __2 002 3 03 pm PM .000 ,999 .9 Z0700 Z070000 Z07 -07:00:00 Jan Mon MST",
		"_2006 Month Janu Monday Mond 1 2 06 _2 15 4 5 .0 .00 .99 .000000000 ,9999 .9x 05.999 Z07:00:00",
		"no elements here", ""}
	zones := []*time.Location{time.UTC, time.FixedZone("XYZ", -7*3600-1800), time.FixedZone("", 3600*5+45*60+7),
		time.FixedZone("", -3600), time.FixedZone("E", 0)}
	for _, z := range zones {
		tz := t.In(z)
		for _, l := range layouts {
			fmt.Printf("%q\n", tz.Format(l))
		}
		name, off := tz.Zone()
		fmt.Println(name, off, tz.Location(), tz.GoString())
		fmt.Println(string(tz.AppendFormat([]byte("x:"), time.Kitchen)))
	}

	// Normalization and extreme years.
	dates := []time.Time{
		time.Date(-5, 14, 40, 25, 61, 61, -1, time.UTC),
		time.Date(2000, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2001, 2, 29, 0, 0, 0, 0, time.UTC),
		time.Date(2012, 0, 0, 0, 0, 0, 0, time.UTC),
		time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC),
		time.Date(-10000, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Date(292277026596, 12, 4, 15, 30, 7, 0, time.UTC),
		time.Date(1969, 12, 31, 23, 59, 59, 999999999, time.UTC),
		time.Unix(0, 0).UTC(),
		time.Unix(-1, -1).UTC(),
		time.Unix(1e9, 2e9+5).UTC(),
		time.UnixMilli(-1500).UTC(),
		time.UnixMicro(1234567890123456).UTC(),
		{},
	}
	for _, d := range dates {
		y, w := d.ISOWeek()
		h, m, s := d.Clock()
		fmt.Println(d, d.Year(), d.Month(), d.Day(), d.YearDay(), d.Weekday(), y, w, h, m, s, d.Hour(), d.Minute(), d.Second(), d.Nanosecond(), d.Unix(), d.IsZero())
	}
	for y := 1998; y <= 2030; y += 1 {
		for _, md := range [][2]int{{1, 1}, {1, 3}, {12, 28}, {12, 31}} {
			d := time.Date(y, time.Month(md[0]), md[1], 0, 0, 0, 0, time.UTC)
			yy, ww := d.ISOWeek()
			fmt.Print(d.Format("2006-01-02 Mon"), " W", yy, "-", ww, "; ")
		}
		fmt.Println()
	}

	// Arithmetic.
	u := t.Add(36*time.Hour + 1)
	fmt.Println(u, u.Sub(t), t.Sub(u), u.After(t), u.Before(t), u.Equal(t), t.Equal(t.In(zones[1])))
	fmt.Println(t.AddDate(0, 1, 0), t.AddDate(1, -11, 21), t.AddDate(0, 0, -3650))
	fmt.Println(time.Date(2011, 10, 31, 0, 0, 0, 0, time.UTC).AddDate(0, 1, 0))
	fmt.Println(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(time.Date(2200, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)))
	fmt.Println(t.Add(1<<63-1), t.Add(-1<<63))
	for _, d := range []time.Duration{0, -1, 1, 3, time.Microsecond, 7 * time.Millisecond, time.Second, 90 * time.Second, time.Hour, 24 * time.Hour, 7*time.Second + 3} {
		fmt.Println(d, t.Truncate(d), t.Round(d), dates[7].Truncate(d), dates[7].Round(d))
	}
	fmt.Println(time.January, time.December, time.Month(13), time.Month(0), time.Sunday, time.Saturday, time.Weekday(7), time.Weekday(-1), time.Month(-1))
}
