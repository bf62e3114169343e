package knowledge

import (
	"runtime/debug"
	"sync"
)

// A load's memory peaks at its end, when the base is whole: the heap
// then holds the base, the workers' scratch space and whatever the load
// allocated since the collector last ran, which with Go's default GOGC
// of 100 was a fifth of the base on gencorpus. So a full load of a large
// directory runs the collector more often as it nears its end (GOGC
// stepped down to loadGCPercent, see rampGC) and once more when the
// documents are indexed, after the workers let their scratch space go
// and before the index's last tables are made; and both then and when
// it ends, it gives the memory the load no longer uses back to the
// system. Without that the pages of the load's garbage and scratch space
// (an eighth of the heap at its end on gencorpus) stayed resident while
// the program answered: answering reused them, but the pages of the
// lexicon that questions read came on top of the load's peak. The
// runtime would not give them back by itself, as the heap's target is
// then twice the base. loadGCPercent is a share of the heap the load
// holds, so the headroom it leaves follows the base's size, whatever the
// directory: an eighth of it, which took a megabyte or two off the peak
// at a load's end at 10,000 gencorpus documents against a quarter, for
// no CPU that could be measured (see the README's twentieth round). The
// README has what it costs and saves.
const (
	loadGCPercent = 12
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
	} else if lowGC.prev > loadGCPercent {
		debug.SetGCPercent(loadGCPercent) // the running load's ramp ends
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

// rampGC sets GOGC for the only full load running, which has read done
// of the total bytes it reads. A load's heap grows with what it has
// read, so while it has read done of total it holds about done/total of
// what it will hold once the documents are indexed, and may grow by more
// than loadGCPercent with its goal still under the one loadGCPercent
// gives at the end. Each collection marks everything the load has kept
// so far: growing by a quarter all along, a load marks about five times
// its final heap, in twice as many collections (32 against 16 at 10,000
// gencorpus documents). Loads running together keep loadGCPercent, and
// a GOGC lower than that is left as it is.
func rampGC(done, total int64) {
	lowGC.Lock()
	defer lowGC.Unlock()
	if lowGC.loads != 1 || lowGC.prev <= loadGCPercent {
		return
	}
	debug.SetGCPercent(rampPercent(done, total, min(lowGC.prev, 100)))
}

// rampPercent is the GOGC that lets a heap that grows with the bytes
// read, done of total, grow to no more than (100+loadGCPercent)% of
// what it will be at the end, between loadGCPercent and most.
func rampPercent(done, total int64, most int) int {
	if done >= total {
		return loadGCPercent
	}
	if done <= 0 {
		return most
	}
	p := (100+loadGCPercent)*total/done - 100
	return int(max(min(p, int64(most)), loadGCPercent))
}

// collectForLoad runs the collector during a load that lowered GOGC,
// unless the program turned the collector off, and gives the memory it
// frees back to the system: the index's last tables are then made in
// pages of their own, not on top of the pages the documents' scratch
// space and garbage kept resident, which the runtime would keep (see
// the README's fourteenth round). What the only load running allocates
// after that is mostly those tables, which it keeps: a collection then
// would find little to free (at loadGCPercent one ran for nothing on
// gencorpus), and the load's end collects anyway, so until then GOGC is
// back where the ramp starts (see rampGC).
func collectForLoad() {
	lowGC.Lock()
	off := lowGC.prev < 0
	lowGC.Unlock()
	if off {
		return
	}
	debug.FreeOSMemory()
	lowGC.Lock()
	defer lowGC.Unlock()
	if lowGC.loads == 1 && lowGC.prev > loadGCPercent {
		debug.SetGCPercent(min(lowGC.prev, 100))
	}
}
