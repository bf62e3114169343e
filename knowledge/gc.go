package knowledge

import (
	"runtime"
	"runtime/debug"
	"sync"
)

// A load's memory peaks at its end, when the base is whole: the heap
// then holds the base, the workers' scratch space and whatever the load
// allocated since the collector last ran, which with Go's default GOGC
// of 100 was a fifth of the base on gencorpus. So a full load of a large
// directory runs the collector more often (loadGCPercent) and once more
// when the documents are indexed, after the workers let their scratch
// space go and before the index's last tables are made; and it collects
// when it ends, and gives the memory the load no longer uses back to the
// system. Without that the pages of the load's garbage and scratch space
// (an eighth of the heap at its end on gencorpus) stayed resident while
// the program answered: answering reused them, but the pages of the
// lexicon that questions read came on top of the load's peak. The
// runtime would not give them back by itself, as the heap's target is
// then twice the base. The README has what it costs and saves.
const (
	loadGCPercent = 25
	// loadGCFiles is the fewest files a full load does so for: in a
	// smaller directory the collector's headroom is a few megabytes.
	loadGCFiles = 1000
)

// lowGC holds GOGC at loadGCPercent while full loads of large
// directories run: the first to start lowers it, the last to end
// restores it.
var lowGC struct {
	sync.Mutex
	loads int // such loads running
	prev  int // GOGC before the first of them
}

// lowerGC lowers GOGC for a load, unless it is lower already or off,
// and returns the function that ends that: the last load to end
// restores GOGC, collects and returns the free memory to the system.
func lowerGC() (end func()) {
	lowGC.Lock()
	defer lowGC.Unlock()
	if lowGC.loads == 0 {
		lowGC.prev = debug.SetGCPercent(loadGCPercent)
		if lowGC.prev < loadGCPercent {
			debug.SetGCPercent(lowGC.prev) // lower already, or off (-1)
		}
	}
	lowGC.loads++
	return func() {
		lowGC.Lock()
		lowGC.loads--
		last, off := lowGC.loads == 0, lowGC.prev < 0
		if last {
			debug.SetGCPercent(lowGC.prev)
		}
		lowGC.Unlock()
		if last && !off {
			debug.FreeOSMemory()
		}
	}
}

// collectForLoad runs the collector during a load that lowered GOGC,
// unless the program turned the collector off.
func collectForLoad() {
	lowGC.Lock()
	off := lowGC.prev < 0
	lowGC.Unlock()
	if !off {
		runtime.GC()
	}
}
