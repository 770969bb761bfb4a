// time.LoadLocation: IANA zones read from the system's zoneinfo files (transitions, the TZ
// rule past the last transition, the zone before the first one), Date in gaps and overlaps,
// ZoneBounds, IsDST, and LoadLocation's errors. Dates stay before 2022 so that tzdata
// updates do not change the expectations.
package main

import (
	"fmt"
	"time"
)

func main() {
	names := []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Etc/GMT+5",
		"Pacific/Chatham", "Europe/Dublin", "Africa/Casablanca", "UTC", "", "Nowhere/Land", "../etc", "/etc/passwd"}
	for _, name := range names {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Printf("%q: error %v\n", name, err)
			continue
		}
		fmt.Printf("%q: %v\n", name, loc)
		for _, y := range []int{1850, 1900, 1946, 1970, 2000, 2012, 2021} {
			for _, m := range []time.Month{1, 3, 4, 7, 10, 11} {
				t := time.Date(y, m, 1, 12, 0, 0, 0, loc)
				s, e := t.ZoneBounds()
				fmt.Println(t, t.Unix(), s, e, t.IsDST(), t.UTC().In(loc).Format(time.RFC3339))
			}
		}
		fmt.Println(time.Date(2021, 3, 14, 2, 30, 0, 0, loc), time.Date(2021, 11, 7, 1, 30, 0, 0, loc))
		fmt.Println(time.Date(2021, 3, 28, 2, 30, 0, 0, loc), time.Date(2021, 10, 31, 2, 30, 0, 0, loc))
		fmt.Println(time.Date(2021, 10, 3, 2, 30, 0, 0, loc), time.Date(2021, 4, 4, 2, 30, 0, 0, loc))
		fmt.Println(time.Unix(1e9, 0).In(loc), time.Unix(-1e10, 0).In(loc), time.Unix(1.6e9, 0).In(loc).Format(time.RFC1123))
	}
	fmt.Println(time.UTC, time.FixedZone("", 0), time.FixedZone("", 3600).String() == "")
}
