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
	var w []byte
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isAlnum(s[i]) {
			w = append(w, s[i])
			continue
		}
		if i < len(s) && s[i] == '\'' && len(w) > 0 && i+1 < len(s) && isAlnum(s[i+1]) {
			if s[i+1] == 's' && (i+2 == len(s) || !isAlnum(s[i+2])) {
				i++ // a possessive 's is dropped
			} else {
				continue // an apostrophe inside a word joins it, as the search's tokenizer does: d'ivoire
			}
		}
		if len(w) > 0 {
			out = append(out, string(w))
			w = w[:0]
		}
	}
	return out
}

func isAlnum(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
