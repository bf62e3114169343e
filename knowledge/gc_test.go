package knowledge

import (
	"runtime/debug"
	"testing"
)

// gcPercent returns the collector's GOGC.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestLowerGCRestoresGOGC checks that loads lower GOGC while they run,
// never raise it or turn the collector on, and that the last to end
// restores it.
func TestLowerGCRestoresGOGC(t *testing.T) {
	orig := gcPercent()
	defer debug.SetGCPercent(orig)
	for _, tc := range []struct {
		name         string
		before, want int
	}{
		{"default", 100, loadGCPercent},
		{"lower already", loadGCPercent / 2, loadGCPercent / 2},
		{"off", -1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(tc.before)
			end := lowerGC()
			if got := gcPercent(); got != tc.want {
				t.Errorf("GOGC during a load = %d, want %d", got, tc.want)
			}
			endSecond := lowerGC() // a second load, started during the first
			end()
			if got := gcPercent(); got != tc.want {
				t.Errorf("GOGC once the first of two loads ended = %d, want %d", got, tc.want)
			}
			endSecond()
			if got := gcPercent(); got != tc.before {
				t.Errorf("GOGC after the loads = %d, want %d", got, tc.before)
			}
		})
	}
}

// TestRampPercent checks the GOGC a full load runs with as it reads:
// the most while the heap, growing with the bytes read, cannot reach
// 1.12 times its final size, loadGCPercent at the end, and in between
// the step that keeps the goal under that.
func TestRampPercent(t *testing.T) {
	for _, tc := range []struct {
		done, total int64
		most, want  int
	}{
		{0, 1000, 100, 100},
		{500, 1000, 100, 100},
		{560, 1000, 100, 100},
		{625, 1000, 100, 79},
		{800, 1000, 100, 40},
		{900, 1000, 100, 24},
		{999, 1000, 100, loadGCPercent},
		{1000, 1000, 100, loadGCPercent},
		{0, 0, 100, loadGCPercent},
		{500, 1000, 50, 50},
		{900, 1000, 20, 20},
	} {
		if got := rampPercent(tc.done, tc.total, tc.most); got != tc.want {
			t.Errorf("rampPercent(%d, %d, %d) = %d, want %d", tc.done, tc.total, tc.most, got, tc.want)
		}
	}
}

// TestRampGC checks that a load steps GOGC only while it runs alone, and
// that a second load ends the first's step.
func TestRampGC(t *testing.T) {
	orig := gcPercent()
	defer debug.SetGCPercent(orig)
	debug.SetGCPercent(100)
	end := lowerGC()
	rampGC(1, 2)
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC half way through a load = %d, want 100", got)
	}
	endSecond := lowerGC()
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("GOGC once a second load started = %d, want %d", got, loadGCPercent)
	}
	rampGC(1, 2)
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("GOGC as two loads run = %d, want %d", got, loadGCPercent)
	}
	endSecond()
	end()
	if got := gcPercent(); got != 100 {
		t.Errorf("GOGC after the loads = %d, want 100", got)
	}
}

// TestCollectForLoadRaisesGOGC checks that once the only load running
// has collected, GOGC is back where the ramp starts, and that the load's
// end restores it; a load running beside another keeps loadGCPercent.
func TestCollectForLoadRaisesGOGC(t *testing.T) {
	orig := gcPercent()
	defer debug.SetGCPercent(orig)
	for _, tc := range []struct {
		name         string
		before, want int
	}{
		{"default", 100, 100},
		{"higher", 400, 100},
		{"between", 50, 50},
		{"lower already", loadGCPercent / 2, loadGCPercent / 2},
		{"off", -1, -1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			debug.SetGCPercent(tc.before)
			end := lowerGC()
			rampGC(1, 1)
			collectForLoad()
			if got := gcPercent(); got != tc.want {
				t.Errorf("GOGC after the load collected = %d, want %d", got, tc.want)
			}
			end()
			if got := gcPercent(); got != tc.before {
				t.Errorf("GOGC after the load = %d, want %d", got, tc.before)
			}
		})
	}
	debug.SetGCPercent(100)
	end, endSecond := lowerGC(), lowerGC()
	collectForLoad()
	if got := gcPercent(); got != loadGCPercent {
		t.Errorf("GOGC after one of two loads collected = %d, want %d", got, loadGCPercent)
	}
	endSecond()
	end()
}
