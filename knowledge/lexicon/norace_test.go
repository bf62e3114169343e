//go:build !race

package lexicon

// raceEnabled is set when the tests run under the race detector.
const raceEnabled = false
