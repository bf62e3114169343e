package knowledge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// asciiCapitals counts the ASCII capital letters of s, byte by byte.
func asciiCapitals(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if 'A' <= s[i] && s[i] <= 'Z' {
			n++
		}
	}
	return n
}

// TestTokenizerCapitals holds what indexer.count relies on to skip
// scanCapitals: the tokenizer counts every ASCII capital of the text it
// ran over, the "S" of a possessive it drops included, and a text with
// fewer than two has nothing for scanCapitals to find. Over named texts,
// every string of up to five pieces that capitals, connectives, signs,
// hyphens and apostrophes make, and the test briefings' texts, whole,
// line by line and in pieces of 50 bytes.
func TestTokenizerCapitals(t *testing.T) {
	texts := []string{
		"", "A", "AB", "Ab", "ab", "A b", "Bank of America", "Non-Commissioned",
		"JOHN’S", "A’S", "a’S b", "O'S", "x'S", "The MCC", "1,200 A", "É A",
		"\xff\xfeA", "only one Capital", "MCCs", "A&B", "AT&T", "M+S",
		"café Bar", "Ministry of Home Affairs", "\tA\tB",
	}
	pieces := []string{"A", "S", "b", "s", " ", "-", "'", "’", "&", "of ", "é", ",", "1"}
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			build(prefix+p, n-1)
		}
	}
	build("", 5)
	testdataTexts(t, func(_, text string) {
		texts = append(texts, text)
		texts = append(texts, strings.Split(text, "\n")...)
		for s := text; len(s) > 0; {
			n := min(len(s), 50)
			texts = append(texts, s[:n])
			s = s[n:]
		}
	})
	var tk tokenizer
	skipped := 0
	for _, s := range texts {
		tk.run(s, func([]byte, int, bool, bool) {})
		if got, want := tk.capitals, asciiCapitals(s); got != want {
			t.Fatalf("tokenizer counted %d capitals in %q, want %d", got, s, want)
		}
		if tk.capitals >= 2 {
			continue
		}
		skipped++
		var found capitalsFound
		scanCapitals(s, &found)
		if diff := cmp.Diff(capitalsFound{}, found); diff != "" {
			t.Fatalf("scanCapitals(%q), %d capitals, found (-want +got):\n%s", s, tk.capitals, diff)
		}
	}
	if skipped == 0 || skipped == len(texts) {
		t.Fatalf("%d of %d texts have fewer than two capitals: the test tests nothing", skipped, len(texts))
	}
}

// TestWordEndHyphen holds wordEnd's report of a hyphen, which
// scanAllCapitals takes for whether to look for the capitals of a
// hyphenated name's parts, to the word's bytes: from every place of
// every string of up to five pieces of letters, hyphens, apostrophes and
// spaces, of named texts, and of the test briefings' lines.
func TestWordEndHyphen(t *testing.T) {
	texts := []string{
		"", "-", "a-", "a-b", "Non-Commissioned", "x--y", "a-’b", "a’-b", "é-a", "a-é",
		"a'-b", "a-'b", "A-B-C", "\xff-a", "a-\xff", "a‐b", "well-known, well- known",
	}
	pieces := []string{"A", "b", "-", "'", "’", "‐", " ", "é", "&", ",", "\xff"}
	var build func(prefix string, n int)
	build = func(prefix string, n int) {
		texts = append(texts, prefix)
		if n == 0 {
			return
		}
		for _, p := range pieces {
			build(prefix+p, n-1)
		}
	}
	build("", 5)
	testdataTexts(t, func(_, text string) {
		texts = append(texts, strings.Split(text, "\n")...)
	})
	hyphens := 0
	for _, s := range texts {
		for j := range len(s) + 1 {
			end, hyphen := wordEnd(s, j)
			if want := strings.IndexByte(s[j:end], '-') >= 0; hyphen != want {
				t.Fatalf("wordEnd(%q, %d) = %d, %v; want a hyphen %v", s, j, end, hyphen, want)
			}
			if hyphen {
				hyphens++
			}
		}
	}
	if hyphens == 0 {
		t.Fatal("no word with a hyphen: the test tests nothing")
	}
}
