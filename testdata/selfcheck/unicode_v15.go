// The unicode package at Unicode 15.0.0, the version of Go 1.21 and later: go 1.19 (Unicode
// 13) cannot produce these results, so the program checks itself against values from the
// Unicode 15.0 character database and prints PASS.
package main

import "unicode"

var failures = 0

func check(what string, got, want bool) {
	if got != want {
		println("FAIL", what)
		failures++
	}
}

func checkRune(what string, got, want rune) {
	if got != want {
		println("FAIL", what, got, want)
		failures++
	}
}

func main() {
	check("Version", unicode.Version == "15.0.0", true)
	check("Scripts count", len(unicode.Scripts) == 163, true)
	check("Categories count", len(unicode.Categories) == 36, true)
	check("Properties count", len(unicode.Properties) == 35, true)

	// Scripts new in Unicode 14 and 15.
	for _, name := range []string{"Cypro_Minoan", "Old_Uyghur", "Tangsa", "Toto", "Vithkuqi", "Kawi", "Nag_Mundari"} {
		check("script "+name, unicode.Scripts[name] != nil, true)
	}
	check("Kawi U+11F00", unicode.Is(unicode.Kawi, 0x11F00), true)
	check("Kawi U+11EFF", unicode.Is(unicode.Kawi, 0x11EFF), false)
	check("Nag_Mundari U+1E4D0", unicode.Is(unicode.Nag_Mundari, 0x1E4D0), true)
	check("Vithkuqi U+10570", unicode.In(0x10570, unicode.Vithkuqi), true)
	check("Toto U+1E290", unicode.Is(unicode.Toto, 0x1E290), true)

	// Letters and marks new in 14/15.
	check("IsLetter U+0889", unicode.IsLetter(0x0889), true)
	check("IsLetter U+31350 (CJK ext. H)", unicode.IsLetter(0x31350), true)
	check("Han U+323AF", unicode.Is(unicode.Han, 0x323AF), true)
	check("Han U+323B0", unicode.Is(unicode.Han, 0x323B0), false)
	check("Ideographic U+2B739", unicode.Is(unicode.Ideographic, 0x2B739), true)
	check("Lm U+1E030", unicode.Is(unicode.Lm, 0x1E030), true)
	check("IsMark U+1E4EC", unicode.IsMark(0x1E4EC), true)
	check("IsPrint U+1FAE8", unicode.IsPrint(0x1FAE8), true)
	check("IsGraphic U+1FAE9", unicode.IsGraphic(0x1FAE9), false)
	check("Han U+16FE2 (moved from Common in 14.0)", unicode.Is(unicode.Han, 0x16FE2), true)
	check("Common U+16FE2", unicode.Is(unicode.Common, 0x16FE2), false)
	check("Other_Alphabetic U+0C04", unicode.Is(unicode.Other_Alphabetic, 0x0C04), true)

	// New case pairs.
	checkRune("ToLower U+2C2F", unicode.ToLower(0x2C2F), 0x2C5F)
	checkRune("ToUpper U+2C5F", unicode.ToUpper(0x2C5F), 0x2C2F)
	checkRune("ToUpper U+A7C1", unicode.ToUpper(0xA7C1), 0xA7C0)
	checkRune("ToLower U+A7C0", unicode.ToLower(0xA7C0), 0xA7C1)
	checkRune("ToLower U+A7D0", unicode.ToLower(0xA7D0), 0xA7D1)
	checkRune("ToTitle U+A7D9", unicode.ToTitle(0xA7D9), 0xA7D8)
	checkRune("ToLower U+10570", unicode.ToLower(0x10570), 0x10597)
	checkRune("SimpleFold U+10597", unicode.SimpleFold(0x10597), 0x10570)
	checkRune("SimpleFold U+10570", unicode.SimpleFold(0x10570), 0x10597)
	check("IsUpper U+1058C", unicode.IsUpper(0x1058C), true)
	check("IsLower U+105BC", unicode.IsLower(0x105BC), true)
	check("FoldCategory Ll has U+10570", unicode.Is(unicode.FoldCategory["Ll"], 0x10570), true)
	check("FoldCategory Lu has U+A7D1", unicode.Is(unicode.FoldCategory["Lu"], 0xA7D1), true)

	// Every R16 range lies below U+10000 and every R32 range at or above; ranges are sorted,
	// and LatinOffset counts the R16 ranges ending in Latin-1.
	tables := []*unicode.RangeTable{}
	for _, m := range []map[string]*unicode.RangeTable{unicode.Categories, unicode.Scripts, unicode.Properties, unicode.FoldCategory, unicode.FoldScript} {
		for _, t := range m {
			tables = append(tables, t)
		}
	}
	for _, t := range tables {
		lat := 0
		prev := -1
		for _, r := range t.R16 {
			if int(r.Lo) <= prev || r.Hi < r.Lo || r.Stride == 0 || (r.Hi-r.Lo)%r.Stride != 0 {
				check("R16 order", true, false)
			}
			prev = int(r.Hi)
			if r.Hi <= unicode.MaxLatin1 {
				lat++
			}
		}
		for _, r := range t.R32 {
			if int(r.Lo) <= prev || r.Lo < 0x10000 || r.Hi < r.Lo || r.Stride == 0 || (r.Hi-r.Lo)%r.Stride != 0 {
				check("R32 order", true, false)
			}
			prev = int(r.Hi)
		}
		if lat != t.LatinOffset {
			check("LatinOffset", true, false)
		}
	}
	if failures == 0 {
		println("PASS")
	}
}
