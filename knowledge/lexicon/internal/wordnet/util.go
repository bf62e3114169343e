package wordnet

import (
	"cmp"
	"maps"
	"slices"
)

func sortedKeys[K cmp.Ordered, V any](m map[K]V) []K {
	return slices.Sorted(maps.Keys(m))
}

// appendNew appends v to s unless s holds it already.
func appendNew[T comparable](s []T, v T) []T {
	if slices.Contains(s, v) {
		return s
	}
	return append(s, v)
}

// words splits lowercased text into its words: runs of ASCII letters and
// digits, with the possessive 's dropped ("dentist's drill" is "dentist
// drill"). WordNet's lemmas are ASCII.
func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		alnum := i < len(s) && isAlnum(s[i])
		switch {
		case alnum && start < 0:
			start = i
		case !alnum && start >= 0:
			out = append(out, s[start:i])
			start = -1
			if i+1 < len(s) && s[i] == '\'' && s[i+1] == 's' && (i+2 == len(s) || !isAlnum(s[i+2])) {
				i++ // skip the s of 's
			}
		}
	}
	return out
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
