package runtime

//go:linkname memstats runtime.memstats
func memstats(out *[3]uint64)

// A MemStats records statistics about the memory allocator. ergo's heap has no collector
// yet: nothing is ever freed, so Alloc and HeapAlloc equal TotalAlloc, HeapObjects equals
// Mallocs, Frees and NumGC stay 0 and EnableGC is false. Sys, HeapSys and HeapInuse count the
// memory the heap has mapped; the fields for stacks, the collector's metadata, pauses and
// size classes are not measured and stay 0.
type MemStats struct {
	Alloc         uint64
	TotalAlloc    uint64
	Sys           uint64
	Lookups       uint64
	Mallocs       uint64
	Frees         uint64
	HeapAlloc     uint64
	HeapSys       uint64
	HeapIdle      uint64
	HeapInuse     uint64
	HeapReleased  uint64
	HeapObjects   uint64
	StackInuse    uint64
	StackSys      uint64
	MSpanInuse    uint64
	MSpanSys      uint64
	MCacheInuse   uint64
	MCacheSys     uint64
	BuckHashSys   uint64
	GCSys         uint64
	OtherSys      uint64
	NextGC        uint64
	LastGC        uint64
	PauseTotalNs  uint64
	PauseNs       [256]uint64
	PauseEnd      [256]uint64
	NumGC         uint32
	NumForcedGC   uint32
	GCCPUFraction float64
	EnableGC      bool
	DebugGC       bool
	BySize        [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics (see MemStats for what ergo
// measures).
func ReadMemStats(m *MemStats) {
	var c [3]uint64
	memstats(&c)
	*m = MemStats{}
	m.Mallocs = c[0]
	m.HeapObjects = c[0]
	m.TotalAlloc = c[1]
	m.Alloc = c[1]
	m.HeapAlloc = c[1]
	m.Sys = c[2]
	m.HeapSys = c[2]
	m.HeapInuse = c[2]
}
