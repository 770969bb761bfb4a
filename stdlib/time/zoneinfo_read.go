package time

import (
	"errors"
	"syscall"
)

// Reading time zone information: TZif files (RFC 8536) from $ZONEINFO (a directory or an
// uncompressed zip archive such as Go's lib/time/zoneinfo.zip) and the system's zoneinfo
// directories, and $TZ for Local. Go's embedded tzdata (time/tzdata) and the fallback to
// $GOROOT/lib/time/zoneinfo.zip do not exist in ergo.

// platformZoneSources are the directories searched for zoneinfo files, as gc's on Unix.
var platformZoneSources = []string{
	"/usr/share/zoneinfo/",
	"/usr/share/lib/zoneinfo/",
	"/usr/lib/locale/TZ/",
	"/etc/zoneinfo",
}

var errBadData = errors.New("malformed time zone information")

// zoneinfo is $ZONEINFO, read at the first LoadLocation.
var zoneinfo *string

// dataIO reads big-endian values from a byte slice, remembering whether it ran out.
type dataIO struct {
	p     []byte
	error bool
}

func (d *dataIO) read(n int) []byte {
	if len(d.p) < n {
		d.p = nil
		d.error = true
		return nil
	}
	p := d.p[0:n]
	d.p = d.p[n:]
	return p
}

func (d *dataIO) big4() (n uint32, ok bool) {
	p := d.read(4)
	if len(p) < 4 {
		d.error = true
		return 0, false
	}
	return uint32(p[3]) | uint32(p[2])<<8 | uint32(p[1])<<16 | uint32(p[0])<<24, true
}

func (d *dataIO) big8() (n uint64, ok bool) {
	n1, ok1 := d.big4()
	n2, ok2 := d.big4()
	if !ok1 || !ok2 {
		d.error = true
		return 0, false
	}
	return uint64(n1)<<32 | uint64(n2), true
}

func (d *dataIO) byte() (n byte, ok bool) {
	p := d.read(1)
	if len(p) < 1 {
		d.error = true
		return 0, false
	}
	return p[0], true
}

// rest returns what is left to read.
func (d *dataIO) rest() []byte {
	r := d.p
	d.p = nil
	return r
}

// byteString returns the NUL-terminated string at the start of p.
func byteString(p []byte) string {
	for i := 0; i < len(p); i++ {
		if p[i] == 0 {
			return string(p[0:i])
		}
	}
	return string(p)
}

// LoadLocationFromTZData returns a Location with the given name initialized from the
// IANA Time Zone database-formatted data (the contents of a standard zoneinfo file).
func LoadLocationFromTZData(name string, data []byte) (*Location, error) {
	d := dataIO{data, false}

	if magic := d.read(4); string(magic) != "TZif" {
		return nil, errBadData
	}

	// A version byte, then 15 bytes of padding.
	var version int
	p := d.read(16)
	if len(p) != 16 {
		return nil, errBadData
	}
	switch p[0] {
	case 0:
		version = 1
	case '2':
		version = 2
	case '3':
		version = 3
	default:
		return nil, errBadData
	}

	// Six big-endian counts.
	const (
		NUTCLocal = iota // UT/local indicators
		NStdWall         // standard/wall indicators
		NLeap            // leap seconds
		NTime            // transition times
		NZone            // local time types
		NChar            // bytes of abbreviations
	)
	var n [6]int
	readCounts := func() bool {
		for i := 0; i < 6; i++ {
			nn, ok := d.big4()
			if !ok || uint32(int(nn)) != nn {
				return false
			}
			n[i] = int(nn)
		}
		return true
	}
	if !readCounts() {
		return nil, errBadData
	}

	// Version 2+ files repeat the data with 64-bit times after the 32-bit block: skip the
	// latter (and the second header) and read those.
	is64 := false
	if version > 1 {
		skip := n[NTime]*4 + n[NTime] + n[NZone]*6 + n[NChar] + n[NLeap]*8 + n[NStdWall] + n[NUTCLocal]
		skip += 4 + 16
		d.read(skip)
		is64 = true
		if !readCounts() {
			return nil, errBadData
		}
	}

	size := 4
	if is64 {
		size = 8
	}
	txtimes := dataIO{d.read(n[NTime] * size), false}
	txzones := d.read(n[NTime])
	zonedata := dataIO{d.read(n[NZone] * 6), false}
	abbrev := d.read(n[NChar])
	d.read(n[NLeap] * (size + 4))
	isstd := d.read(n[NStdWall])
	isutc := d.read(n[NUTCLocal])
	if d.error {
		return nil, errBadData
	}

	// The footer: a TZ rule between newlines.
	var extend string
	rest := d.rest()
	if len(rest) > 2 && rest[0] == '\n' && rest[len(rest)-1] == '\n' {
		extend = string(rest[1 : len(rest)-1])
	}

	// The zones: utcoff[4] isdst[1] abbreviation index[1].
	nzone := n[NZone]
	if nzone == 0 {
		return nil, errBadData
	}
	zones := make([]zone, nzone)
	for i := range zones {
		off, ok := zonedata.big4()
		if !ok || uint32(int(off)) != off {
			return nil, errBadData
		}
		zones[i].offset = int(int32(off))
		b, ok := zonedata.byte()
		if !ok {
			return nil, errBadData
		}
		zones[i].isDST = b != 0
		if b, ok = zonedata.byte(); !ok || int(b) >= len(abbrev) {
			return nil, errBadData
		}
		zones[i].name = byteString(abbrev[b:])
	}

	// The transitions.
	tx := make([]zoneTrans, n[NTime])
	for i := range tx {
		var when int64
		if !is64 {
			n4, ok := txtimes.big4()
			if !ok {
				return nil, errBadData
			}
			when = int64(int32(n4))
		} else {
			n8, ok := txtimes.big8()
			if !ok {
				return nil, errBadData
			}
			when = int64(n8)
		}
		tx[i].when = when
		if int(txzones[i]) >= len(zones) {
			return nil, errBadData
		}
		tx[i].index = txzones[i]
		if i < len(isstd) {
			tx[i].isstd = isstd[i] != 0
		}
		if i < len(isutc) {
			tx[i].isutc = isutc[i] != 0
		}
	}
	if len(tx) == 0 {
		// A fixed zone such as "Etc/GMT0": one transition covering all time.
		tx = append(tx, zoneTrans{when: alpha, index: 0})
	}

	l := &Location{zone: zones, tx: tx, name: name, extend: extend}

	// Cache the zone in effect now, the most common lookup.
	sec, _ := walltime()
	for i := range tx {
		if tx[i].when <= sec && (i+1 == len(tx) || sec < tx[i+1].when) {
			l.cacheStart = tx[i].when
			l.cacheEnd = omega
			l.cacheZone = &l.zone[tx[i].index]
			if i+1 < len(tx) {
				l.cacheEnd = tx[i+1].when
			} else if l.extend != "" {
				if name, offset, estart, eend, isDST, ok := tzset(l.extend, l.cacheStart, sec); ok {
					l.cacheStart = estart
					l.cacheEnd = eend
					if zi := findZone(l.zone, name, offset, isDST); zi != -1 {
						l.cacheZone = &l.zone[zi]
					} else {
						l.cacheZone = &zone{name: name, offset: offset, isDST: isDST}
					}
				}
			}
			break
		}
	}
	return l, nil
}

func findZone(zones []zone, name string, offset int, isDST bool) int {
	for i, z := range zones {
		if z.name == name && z.offset == offset && z.isDST == isDST {
			return i
		}
	}
	return -1
}

// LoadLocation returns the Location with the given name: "" or "UTC" gives UTC, "Local"
// gives Local, otherwise the name is taken to be a location name of the IANA Time Zone
// database, such as "America/New_York", looked up in $ZONEINFO (a directory) and then the
// system's zoneinfo directories.
func LoadLocation(name string) (*Location, error) {
	if name == "" || name == "UTC" {
		return UTC, nil
	}
	if name == "Local" {
		return Local, nil
	}
	if containsDotDot(name) || name[0] == '/' || name[0] == '\\' {
		// No IANA name contains "..", or starts with a slash.
		return nil, errLocation
	}
	if zoneinfo == nil {
		// $ZONEINFO is read once, at the first call, as gc does.
		env, _ := syscall.Getenv("ZONEINFO")
		zoneinfo = &env
	}
	var firstErr error
	if dir := *zoneinfo; dir != "" {
		if data, err := loadTzinfoFromDirOrZip(dir, name); err == nil {
			if z, err := LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
			// Malformed data here is not reported: gc records the read's (nil) error.
		} else if err != syscall.ENOENT {
			firstErr = err
		}
	}
	z, err := loadLocation(name, platformZoneSources)
	if err == nil {
		return z, nil
	}
	if firstErr == nil {
		firstErr = err
	}
	return nil, firstErr
}

// loadLocation returns the Location of the first source that has a valid zoneinfo file for
// name, else the first error other than a missing file, else "unknown time zone".
func loadLocation(name string, sources []string) (z *Location, firstErr error) {
	for _, source := range sources {
		data, err := loadTzinfoFromDirOrZip(source, name)
		if err == nil {
			if z, err = LoadLocationFromTZData(name, data); err == nil {
				return z, nil
			}
		}
		if firstErr == nil && err != syscall.ENOENT {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, errors.New("unknown time zone " + name)
}

// maxFileSize bounds the zoneinfo files read: the largest real one is well under 10 KB.
const maxFileSize = 10 << 20

type fileSizeError string

func (f fileSizeError) Error() string {
	return "time: file " + string(f) + " is too large"
}

// readFile reads the named file whole.
func readFile(name string) ([]byte, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var (
		buf [4096]byte
		ret []byte
		n   int
	)
	for {
		n, err = syscall.Read(fd, buf[:])
		if n > 0 {
			ret = append(ret, buf[:n]...)
		}
		if n == 0 || err != nil {
			break
		}
		if len(ret) > maxFileSize {
			return nil, fileSizeError(name)
		}
	}
	return ret, err
}

// initLocal sets localLoc from $TZ: unset means /etc/localtime, empty means UTC, ":name" or
// "name" is a zoneinfo name or an absolute file path. Anything unreadable gives UTC.
func initLocal() {
	tz, ok := syscall.Getenv("TZ")
	switch {
	case !ok:
		if z, err := loadLocation("localtime", []string{"/etc"}); err == nil {
			localLoc = *z
			localLoc.name = "Local"
			return
		}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			if z, err := loadLocation(tz, []string{""}); err == nil {
				localLoc = *z
				if tz == "/etc/localtime" {
					localLoc.name = "Local"
				} else {
					localLoc.name = tz
				}
				return
			}
		} else if tz != "" && tz != "UTC" {
			if z, err := loadLocation(tz, platformZoneSources); err == nil {
				localLoc = *z
				return
			}
		}
	}
	localLoc.name = "UTC"
}
