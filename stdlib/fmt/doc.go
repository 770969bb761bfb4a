// Package fmt implements formatted I/O with functions analogous to C's printf and scanf.
// Its output is byte for byte that of gc's fmt.
//
// # Printing
//
// Print, Println, Printf write to standard output; the F variants to an io.Writer, the S
// variants return a string, the Append variants append to a byte slice, and Errorf returns
// an error. Print adds spaces between operands when neither is a string; Println always adds
// them and a final newline.
//
// Verbs:
//
//	%v %+v %#v  the value in a default format; + adds struct field names; # Go syntax
//	%T          the type in Go syntax
//	%%          a percent sign, consuming no operand
//	%t          booleans
//	%b %c %d %o %O %q %x %X %U
//	            integers: base 2, the character, base 10, base 8 (%O with 0o), a quoted
//	            character, base 16, Unicode (U+1234)
//	%b %e %E %f %F %g %G %x %X
//	            floats and complex numbers, with strconv's formats; %v is %g with the
//	            shortest representation that round-trips
//	%s %q %x %X strings and byte slices: plain, quoted, hexadecimal
//	%p          pointers (and slices, maps, funcs: their addresses) in hexadecimal with 0x
//	%w          in Errorf: an error operand, printed as %v and wrapped by the result
//
// Composite values print element by element: structs as {a b}, slices and arrays as [a b],
// maps as map[k:v] with keys sorted (internal/fmtsort), pointers to structs, arrays, slices
// and maps at the top level as &{...}, other pointers as addresses.
//
// Flags: '+' always a sign (and ASCII-only %q), '-' pad on the right, '#' alternate forms
// (0x, 0, raw strings for %q, Go syntax for %v), ' ' a space for the sign (and between
// bytes for % x), '0' pad with leading zeros. Width and precision follow the flags (a
// precision is the number of digits for floats, the minimum number of digits for integers,
// the maximum number of runes or bytes for strings); either may be * to take an int
// operand, and [n] before a verb, * or precision selects the n-th operand.
//
// An operand's Format method (Formatter) handles every verb; otherwise %#v uses GoString
// (GoStringer), and %v %s %q %x %X use Error (error) or String (Stringer). A panic in such a
// method prints as %!v(PANIC=String method: value), except that a nil pointer receiver
// prints <nil>.
//
// Mistakes in the format print in place: %!d(string=hi) (wrong type), %!d(MISSING),
// %!(EXTRA type=value, ...), %!d(BADINDEX), %!(BADWIDTH), %!(BADPREC), %!(NOVERB), and
// %!verb(<nil>) for a nil operand of a verb other than %v and %T.
//
// # Scanning
//
// Scan, Scanln, Scanf read standard input; the Fscan variants an io.Reader and the Sscan
// variants a string. Scan and its variants treat newlines as space; Scanln stops at a
// newline; Scanf follows a format whose verbs are those of printing (widths limit the runes
// an operand may use; spaces and newlines in the format match those of the input). A type
// with a Scan method (Scanner) scans itself through a ScanState.
package fmt
