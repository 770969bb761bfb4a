package time

// POSIX TZ rules ("CET-1CEST,M3.5.0,M10.5.0/3"), which a TZif file's footer gives for times
// after its last transition.

// tzset takes a timezone string like the one found in the TZ environment variable, the time
// of the last zone transition expressed as seconds since January 1, 1970 00:00:00 UTC, and a
// time expressed the same way. It returns the zone in effect at that time, as lookup does;
// ok is false for a malformed rule.
func tzset(s string, lastTxSec, sec int64) (name string, offset int, start, end int64, isDST, ok bool) {
	var (
		stdName, dstName     string
		stdOffset, dstOffset int
	)

	stdName, s, ok = tzsetName(s)
	if ok {
		stdOffset, s, ok = tzsetOffset(s)
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}

	// TZ offsets are added to local time to get UTC; ours are the opposite.
	stdOffset = -stdOffset

	if len(s) == 0 || s[0] == ',' {
		// No daylight time.
		return stdName, stdOffset, lastTxSec, omega, false, true
	}

	dstName, s, ok = tzsetName(s)
	if ok {
		if len(s) == 0 || s[0] == ',' {
			dstOffset = stdOffset + secondsPerHour
		} else {
			dstOffset, s, ok = tzsetOffset(s)
			dstOffset = -dstOffset
		}
	}
	if !ok {
		return "", 0, 0, 0, false, false
	}

	if len(s) == 0 {
		// tzcode's default rules (the United States').
		s = ",M3.2.0,M11.1.0"
	}
	// POSIX says ',' but tzcode also accepts ';'.
	if s[0] != ',' && s[0] != ';' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]

	var startRule, endRule rule
	startRule, s, ok = tzsetRule(s)
	if !ok || len(s) == 0 || s[0] != ',' {
		return "", 0, 0, 0, false, false
	}
	s = s[1:]
	endRule, s, ok = tzsetRule(s)
	if !ok || len(s) > 0 {
		return "", 0, 0, 0, false, false
	}

	year, _, _, yday := absDate(uint64(sec+unixToInternal+internalToAbsolute), false)
	ysec := int64(yday*secondsPerDay) + sec%secondsPerDay

	// The start of the year in Unix seconds.
	d := daysSinceEpoch(year)
	abs := int64(d * secondsPerDay)
	abs += absoluteToInternal + internalToUnix

	startSec := int64(tzruleTime(year, startRule, stdOffset))
	endSec := int64(tzruleTime(year, endRule, dstOffset))
	dstIsDST, stdIsDST := true, false
	// In the southern hemisphere daylight time spans the new year: swap the roles (the
	// names keep their labels).
	if endSec < startSec {
		startSec, endSec = endSec, startSec
		stdName, dstName = dstName, stdName
		stdOffset, dstOffset = dstOffset, stdOffset
		stdIsDST, dstIsDST = dstIsDST, stdIsDST
	}

	// The bounds are exact next to a transition and otherwise the year's ends, which is all
	// Date needs.
	if ysec < startSec {
		return stdName, stdOffset, abs, startSec + abs, stdIsDST, true
	} else if ysec >= endSec {
		// 365 days even in a leap year, as gc.
		return stdName, stdOffset, endSec + abs, abs + 365*secondsPerDay, stdIsDST, true
	}
	return dstName, dstOffset, startSec + abs, endSec + abs, dstIsDST, true
}

// tzsetName returns the zone name at the start of s: at least three letters, or any text
// between '<' and '>'.
func tzsetName(s string) (string, string, bool) {
	if len(s) == 0 {
		return "", "", false
	}
	if s[0] != '<' {
		for i, r := range s {
			switch r {
			case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', ',', '-', '+':
				if i < 3 {
					return "", "", false
				}
				return s[:i], s[i:], true
			}
		}
		if len(s) < 3 {
			return "", "", false
		}
		return s, "", true
	}
	for i, r := range s {
		if r == '>' {
			return s[1:i], s[i+1:], true
		}
	}
	return "", "", false
}

// tzsetOffset returns the [+-]hh[:mm[:ss]] offset at the start of s, in seconds.
func tzsetOffset(s string) (offset int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	neg := false
	if s[0] == '+' {
		s = s[1:]
	} else if s[0] == '-' {
		s = s[1:]
		neg = true
	}

	// tzcode allows up to 24*7 hours, more than POSIX.
	var hours int
	hours, s, ok = tzsetNum(s, 0, 24*7)
	if !ok {
		return 0, "", false
	}
	off := hours * secondsPerHour
	if len(s) > 0 && s[0] == ':' {
		var mins int
		mins, s, ok = tzsetNum(s[1:], 0, 59)
		if !ok {
			return 0, "", false
		}
		off += mins * secondsPerMinute
		if len(s) > 0 && s[0] == ':' {
			var secs int
			secs, s, ok = tzsetNum(s[1:], 0, 59)
			if !ok {
				return 0, "", false
			}
			off += secs
		}
	}
	if neg {
		off = -off
	}
	return off, s, true
}

// ruleKind is the kind of a TZ rule's date.
type ruleKind int

const (
	ruleJulian       ruleKind = iota // Jn: day 1..365, February 29 never counted
	ruleDOY                          // n: day 0..365, counting February 29
	ruleMonthWeekDay                 // Mm.w.d: day d of week w (5 = last) of month m
)

// rule is a rule read from a TZ string.
type rule struct {
	kind ruleKind
	day  int
	week int
	mon  int
	time int // transition time, seconds after midnight local time
}

// tzsetRule parses a rule (a date and an optional /time) at the start of s.
func tzsetRule(s string) (rule, string, bool) {
	var r rule
	if len(s) == 0 {
		return rule{}, "", false
	}
	ok := false
	switch s[0] {
	case 'J':
		var jday int
		jday, s, ok = tzsetNum(s[1:], 1, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleJulian
		r.day = jday
	case 'M':
		var mon, week, day int
		mon, s, ok = tzsetNum(s[1:], 1, 12)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		week, s, ok = tzsetNum(s[1:], 1, 5)
		if !ok || len(s) == 0 || s[0] != '.' {
			return rule{}, "", false
		}
		day, s, ok = tzsetNum(s[1:], 0, 6)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleMonthWeekDay
		r.day, r.week, r.mon = day, week, mon
	default:
		var day int
		day, s, ok = tzsetNum(s, 0, 365)
		if !ok {
			return rule{}, "", false
		}
		r.kind = ruleDOY
		r.day = day
	}

	if len(s) == 0 || s[0] != '/' {
		r.time = 2 * secondsPerHour // 02:00 by default
		return r, s, true
	}
	offset, s, ok := tzsetOffset(s[1:])
	if !ok {
		return rule{}, "", false
	}
	r.time = offset
	return r, s, true
}

// tzsetNum parses a number in [min, max] at the start of s.
func tzsetNum(s string, min, max int) (num int, rest string, ok bool) {
	if len(s) == 0 {
		return 0, "", false
	}
	for i, r := range s {
		if r < '0' || r > '9' {
			if i == 0 || num < min {
				return 0, "", false
			}
			return num, s[i:], true
		}
		num = num*10 + int(r) - '0'
		if num > max {
			return 0, "", false
		}
	}
	if num < min {
		return 0, "", false
	}
	return num, "", true
}

// tzruleTime returns the time of rule r in year, in seconds since the start of the year in
// UTC, for a zone that is off seconds east of UTC when the rule takes effect.
func tzruleTime(year int, r rule, off int) int {
	var s int
	switch r.kind {
	case ruleJulian:
		s = (r.day - 1) * secondsPerDay
		if isLeap(year) && r.day >= 60 {
			s += secondsPerDay
		}
	case ruleDOY:
		s = r.day * secondsPerDay
	case ruleMonthWeekDay:
		// The weekday of the month's first day, by Zeller's congruence.
		m1 := (r.mon+9)%12 + 1
		yy0 := year
		if r.mon <= 2 {
			yy0--
		}
		yy1 := yy0 / 100
		yy2 := yy0 % 100
		dow := ((26*m1-2)/10 + 1 + yy2 + yy2/4 + yy1/4 - 2*yy1) % 7
		if dow < 0 {
			dow += 7
		}
		// The month's first day d of the week, then w-1 weeks on while still in the month.
		d := r.day - dow
		if d < 0 {
			d += 7
		}
		for i := 1; i < r.week; i++ {
			if d+7 >= daysIn(Month(r.mon), year) {
				break
			}
			d += 7
		}
		d += int(daysBefore[r.mon-1])
		if isLeap(year) && r.mon > 2 {
			d++
		}
		s = d * secondsPerDay
	}
	return s + r.time - off
}
