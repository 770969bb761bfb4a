// Every literal form of the Go spec's lexical section; the raw string with carriage
// returns lives in raw_strings_cr.go.
package forms

// Integer literals in every base, with `_` separators.
const (
	decimal      = 12345
	decimalSep   = 1_000_000
	zero         = 0
	hexLower     = 0xff
	hexUpperSep  = 0XAB_CD
	octalO       = 0o755
	octalUpper   = 0O_17
	octalLegacy  = 0755
	octalLegSep  = 07_55
	binary       = 0b1010
	binaryUpper  = 0B_1111_0000
	bigger       = 0x_FFFF_FFFF_FFFF_FFFF_FFFF
)

// Floating-point literals: decimal with and without exponents, hexadecimal with p exponents.
const (
	floatPoint      = 1.5
	floatLeadingDot = .25
	floatTrailDot   = 1.
	floatExp        = 6.02e23
	floatExpUpper   = 1E-9
	floatExpPlus    = 2e+3
	floatSep        = 1_000.000_1
	floatLeadZeros  = 012.5
	floatZeroExp    = 0e0
	hexFloat        = 0x1p-2
	hexFloatUpper   = 0X1.8P+3
	hexFloatSep     = 0x_1Fp4
	hexFloatDot     = 0x.8p0
	hexFloatTrail   = 0x1.p1
)

// Imaginary literals over every kind of mantissa.
const (
	imagDecimal  = 2i
	imagFloat    = 1.5i
	imagExp      = 1e3i
	imagHex      = 0x10i
	imagOctal    = 0o17i
	imagBinary   = 0b11i
	imagLegacy   = 0123i // decimal, not octal, for backward compatibility
	imagHexFloat = 0x1p-2i
	imagDot      = .5i
)

// Rune literals: plain, multi-byte UTF-8, and every escape a rune may use.
const (
	runePlain     = 'a'
	runeTwoBytes  = 'ä'
	runeThree     = '本'
	runeFour      = '😀'
	runeBell      = '\a'
	runeBackspace = '\b'
	runeFormFeed  = '\f'
	runeNewline   = '\n'
	runeReturn    = '\r'
	runeTab       = '\t'
	runeVTab      = '\v'
	runeBackslash = '\\'
	runeQuote     = '\''
	runeOctal     = '\101'
	runeOctalMax  = '\377'
	runeHex       = '\x41'
	runeHexUpper  = '\xFF'
	runeLittleU   = '\u12e4'
	runeBigU      = '\U00101234'
)

// Interpreted strings: every escape a string may use (`\"` instead of `\'`).
const (
	stringEmpty    = ""
	stringPlain    = "hello, world"
	stringUTF8     = "日本語"
	stringEscapes  = "\a\b\f\n\r\t\v\\\""
	stringBytes    = "\xff\xFE\000\377"
	stringUnicode  = "\u65e5\U00008a9e"
	stringMixed    = "tab\there \"quoted\" \x41\101\u0041"
	stringRawEmpty = ``
	stringRaw      = `C:\path\n is not a newline "here"`
	stringRawLines = `first line
second line\t
	indented third`
)

/* A general comment on one line. */ var afterComment = 1 /* and one after */

/*
A general comment over several lines.
*/
var lineComment = 2 // a line comment
