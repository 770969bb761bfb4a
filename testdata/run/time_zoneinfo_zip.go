// time.LoadLocation through $ZONEINFO naming an uncompressed zip archive (as Go's
// lib/time/zoneinfo.zip): the program writes the archive itself, sets $ZONEINFO before the
// first LoadLocation (which reads it once), and loads zones only the archive has, plus the
// errors for a compressed entry, malformed data (not reported, as gc) and a missing one.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func le16(b []byte, v int) []byte { return append(b, byte(v), byte(v>>8)) }
func le32(b []byte, v int) []byte { return append(b, byte(v), byte(v>>8), byte(v>>16), byte(v>>24)) }

type entry struct {
	name   string
	data   []byte
	method int
}

// writeZip builds a zip archive; CRCs are left zero (the time package does not check them).
func writeZip(entries []entry) []byte {
	var out, central []byte
	for _, e := range entries {
		off := len(out)
		out = le32(out, 0x04034b50)
		out = le16(out, 10)
		out = le16(out, 0)
		out = le16(out, e.method)
		out = le16(out, 0)
		out = le16(out, 0)
		out = le32(out, 0)
		out = le32(out, len(e.data))
		out = le32(out, len(e.data))
		out = le16(out, len(e.name))
		out = le16(out, 0)
		out = append(out, e.name...)
		out = append(out, e.data...)

		central = le32(central, 0x02014b50)
		central = le16(central, 20)
		central = le16(central, 10)
		central = le16(central, 0)
		central = le16(central, e.method)
		central = le16(central, 0)
		central = le16(central, 0)
		central = le32(central, 0)
		central = le32(central, len(e.data))
		central = le32(central, len(e.data))
		central = le16(central, len(e.name))
		central = le16(central, 0)
		central = le16(central, 0)
		central = le16(central, 0)
		central = le16(central, 0)
		central = le32(central, 0)
		central = le32(central, off)
		central = append(central, e.name...)
	}
	start := len(out)
	out = append(out, central...)
	out = le32(out, 0x06054b50)
	out = le16(out, 0)
	out = le16(out, 0)
	out = le16(out, len(entries))
	out = le16(out, len(entries))
	out = le32(out, len(central))
	out = le32(out, start)
	out = le16(out, 0)
	return out
}

// tzif builds a version 1 TZif file with one fixed zone.
func tzif(abbrev string, offset int) []byte {
	b := []byte("TZif")
	b = append(b, make([]byte, 16)...)
	be32 := func(v int) { b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v)) }
	for _, n := range []int{0, 0, 0, 0, 1, len(abbrev) + 1} {
		be32(n)
	}
	be32(offset)
	b = append(b, 0, 0)
	b = append(b, abbrev...)
	return append(b, 0)
}

func main() {
	dir, err := os.MkdirTemp("", "zi")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	zip := writeZip([]entry{
		{"Test/Plus5", tzif("FIV", 5*3600), 0},
		{"Test/Minus3h30", tzif("MTH", -3*3600-1800), 0},
		{"Test/Deflated", tzif("DEF", 3600), 8},
		{"Test/Bad", []byte("not TZif data"), 0},
	})
	path := filepath.Join(dir, "zoneinfo.zip")
	if err := os.WriteFile(path, zip, 0o644); err != nil {
		fmt.Println(err)
		return
	}
	os.Setenv("ZONEINFO", path)
	for _, name := range []string{"Test/Plus5", "Test/Minus3h30", "Test/Deflated", "Test/Bad", "Test/Missing", "UTC"} {
		loc, err := time.LoadLocation(name)
		if err != nil {
			fmt.Println(name, "error:", strings.ReplaceAll(err.Error(), dir, "DIR"))
			continue
		}
		t := time.Date(2020, 2, 3, 4, 5, 6, 0, loc)
		fmt.Println(name, loc, t, t.Unix())
	}
	// $ZONEINFO was read once: changing it now has no effect.
	os.Setenv("ZONEINFO", "/nonexistent")
	loc, err := time.LoadLocation("Test/Plus5")
	fmt.Println(loc, err)
}
