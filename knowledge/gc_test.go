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
