// time and path/filepath API newer than go 1.19, checked against the documentation: the
// DateTime/DateOnly/TimeOnly layouts and Time.Compare (Go 1.20), ParseDuration of the minimum
// Duration, Parse ignoring sub-nanosecond digits and reporting the whole failing element
// (Go 1.20), MarshalJSON/MarshalText rejecting zone offsets of 24 hours or more (Go 1.20),
// and filepath.IsLocal (Go 1.20).
package main

import (
	"fmt"
	"path/filepath"
	"time"
)

var failures = 0

func check(what string, got, want any) {
	if got != want {
		fmt.Printf("FAIL %s: got %v, want %v\n", what, got, want)
		failures++
	}
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func main() {
	t := time.Date(2023, time.March, 4, 5, 6, 7, 8, time.UTC)
	check("DateTime", t.Format(time.DateTime), "2023-03-04 05:06:07")
	check("DateOnly", t.Format(time.DateOnly), "2023-03-04")
	check("TimeOnly", t.Format(time.TimeOnly), "05:06:07")
	p, err := time.Parse(time.DateTime, "2023-03-04 05:06:07")
	check("Parse DateTime", p.Equal(t.Truncate(time.Second)), true)
	check("Parse DateTime err", err, nil)

	u := t.Add(time.Nanosecond)
	check("Compare <", t.Compare(u), -1)
	check("Compare >", u.Compare(t), +1)
	check("Compare =", t.Compare(t.In(time.FixedZone("X", 3600))), 0)
	check("Compare zero", time.Time{}.Compare(time.Time{}), 0)
	now := time.Now()
	check("Compare monotonic", now.Compare(now.Add(time.Second)), -1)

	d, err := time.ParseDuration("-9223372036854775808ns")
	check("ParseDuration min", d, time.Duration(-1<<63))
	check("ParseDuration min err", err, nil)
	_, err = time.ParseDuration("9223372036854775808ns")
	check("ParseDuration max+1", errText(err), `time: invalid duration "9223372036854775808ns"`)
	d, _ = time.ParseDuration("-2562047h47m16.854775808s")
	check("ParseDuration min hms", d, time.Duration(-1<<63))
	check("Abs min", time.Duration(-1<<63).Abs(), time.Duration(1<<63-1))

	// Digits past the ninth are ignored (Go 1.20).
	p, err = time.Parse(time.RFC3339Nano, "2006-01-02T15:04:05.123456789123Z")
	check("extra digits err", err, nil)
	check("extra digits nsec", p.Nanosecond(), 123456789)
	p, err = time.Parse("2006-01-02 15:04:05.999", "2006-01-02 15:04:05.1234567891")
	check("extra digits .999", p.Nanosecond(), 123456789)

	// The ValueElem of a failing element is where the element started (Go 1.20).
	_, err = time.Parse(time.Kitchen, "3:04XM")
	check("PM element", errText(err), `parsing time "3:04XM" as "3:04PM": cannot parse "XM" as "PM"`)
	_, err = time.Parse(time.RFC1123Z, "Mon, 02 Jan 2006 15:04:05 *0500")
	check("zone element", errText(err), `parsing time "Mon, 02 Jan 2006 15:04:05 *0500" as "Mon, 02 Jan 2006 15:04:05 -0700": cannot parse "*0500" as "-0700"`)
	_, err = time.Parse("-07:00", "+05:3x")
	check("colon zone element", errText(err), `parsing time "+05:3x" as "-07:00": cannot parse "+05:3x" as "-07:00"`)

	// RFC 3339 cannot represent offsets of 24 hours or more (Go 1.20).
	far := time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 25*3600))
	_, err = far.MarshalJSON()
	check("MarshalJSON offset", errText(err), "Time.MarshalJSON: timezone hour outside of range [0,23]")
	_, err = far.MarshalText()
	check("MarshalText offset", errText(err), "Time.MarshalText: timezone hour outside of range [0,23]")
	_, err = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).MarshalJSON()
	check("MarshalJSON year", errText(err), "Time.MarshalJSON: year outside of range [0,9999]")
	var v time.Time
	err = v.UnmarshalJSON([]byte(`"2001-02-03T04:05:06.5+01:00"`))
	check("UnmarshalJSON", v.Format(time.RFC3339Nano)+" "+errText(err), "2001-02-03T04:05:06.5+01:00 <nil>")
	err = v.UnmarshalJSON([]byte(`12`))
	check("UnmarshalJSON not string", errText(err), "Time.UnmarshalJSON: input is not a JSON string")

	local := map[string]bool{"": false, "a": true, ".": true, "..": false, "a/../..": false, "a/../b": true,
		"/x": false, "./a": true, "a/./../..": false, "..a": true, "a/..": true, "a/b/../../..": false}
	for p, want := range local {
		check("IsLocal("+p+")", filepath.IsLocal(p), want)
	}

	if failures == 0 {
		fmt.Println("PASS")
	}
}
