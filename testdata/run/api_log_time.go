// log's Panic family (the message is logged, then panicked with as a string) and time's
// GobEncode/GobDecode, UnmarshalText and LoadLocationFromTZData.
package main

import (
	"fmt"
	"log"
	"os"
	"strings"
	"time"
)

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("recovered %T %q\n", r, r)
	}()
	f()
}

func main() {
	var buf strings.Builder
	l := log.New(&buf, "pfx: ", log.Lmsgprefix)
	catch(func() { l.Panic("a", 1, 2, "b") })
	catch(func() { l.Panicf("%d-%s", 7, "x") })
	catch(func() { l.Panicln("a", 1, 2, "b") })
	log.SetOutput(&buf)
	log.SetFlags(0)
	catch(func() { log.Panic("top", 3.5) })
	catch(func() { log.Panicf("%v|%q", nil, "q") })
	catch(func() { log.Panicln("top", "ln") })
	fmt.Print(buf.String())

	locs := []*time.Location{time.UTC, time.FixedZone("X", -(3*3600 + 30*60)), time.FixedZone("", 5*3600+45*60+17)}
	for _, loc := range locs {
		for _, t := range []time.Time{
			time.Date(2024, 2, 29, 13, 4, 5, 123456789, loc),
			time.Date(1, 1, 1, 0, 0, 0, 0, loc),
			time.Date(-50, 12, 31, 23, 59, 59, 999999999, loc),
			time.Date(9999, 1, 1, 0, 0, 0, 1, loc),
		} {
			b, err := t.GobEncode()
			var u time.Time
			err2 := u.GobDecode(b)
			fmt.Printf("%x %v %v %v %v\n", b, err, err2, u, u.Equal(t))
		}
	}
	var z time.Time
	fmt.Println(z.GobDecode(nil), z.GobDecode([]byte{9}), z.GobDecode([]byte{1, 2, 3}))

	for _, s := range []string{"2006-01-02T15:04:05Z", "2006-01-02T15:04:05.999999999+07:00",
		"2006-01-02T15:04:05-00:30", "2006-01-02 15:04:05Z", "2006-01-02T15:04:05", "",
		"2006-13-02T15:04:05Z", "2006-01-02T24:00:00Z", "0001-01-01T00:00:00Z"} {
		var t time.Time
		err := t.UnmarshalText([]byte(s))
		fmt.Printf("%q: %v %v\n", s, t, err)
	}

	for _, name := range []string{"Europe/Berlin", "America/New_York", "Australia/Lord_Howe", "UTC"} {
		data, err := os.ReadFile("/usr/share/zoneinfo/" + name)
		if err != nil {
			fmt.Println(name, "unreadable")
			continue
		}
		loc, err := time.LoadLocationFromTZData(name, data)
		fmt.Println(loc, err)
		for _, u := range []int64{0, 1e9, 1.7e9, 4e9} {
			fmt.Println(" ", time.Unix(u, 0).In(loc).Format(time.RFC3339+" MST"))
		}
	}
	for _, data := range [][]byte{nil, []byte("TZif"), []byte("not tz data at all"), []byte("TZif2\x00\x00\x00")} {
		loc, err := time.LoadLocationFromTZData("bad", data)
		fmt.Println(loc, err)
	}
}
