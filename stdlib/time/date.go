package time

// Calendar arithmetic. Times are converted to an "absolute" clock: unsigned seconds since
// January 1 of the year absoluteZeroYear, a year ≡ 1 (mod 400) far enough in the past that
// every representable time is non-negative on it. The proleptic Gregorian calendar repeats
// every 400 years, and a cycle that starts in a year ≡ 1 (mod 400) ends with its one
// century leap year, so years fall out of the day count by repeated division.

const (
	secondsPerMinute = 60
	secondsPerHour   = 60 * secondsPerMinute
	secondsPerDay    = 24 * secondsPerHour
	secondsPerWeek   = 7 * secondsPerDay
	daysPer400Years  = 365*400 + 97
	daysPer100Years  = 365*100 + 24
	daysPer4Years    = 365*4 + 1
)

const (
	// The year of the absolute epoch.
	absoluteZeroYear = -292277022399

	// The year of the zero Time.
	internalYear = 1

	// Offsets to convert between the internal (seconds since year 1) and absolute clocks.
	absoluteToInternal int64 = (absoluteZeroYear - internalYear) * 365.2425 * secondsPerDay
	internalToAbsolute       = -absoluteToInternal

	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * secondsPerDay
	internalToUnix int64 = -unixToInternal

	wallToInternal int64 = (1884*365 + 1884/4 - 1884/100 + 1884/400) * secondsPerDay
)

// daysBefore[m] counts the days in a non-leap year before month m begins (daysBefore[12]
// is the year's length).
var daysBefore = [...]int32{
	0,
	31,
	31 + 28,
	31 + 28 + 31,
	31 + 28 + 31 + 30,
	31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31,
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

func daysIn(m Month, year int) int {
	if m == February && isLeap(year) {
		return 29
	}
	return int(daysBefore[m] - daysBefore[m-1])
}

// absWeekday is like Weekday but operates on an absolute time. The absolute epoch, like
// January 1 2001, is a Monday.
func absWeekday(abs uint64) Weekday {
	sec := (abs + uint64(Monday)*secondsPerDay) % secondsPerWeek
	return Weekday(int(sec) / secondsPerDay)
}

// absClock is like Clock but operates on an absolute time.
func absClock(abs uint64) (hour, min, sec int) {
	sec = int(abs % secondsPerDay)
	hour = sec / secondsPerHour
	sec -= hour * secondsPerHour
	min = sec / secondsPerMinute
	sec -= min * secondsPerMinute
	return
}

// absDate is like Date but operates on an absolute time; yday counts from 0. Unless full is
// set, month and day are not computed.
func absDate(abs uint64, full bool) (year int, month Month, day int, yday int) {
	d := abs / secondsPerDay

	// Whole 400-year cycles.
	n := d / daysPer400Years
	y := 400 * n
	d -= daysPer400Years * n

	// Whole centuries. The cycle's last century is a day longer, so its last day would count
	// as a fourth century: n>>2 takes it back.
	n = d / daysPer100Years
	n -= n >> 2
	y += 100 * n
	d -= daysPer100Years * n

	// Whole 4-year cycles (a century's last one lacks its leap day, which changes nothing).
	n = d / daysPer4Years
	y += 4 * n
	d -= daysPer4Years * n

	// Whole years; the last of 4 is the leap year, corrected as for centuries.
	n = d / 365
	n -= n >> 2
	y += n
	d -= 365 * n

	year = int(int64(y) + absoluteZeroYear)
	yday = int(d)
	if !full {
		return
	}

	day = yday
	if isLeap(year) {
		switch {
		case day > 31+29-1:
			// Past February 29: count as in a non-leap year.
			day--
		case day == 31+29-1:
			month = February
			day = 29
			return
		}
	}
	// Every month has at most 31 days, so day/31 is the month or the one before it.
	month = Month(day / 31)
	end := int(daysBefore[month+1])
	var begin int
	if day >= end {
		month++
		begin = end
	} else {
		begin = int(daysBefore[month])
	}
	month++ // January is 1
	day = day - begin + 1
	return
}

// daysSinceEpoch returns the days from the absolute epoch to January 1 of year.
func daysSinceEpoch(year int) uint64 {
	y := uint64(int64(year) - absoluteZeroYear)
	n := y / 400
	y -= 400 * n
	d := daysPer400Years * n
	n = y / 100
	y -= 100 * n
	d += daysPer100Years * n
	n = y / 4
	y -= 4 * n
	d += daysPer4Years * n
	d += 365 * y
	return d
}

// norm returns nhi, nlo such that hi*base+lo == nhi*base+nlo and 0 <= nlo < base.
func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec nanoseconds in the
// appropriate zone for that time in the given location.
//
// Values outside their usual ranges are normalized: October 32 converts to November 1. In a
// zone transition, Date picks one of the two possible times (or a time of the zone in
// effect before a skipped gap), without guaranteeing which. Date panics if loc is nil.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}

	// Normalize month, overflowing into year; then nsec, sec, min and hour into days.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)

	d := daysSinceEpoch(year)
	d += uint64(daysBefore[month-1])
	if isLeap(year) && month >= March {
		d++ // February 29
	}
	d += uint64(day - 1)
	abs := d * secondsPerDay
	abs += uint64(hour*secondsPerHour + min*secondsPerMinute + sec)
	unix := int64(abs) + (absoluteToInternal + internalToUnix)

	// The zone offset is looked up for a UTC time: try unix itself first, which is right
	// unless a transition lies between unix and the true UTC time.
	_, offset, start, end, _ := loc.lookup(unix)
	if offset != 0 {
		utc := unix - int64(offset)
		if utc < start || utc >= end {
			_, offset, _, _, _ = loc.lookup(utc)
		}
		unix -= int64(offset)
	}
	t := unixTime(unix, int32(nsec))
	t.setLoc(loc)
	return t
}
