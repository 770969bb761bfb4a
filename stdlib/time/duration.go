package time

import "errors"

// A Duration represents the elapsed time between two instants as an int64 nanosecond count.
// The representation limits the largest representable duration to approximately 290 years.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

// Common durations. There is no definition for units of Day or larger to avoid confusion
// across daylight savings time zone transitions.
const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s". Leading zero
// units are omitted. Durations less than one second use a smaller unit (milli-, micro-, or
// nanoseconds) so that the leading digit is non-zero. The zero duration formats as 0s.
func (d Duration) String() string {
	var buf [32]byte
	w := d.format(&buf)
	return string(buf[w:])
}

// format writes d right-aligned into buf and returns the index of its first byte.
func (d Duration) format(buf *[32]byte) int {
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	w--
	buf[w] = 's'
	if u < uint64(Second) {
		// One unit, with a fraction: 1.5ms, 12µs, 7ns.
		var prec int
		w--
		switch {
		case u == 0:
			buf[w] = '0'
			return w
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			buf[w], buf[w+1] = 0xC2, 0xB5 // U+00B5 MICRO SIGN
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = formatFrac(buf[:w], u, prec)
		w = formatUint(buf[:w], u)
	} else {
		w, u = formatFrac(buf[:w], u, 9)
		w = formatUint(buf[:w], u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = formatUint(buf[:w], u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = formatUint(buf[:w], u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return w
}

// formatFrac writes the prec low decimal digits of v as a fraction at the end of buf,
// without trailing zeros (nothing at all, not even the dot, if they are all zero). It
// returns the index where the output begins and v with those digits removed.
func formatFrac(buf []byte, v uint64, prec int) (int, uint64) {
	w := len(buf)
	seen := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		seen = seen || digit != 0
		if seen {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if seen {
		w--
		buf[w] = '.'
	}
	return w, v
}

// formatUint writes v in decimal at the end of buf and returns the index where it begins.
func formatUint(buf []byte, v uint64) int {
	w := len(buf)
	for {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
		if v == 0 {
			return w
		}
	}
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// The float results split d into whole units and a remainder, so that the integer part is
// exact even where int64 nanoseconds do not fit a float64.

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m. If m <= 0,
// Truncate returns d unchanged.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// lessThanHalf reports whether x+x < y without overflowing, for 0 <= x < y.
func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m, halfway values away
// from zero. A result that overflows is the maximum (or minimum) duration. If m <= 0, Round
// returns d unchanged.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d. As a special case, math.MinInt64 is converted to
// math.MaxInt64.
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

var unitMap = map[string]uint64{
	"ns": uint64(Nanosecond),
	"us": uint64(Microsecond),
	"µs": uint64(Microsecond), // U+00B5 = micro symbol
	"μs": uint64(Microsecond), // U+03BC = Greek letter mu
	"ms": uint64(Millisecond),
	"s":  uint64(Second),
	"m":  uint64(Minute),
	"h":  uint64(Hour),
}

// ParseDuration parses a duration string: a possibly signed sequence of decimal numbers,
// each with optional fraction and a unit suffix, such as "300ms", "-1.5h" or "2h45m".
// Valid time units are "ns", "us" (or "µs"), "ms", "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	// [-+]?([0-9]*(\.[0-9]*)?[a-z]+)+
	orig := s
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if s == "0" {
		return 0, nil
	}
	if s == "" {
		return 0, errInvalidDuration(orig)
	}
	var d uint64
	for s != "" {
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, errInvalidDuration(orig)
		}
		// The integer part.
		n := len(s)
		v, rest, ok := leadingInt(s)
		if !ok {
			return 0, errInvalidDuration(orig)
		}
		s = rest
		pre := n != len(s)
		// The fraction, as f/scale.
		var f uint64
		scale := 1.0
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			n := len(s)
			f, scale, s = leadingFraction(s)
			post = n != len(s)
		}
		if !pre && !post {
			// No digits at all, as in ".s".
			return 0, errInvalidDuration(orig)
		}
		// The unit runs up to the next number.
		i := 0
		for i < len(s) && s[i] != '.' && (s[i] < '0' || s[i] > '9') {
			i++
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, errInvalidDuration(orig)
		}
		v *= unit
		if f > 0 {
			// float64 keeps nanosecond accuracy here: f*unit/scale is at most 3.6e12 (an hour).
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, errInvalidDuration(orig)
			}
		}
		d += v
		if d > 1<<63 {
			return 0, errInvalidDuration(orig)
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, errInvalidDuration(orig)
	}
	return Duration(d), nil
}

func errInvalidDuration(orig string) error {
	return errors.New("time: invalid duration " + quote(orig))
}

// leadingInt consumes the leading decimal digits of s. ok is false if the value exceeds 1<<63.
func leadingInt(s string) (x uint64, rest string, ok bool) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", false
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", false
		}
	}
	return x, s[i:], true
}

// leadingFraction consumes the leading decimal digits of s as the fraction x/scale. Digits
// beyond what fits are consumed but ignored.
func leadingFraction(s string) (x uint64, scale float64, rest string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

const lowerhex = "0123456789abcdef"

// quote is a cheap strconv.Quote for error texts (time cannot import strconv): it escapes
// quotes and backslashes, and writes each byte of a control or non-ASCII character as \xNN.
func quote(s string) string {
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			var width int
			if c == 0xFFFD {
				// An invalid byte, unless it is an encoded U+FFFD.
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			} else {
				width = len(string(c))
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', lowerhex[s[i+j]>>4], lowerhex[s[i+j]&0xF])
			}
			continue
		}
		if c == '"' || c == '\\' {
			buf = append(buf, '\\')
		}
		buf = append(buf, byte(c))
	}
	buf = append(buf, '"')
	return string(buf)
}
