// The unicode package against go 1.19: predicates, case mappings, SimpleFold and table
// membership for every code point, hashed per block of 256. go 1.19 has Unicode 13.0.0 and
// ergo Unicode 15.0.0, so the blocks holding code points new in 14.0 or 15.0 (DerivedAge.txt)
// are skipped; Unicode 15 itself is checked by selfcheck/unicode_v15.go. Output uses println
// so that the test depends on unicode alone.
package main

import "unicode"

// newBlocks are the blocks (code point >> 8) that hold code points new in Unicode 14 or 15.
var newBlocks = []int{0x6, 0x8, 0xc, 0xe, 0x17, 0x18, 0x1a, 0x1b, 0x1d, 0x20, 0x2c, 0x2e, 0x9f, 0xa7, 0xfb, 0xfd, 0x105, 0x107, 0x10e, 0x10f, 0x110, 0x112, 0x116, 0x117, 0x11a, 0x11b, 0x11f, 0x12f, 0x134, 0x16a, 0x1af, 0x1b1, 0x1cf, 0x1d1, 0x1d2, 0x1df, 0x1e0, 0x1e2, 0x1e4, 0x1e7, 0x1f6, 0x1f7, 0x1f9, 0x1fa, 0x2a6, 0x2b7, 0x313, 0x314, 0x315, 0x316, 0x317, 0x318, 0x319, 0x31a, 0x31b, 0x31c, 0x31d, 0x31e, 0x31f, 0x320, 0x321, 0x322, 0x323}

func skip(blk int) bool {
	for _, b := range newBlocks {
		if b == blk {
			return true
		}
	}
	return false
}

func bit(x bool, n uint) uint32 {
	if x {
		return 1 << n
	}
	return 0
}

var categories = []string{
	"C", "Cc", "Cf", "Co", "Cs", "L",
	"Ll", "Lm", "Lo", "Lt", "Lu", "M",
	"Mc", "Me", "Mn", "N", "Nd", "Nl",
	"No", "P", "Pc", "Pd", "Pe", "Pf",
	"Pi", "Po", "Ps", "S", "Sc", "Sk",
	"Sm", "So", "Z", "Zl", "Zp", "Zs",
}

var scripts = []string{
	"Adlam", "Ahom", "Anatolian_Hieroglyphs", "Arabic", "Armenian", "Avestan",
	"Balinese", "Bamum", "Bassa_Vah", "Batak", "Bengali", "Bhaiksuki",
	"Bopomofo", "Brahmi", "Braille", "Buginese", "Buhid", "Canadian_Aboriginal",
	"Carian", "Caucasian_Albanian", "Chakma", "Cham", "Cherokee", "Chorasmian",
	"Common", "Coptic", "Cuneiform", "Cypriot", "Cyrillic", "Deseret",
	"Devanagari", "Dives_Akuru", "Dogra", "Duployan", "Egyptian_Hieroglyphs", "Elbasan",
	"Elymaic", "Ethiopic", "Georgian", "Glagolitic", "Gothic", "Grantha",
	"Greek", "Gujarati", "Gunjala_Gondi", "Gurmukhi", "Han", "Hangul",
	"Hanifi_Rohingya", "Hanunoo", "Hatran", "Hebrew", "Hiragana", "Imperial_Aramaic",
	"Inherited", "Inscriptional_Pahlavi", "Inscriptional_Parthian", "Javanese", "Kaithi", "Kannada",
	"Katakana", "Kayah_Li", "Kharoshthi", "Khitan_Small_Script", "Khmer", "Khojki",
	"Khudawadi", "Lao", "Latin", "Lepcha", "Limbu", "Linear_A",
	"Linear_B", "Lisu", "Lycian", "Lydian", "Mahajani", "Makasar",
	"Malayalam", "Mandaic", "Manichaean", "Marchen", "Masaram_Gondi", "Medefaidrin",
	"Meetei_Mayek", "Mende_Kikakui", "Meroitic_Cursive", "Meroitic_Hieroglyphs", "Miao", "Modi",
	"Mongolian", "Mro", "Multani", "Myanmar", "Nabataean", "Nandinagari",
	"New_Tai_Lue", "Newa", "Nko", "Nushu", "Nyiakeng_Puachue_Hmong", "Ogham",
	"Ol_Chiki", "Old_Hungarian", "Old_Italic", "Old_North_Arabian", "Old_Permic", "Old_Persian",
	"Old_Sogdian", "Old_South_Arabian", "Old_Turkic", "Oriya", "Osage", "Osmanya",
	"Pahawh_Hmong", "Palmyrene", "Pau_Cin_Hau", "Phags_Pa", "Phoenician", "Psalter_Pahlavi",
	"Rejang", "Runic", "Samaritan", "Saurashtra", "Sharada", "Shavian",
	"Siddham", "SignWriting", "Sinhala", "Sogdian", "Sora_Sompeng", "Soyombo",
	"Sundanese", "Syloti_Nagri", "Syriac", "Tagalog", "Tagbanwa", "Tai_Le",
	"Tai_Tham", "Tai_Viet", "Takri", "Tamil", "Tangut", "Telugu",
	"Thaana", "Thai", "Tibetan", "Tifinagh", "Tirhuta", "Ugaritic",
	"Vai", "Wancho", "Warang_Citi", "Yezidi", "Yi", "Zanabazar_Square",
}

var properties = []string{
	"ASCII_Hex_Digit", "Bidi_Control", "Dash", "Deprecated", "Diacritic", "Extender",
	"Hex_Digit", "Hyphen", "IDS_Binary_Operator", "IDS_Trinary_Operator", "Ideographic", "Join_Control",
	"Logical_Order_Exception", "Noncharacter_Code_Point", "Other_Alphabetic", "Other_Default_Ignorable_Code_Point", "Other_Grapheme_Extend", "Other_ID_Continue",
	"Other_ID_Start", "Other_Lowercase", "Other_Math", "Other_Uppercase", "Pattern_Syntax", "Pattern_White_Space",
	"Prepended_Concatenation_Mark", "Quotation_Mark", "Radical", "Regional_Indicator", "Sentence_Terminal", "STerm",
	"Soft_Dotted", "Terminal_Punctuation", "Unified_Ideograph", "Variation_Selector", "White_Space",
}

// member hashes the old code points of t, walking its ranges.
func member(t *unicode.RangeTable) uint32 {
	h := uint32(0)
	n := 0
	add := func(r rune) {
		if !skip(int(r >> 8)) {
			h = h*31 + uint32(r)
			n++
		}
	}
	for _, rg := range t.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			add(r)
		}
	}
	for _, rg := range t.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			add(r)
		}
	}
	return h + uint32(n)
}

// changed are tables whose old code points changed between Unicode 13 and 15 (U+0C04 gained
// Other_Alphabetic and U+16FE2 moved from Common to Han in 14.0, for example; the fold tables
// of Ll and Lu gained the new case pairs).
var changed = []string{"Common", "Han", "Other_Alphabetic", "Other_Lowercase", "Ll", "Lu"}

func hasChanged(name string) bool {
	for _, c := range changed {
		if c == name {
			return true
		}
	}
	return false
}

func dump(name string, t *unicode.RangeTable) {
	println(name, len(t.R16), len(t.R32), t.LatinOffset)
	for _, r := range t.R16 {
		println(" ", r.Lo, r.Hi, r.Stride)
	}
	for _, r := range t.R32 {
		println(" ", r.Lo, r.Hi, r.Stride)
	}
}

func main() {
	for blk := 0; blk < 0x1100; blk++ {
		if skip(blk) {
			continue
		}
		h := uint32(0)
		for r := rune(blk << 8); r < rune(blk<<8+256); r++ {
			v := bit(unicode.IsLetter(r), 0) | bit(unicode.IsUpper(r), 1) | bit(unicode.IsLower(r), 2) |
				bit(unicode.IsTitle(r), 3) | bit(unicode.IsDigit(r), 4) | bit(unicode.IsNumber(r), 5) |
				bit(unicode.IsSpace(r), 6) | bit(unicode.IsPunct(r), 7) | bit(unicode.IsSymbol(r), 8) |
				bit(unicode.IsMark(r), 9) | bit(unicode.IsGraphic(r), 10) | bit(unicode.IsPrint(r), 11) |
				bit(unicode.IsControl(r), 12)
			h = h*31 + v
			h = h*31 + uint32(unicode.ToUpper(r)-r)
			h = h*31 + uint32(unicode.ToLower(r)-r)
			h = h*31 + uint32(unicode.ToTitle(r)-r)
			h = h*31 + uint32(unicode.SimpleFold(r)-r)
			h = h*31 + uint32(unicode.TurkishCase.ToUpper(r)-r)
			h = h*31 + uint32(unicode.TurkishCase.ToLower(r)-r)
		}
		if blk < 0x40 || blk%16 == 0 {
			println("block", blk, h)
		} else {
			print(h%1000, " ")
		}
	}
	println()

	println("categories", len(unicode.Categories))
	for _, c := range categories {
		println(c, member(unicode.Categories[c]))
	}
	for _, s := range scripts {
		if !hasChanged(s) {
			println(s, member(unicode.Scripts[s]))
		}
	}
	println("properties", len(unicode.Properties))
	for _, p := range properties {
		if !hasChanged(p) {
			println(p, member(unicode.Properties[p]))
		}
	}
	println("fold", len(unicode.FoldCategory), len(unicode.FoldScript))
	for _, c := range categories {
		if t, ok := unicode.FoldCategory[c]; ok && !hasChanged(c) {
			dump("FoldCategory "+c, t)
		}
	}
	for _, s := range scripts {
		if t, ok := unicode.FoldScript[s]; ok {
			dump("FoldScript "+s, t)
		}
	}

	// Tables whose contents did not change between Unicode 13 and 15, entry by entry.
	dump("Cc", unicode.Cc)
	dump("Zs", unicode.Zs)
	dump("Space", unicode.Space)
	dump("Title", unicode.Title)
	dump("Pi", unicode.Pi)
	dump("Greek", unicode.Greek)
	dump("Hebrew", unicode.Hebrew)
	dump("White_Space", unicode.White_Space)
	dump("Hex_Digit", unicode.Hex_Digit)
	dump("Other_Math", unicode.Other_Math)
	dump("Pattern_Syntax", unicode.Pattern_Syntax)
	dump("Noncharacter_Code_Point", unicode.Noncharacter_Code_Point)
	println(unicode.STerm == unicode.Sentence_Terminal, unicode.Properties["STerm"] == unicode.STerm)
	println(unicode.Letter == unicode.L, unicode.Upper == unicode.Lu, unicode.Digit == unicode.Nd, unicode.Other == unicode.C)

	// Case mapping corners: UpperLower runs, invalid cases, out-of-range runes, Turkish.
	for _, r := range []rune{-1, 0, 'A', 'z', 0xB5, 0xDF, 0xFF, 0x100, 0x101, 0x130, 0x131, 0x149, 0x17F,
		0x1C4, 0x1C5, 0x1C6, 0x1F0, 0x345, 0x3C2, 0x1E9E, 0x2126, 0x212A, 0x212B, 0x2160, 0x24B6,
		0xFB00, 0x10400, 0x1E900, 0x10FFFF, 0x110000, 0x7FFFFFFF, -0x80000000} {
		println(r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r),
			unicode.To(unicode.UpperCase, r), unicode.To(-1, r), unicode.To(3, r),
			unicode.TurkishCase.ToUpper(r), unicode.TurkishCase.ToLower(r), unicode.TurkishCase.ToTitle(r),
			unicode.AzeriCase.ToLower(r))
		// The whole fold orbit.
		if r >= 0 && r <= unicode.MaxRune {
			f := unicode.SimpleFold(r)
			for f != r {
				print(f, " ")
				f = unicode.SimpleFold(f)
			}
			println()
		}
	}
	println(unicode.In('x', unicode.Greek, unicode.Latin), unicode.In('x', unicode.Greek), unicode.In('x'),
		unicode.IsOneOf([]*unicode.RangeTable{unicode.Han, unicode.Digit}, '7'), unicode.IsOneOf(nil, '7'))
	println(len(unicode.GraphicRanges), len(unicode.PrintRanges), len(unicode.CaseRanges) > 300)
	println(unicode.MaxRune, unicode.ReplacementChar, unicode.MaxASCII, unicode.MaxLatin1,
		unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase, unicode.UpperLower)
	special := unicode.SpecialCase{unicode.CaseRange{Lo: 'a', Hi: 'f', Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}}}
	for r := rune('a'); r <= 'g'; r++ {
		println(r, special.ToUpper(r), special.ToLower(r), special.ToTitle(r))
	}
	empty := &unicode.RangeTable{}
	println(unicode.Is(empty, 'a'), unicode.Is(unicode.Latin, -5), unicode.Is(unicode.Han, 0x20000))
	odd := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 10, Hi: 30, Stride: 5}}, R32: []unicode.Range32{{Lo: 0x10000, Hi: 0x10010, Stride: 4}}}
	for r := rune(0); r < 40; r++ {
		print(unicode.Is(odd, r), " ")
	}
	println(unicode.Is(odd, 0x10004), unicode.Is(odd, 0x10005))
}
