// time.Now and the monotonic clock, checked against the documentation (the values change at
// every run, so go 1.19 cannot give an expected output): Now carries a monotonic reading that
// String prints as " m=±<seconds>" and that Round(0), UTC, In and AddDate... keep or drop as
// documented; Since and Until use it; the wall clock agrees with Unix.
package main

import (
	"fmt"
	"strings"
	"time"
)

var failures = 0

func check(what string, ok bool) {
	if !ok {
		fmt.Println("FAIL", what)
		failures++
	}
}

func main() {
	t := time.Now()
	s := t.String()
	check("String has m=+: "+s, strings.Contains(s, " m=+"))
	check("Round(0) strips m=", !strings.Contains(t.Round(0).String(), " m="))
	check("UTC strips m=", !strings.Contains(t.UTC().String(), " m="))
	check("Add keeps m=", strings.Contains(t.Add(time.Second).String(), " m=+"))
	check("AddDate strips m=", !strings.Contains(t.AddDate(0, 0, 1).String(), " m="))
	check("Truncate strips m=", !strings.Contains(t.Truncate(time.Second).String(), " m="))
	check("Location is Local", t.Location() == time.Local)
	check("year plausible", t.Year() >= 2023 && t.Year() < 2200)
	u := time.Now()
	check("monotonic order", !u.Before(t) && u.Sub(t) >= 0)
	check("Since", time.Since(t) >= 0)
	check("Until", time.Until(t) <= 0)
	check("Until future", time.Until(t.Add(time.Hour)) > 59*time.Minute)
	check("Unix round trip", time.Unix(t.Unix(), int64(t.Nanosecond())).Equal(t))
	check("Equal ignores mono", t.Equal(t.Round(0)))
	check("== sees mono", t != t.Round(0))
	check("Compare", t.Compare(u) <= 0 && u.Compare(t) >= 0 && t.Compare(t.Round(0)) == 0)
	b, err := t.MarshalBinary()
	var v time.Time
	check("binary round trip", err == nil && v.UnmarshalBinary(b) == nil && v.Equal(t))
	sum := 0
	start := time.Now()
	for i := 0; i < 1000000; i++ {
		sum += i
	}
	el := time.Since(start)
	check("elapsed positive and small", el > 0 && el < time.Minute && sum > 0)
	if failures == 0 {
		fmt.Println("PASS")
	}
}
