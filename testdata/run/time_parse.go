// time.Parse and ParseInLocation: every layout element, zone names and offsets, and gc's
// ParseError texts. Locations are explicit so that the machine's time zone does not matter.
// (Go 1.20 changed ValueElem for an element that fails after consuming input: see
// selfcheck/time_new_api.go.)
package main

import (
	"fmt"
	"time"
)

func main() {
	cases := [][2]string{
		{time.RFC3339, "2006-01-02T15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05+07:00"},
		{time.RFC3339, "2006-01-02T15:04:05.123-07:30"},
		{time.RFC3339Nano, "2006-01-02T15:04:05.123456789Z"},
		{time.RFC3339, "2006-01-02T25:04:05Z"},
		{time.RFC3339, "2006-13-02T15:04:05Z"},
		{time.RFC3339, "2006-02-30T15:04:05Z"},
		{time.RFC3339, "2006-01-02 15:04:05Z"},
		{time.RFC3339, "2006-01-02T15:04:05Zjunk"},
		{time.RFC3339, "2006-01-02T15:04:05+0700"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 PST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+3"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT-11"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+25"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+24"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 GMT+23"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 -24"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +23"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 UTC"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 +03"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EST"},
		{time.RFC1123, "Mon, 02 Jan 2006 15:04:05 EDT"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0000"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 +0000"},
		{time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 -0500"},
		{time.RFC850, "Monday, 02-Jan-06 15:04:05 MST"},
		{time.RubyDate, "Thu Feb 04 21:00:57 -0800 2010"},
		{time.UnixDate, "Thu Feb  4 21:00:57 PST 2010"},
		{time.ANSIC, "Thu Feb  4 21:00:57 2010"},
		{time.ANSIC, "thu FEB  4 21:00:57 2010"},
		{time.ANSIC, "Thu Feb 4 21:00:57 2010"},
		{time.Kitchen, "3:04PM"},
		{time.Kitchen, "12:04AM"},
		{time.Kitchen, "12:04PM"},
		{time.Kitchen, "13:04PM"},
		{"3:04pm", "11:59am"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57.012345"},
		{"2006-01-02 15:04:05", "2010-02-04 21:00:57,012345"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.01"},
		{"2006-01-02 15:04:05.000", "2010-02-04 21:00:57.012"},
		{"2006-01-02 15:04:05,999", "2010-02-04 21:00:57,0123"},
		{"2006-01-02 15:04:05.999", "2010-02-04 21:00:57"},
		{"2006-01-02 15:04:05.999999999", "2010-02-04 21:00:57.123456789"},
		{"2006-01-02 15:04:05 .9", "2010-02-04 21:00:57 .x"},
		{"2006-002", "2012-060"},
		{"2006-__2", "2012- 60"},
		{"2006-__2", "2012-  6"},
		{"2006-002", "2013-366"},
		{"2006-002", "2013-000"},
		{"2006-01-02 002", "2012-03-01 061"},
		{"2006-01-02 002", "2012-03-02 061"},
		{"2006-01 002", "2012-04 061"},
		{"Jan _2 06", "Feb  3 99"},
		{"Jan _2 06", "Feb 3 68"},
		{"Jan _2 06", "Feb 3 6"},
		{"January 2", "September 31"},
		{"January 2", "February 29"},
		{"January 2 2006", "February 29 2001"},
		{"Monday", "Tues"},
		{"Monday", "Tuesday"},
		{"15:04", "1:04"},
		{"15:04", "24:04"},
		{"15:04", "12:60"},
		{"15:04:05", "12:30:60"},
		{"15", "x"},
		{"2006", "-123"},
		{"2006", "123"},
		{"06", "7"},
		{"1/2/06", "13/1/99"},
		{"01/02/06", "1/02/99"},
		{"Z07:00:00", "+01:02:03"},
		{"Z070000", "-010203"},
		{"-07", "-03"},
		{"Z07", "Z"},
		{"Z070000", "Z"},
		{"Z07:00:00", "Z"},
		{"Z0700", "Z"},
		{"MST", "ChST"},
		{"MST", "WITA"},
		{"MST", "ABCDT"},
		{"MST", "ABCDE"},
		{"MST", "ABCD"},
		{"MST", "AB"},
		{"MST", "ABCDEF"},
		{"05.000", "01.-12"},
		{"Mon Jan 2 15:04:05 -0700 MST 2006", "Mon Jan 2 15:04:05 -0700 MST 2006"},
		{"", ""},
		{"", "x"},
		{"\"x\\", "\"x\\é"},
		{"2006-01-02", "2006-01-02\x00\xff"},
	}
	ny, err := time.LoadLocation("America/New_York")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, loc := range []*time.Location{time.UTC, time.FixedZone("PST", -8*3600), ny} {
		fmt.Println("in", loc)
		for _, c := range cases {
			t, err := time.ParseInLocation(c[0], c[1], loc)
			if err != nil {
				fmt.Println("ERR", err)
				if pe, ok := err.(*time.ParseError); ok {
					fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
				}
				continue
			}
			name, off := t.Zone()
			fmt.Println(t, t.Location(), name, off, t.Unix(), t.Nanosecond(), t.Location() == loc)
		}
	}
	// Parse without zone information gives UTC.
	t, err := time.Parse("2006-01-02 15:04:05.000", "2023-04-05 06:07:08.009")
	fmt.Println(t, err, t.Location() == time.UTC)
}
