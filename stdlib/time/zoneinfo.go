package time

import "errors"

// A Location maps time instants to the zone in use at that time. Typically it represents
// the collection of time offsets in use in a geographical area.
type Location struct {
	name string
	zone []zone
	tx   []zoneTrans

	// extend is a POSIX TZ rule (as in the TZ variable) for times after the last
	// transition, from the tail of a version 2+ TZif file.
	extend string

	// The zone in effect from cacheStart (inclusive) to cacheEnd (exclusive), to answer
	// most lookups at once: the current zone when the location was loaded.
	cacheStart int64
	cacheEnd   int64
	cacheZone  *zone
}

// A zone represents a single time zone such as CET.
type zone struct {
	name   string // abbreviated name, "CET"
	offset int    // seconds east of UTC
	isDST  bool   // is this zone Daylight Savings Time?
}

// A zoneTrans represents a single time zone transition.
type zoneTrans struct {
	when         int64 // transition time, in seconds since 1970 GMT
	index        uint8 // the index of the zone that goes into effect at that time
	isstd, isutc bool  // read from the file, unused
}

// alpha and omega are the beginning and end of time for zone transitions.
const (
	alpha = -1 << 63  // math.MinInt64
	omega = 1<<63 - 1 // math.MaxInt64
)

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// utcLoc is separate so that get can refer to &utcLoc and ensure that it never returns a
// nil *Location even if a badly behaved client has changed UTC.
var utcLoc = Location{name: "UTC"}

// Local represents the system's local time zone: $TZ if set (UTC if it is empty), else
// /etc/localtime, read at the first use.
var Local *Location = &localLoc

var localLoc Location
var localLoaded bool

func (l *Location) get() *Location {
	if l == nil {
		return &utcLoc
	}
	if l == &localLoc && !localLoaded {
		localLoaded = true
		initLocal()
	}
	return l
}

// String returns a descriptive name for the time zone information, corresponding to the
// name argument to LoadLocation or FixedZone.
func (l *Location) String() string {
	return l.get().name
}

// unnamedFixedZones caches the unnamed zones at whole hours from -12 to +14, so that
// FixedZone("", h*3600) returns the same *Location each time, as gc's does.
var unnamedFixedZones []*Location

// FixedZone returns a Location that always uses the given zone name and offset (seconds
// east of UTC).
func FixedZone(name string, offset int) *Location {
	const hoursBeforeUTC = 12
	const hoursAfterUTC = 14
	hour := offset / 60 / 60
	if name == "" && -hoursBeforeUTC <= hour && hour <= +hoursAfterUTC && hour*60*60 == offset {
		if unnamedFixedZones == nil {
			zones := make([]*Location, hoursBeforeUTC+1+hoursAfterUTC)
			for hr := -hoursBeforeUTC; hr <= +hoursAfterUTC; hr++ {
				zones[hr+hoursBeforeUTC] = fixedZone("", hr*60*60)
			}
			unnamedFixedZones = zones
		}
		return unnamedFixedZones[hour+hoursBeforeUTC]
	}
	return fixedZone(name, offset)
}

func fixedZone(name string, offset int) *Location {
	l := &Location{
		name:       name,
		zone:       []zone{{name, offset, false}},
		tx:         []zoneTrans{{alpha, 0, false, false}},
		cacheStart: alpha,
		cacheEnd:   omega,
	}
	l.cacheZone = &l.zone[0]
	return l
}

// lookup returns information about the time zone in use at an instant in time expressed as
// seconds since January 1, 1970 00:00:00 UTC: the zone's abbreviation, its offset, whether
// it is daylight time, and the interval [start, end) around sec in which it is in effect.
func (l *Location) lookup(sec int64) (name string, offset int, start, end int64, isDST bool) {
	l = l.get()

	if len(l.zone) == 0 {
		return "UTC", 0, alpha, omega, false
	}

	if zone := l.cacheZone; zone != nil && l.cacheStart <= sec && sec < l.cacheEnd {
		return zone.name, zone.offset, l.cacheStart, l.cacheEnd, zone.isDST
	}

	if len(l.tx) == 0 || sec < l.tx[0].when {
		zone := &l.zone[l.lookupFirstZone()]
		end = omega
		if len(l.tx) > 0 {
			end = l.tx[0].when
		}
		return zone.name, zone.offset, alpha, end, zone.isDST
	}

	// Binary search for the last transition at or before sec.
	tx := l.tx
	end = omega
	lo, hi := 0, len(tx)
	for hi-lo > 1 {
		m := int(uint(lo+hi) >> 1)
		lim := tx[m].when
		if sec < lim {
			end = lim
			hi = m
		} else {
			lo = m
		}
	}
	zone := &l.zone[tx[lo].index]
	name, offset, start, isDST = zone.name, zone.offset, tx[lo].when, zone.isDST

	// Past the last transition, the extend rule says what happens.
	if lo == len(tx)-1 && l.extend != "" {
		if ename, eoffset, estart, eend, eisDST, ok := tzset(l.extend, start, sec); ok {
			return ename, eoffset, estart, eend, eisDST
		}
	}
	return
}

// lookupFirstZone returns the index of the zone to use for times before the first
// transition, following tzcode's localtime.c:
//  1. the first zone, if no transition uses it;
//  2. else, if the first transition's zone is daylight time, the last standard zone
//     before it;
//  3. else the first standard zone;
//  4. else the first zone.
func (l *Location) lookupFirstZone() int {
	if !l.firstZoneUsed() {
		return 0
	}
	if len(l.tx) > 0 && l.zone[l.tx[0].index].isDST {
		for zi := int(l.tx[0].index) - 1; zi >= 0; zi-- {
			if !l.zone[zi].isDST {
				return zi
			}
		}
	}
	for zi := range l.zone {
		if !l.zone[zi].isDST {
			return zi
		}
	}
	return 0
}

// firstZoneUsed reports whether the first zone is used by some transition.
func (l *Location) firstZoneUsed() bool {
	for _, tx := range l.tx {
		if tx.index == 0 {
			return true
		}
	}
	return false
}

// lookupName returns the offset of the zone named name at the given time. It prefers a
// zone of that name actually in effect then (in Sydney both standard and daylight time
// were abbreviated "EST").
func (l *Location) lookupName(name string, unix int64) (offset int, ok bool) {
	l = l.get()
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			nam, offset, _, _, _ := l.lookup(unix - int64(zone.offset))
			if nam == zone.name {
				return offset, true
			}
		}
	}
	for i := range l.zone {
		zone := &l.zone[i]
		if zone.name == name {
			return zone.offset, true
		}
	}
	return
}

var errLocation = errors.New("time: invalid location name")

// containsDotDot reports whether s contains "..".
func containsDotDot(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '.' && s[i+1] == '.' {
			return true
		}
	}
	return false
}
