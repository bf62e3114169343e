package knowledge

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// testdataTexts calls fn with the path and text of every briefing under
// testdata.
func testdataTexts(t *testing.T, fn func(path, text string)) {
	t.Helper()
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.Contains(path, "/briefings/") {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		fn(path, string(data))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestStemKeepsFirstByte holds Snowball to what namesFile relies on: a
// word's stem begins with the word's first byte, for every word of the
// test briefings and their file names that begins in ASCII.
func TestStemKeepsFirstByte(t *testing.T) {
	seen := map[string]bool{}
	check := func(w []byte, _ int, _ bool) {
		if w[0] >= utf8.RuneSelf || seen[string(w)] {
			return
		}
		seen[string(w)] = true
		if s := snowStem(string(w)); s == "" || s[0] != w[0] {
			t.Errorf("snowStem(%q) = %q: not the word's first byte", w, s)
		}
	}
	testdataTexts(t, func(path, text string) {
		tokenize(titleFromPath(path), check)
		tokenize(text, check)
	})
	// Snowball's special words, and words its steps cut to little.
	for _, w := range []string{"skies", "dying", "lying", "tying", "idly", "ugly", "early", "only",
		"yes", "yelling", "ies", "ied", "sses", "eed", "eing", "ying", "ably", "ation", "00001", "1990s", "a", "y"} {
		check([]byte(w), 0, false)
	}
	if len(seen) < 10000 {
		t.Fatalf("only %d words checked", len(seen))
	}
}

// namesFileStemmingAll is namesFile as it was first written, stemming
// every word of both.
func namesFileStemmingAll(line, path string) bool {
	var file []string
	tokenize(titleFromPath(path), func(w []byte, _ int, compound bool) {
		if !compound && !isStopWord(string(w)) {
			file = append(file, snowStem(string(w)))
		}
	})
	found := false
	tokenize(line, func(w []byte, _ int, compound bool) {
		found = found || !compound && !isStopWord(string(w)) && slices.Contains(file, snowStem(string(w)))
	})
	return found
}

// TestNamesFile holds namesFile, which stems only words that begin
// alike, to stemming every word: each test briefing's first lines
// against its own file name and those of a few others.
func TestNamesFile(t *testing.T) {
	var paths, lines, own []string
	testdataTexts(t, func(path, text string) {
		paths = append(paths, path)
		for i, l := range strings.SplitN(text, "\n", 4) {
			if i < 3 && strings.TrimSpace(l) != "" {
				lines, own = append(lines, l), append(own, path)
			}
		}
	})
	for _, c := range [][2]string{
		{"Queen West Fitness Toronto Membership Guide", "toronto-gym-memberships.txt"},
		{"ÉIRE PORTS", "Éire_ports.txt"},
		{"Sky watch", "skies over yelling.txt"},
		{"Yells", "skies over yelling.txt"},
		{"Introduction", "briefing-00001.txt"},
	} {
		lines, own = append(lines, c[0]), append(own, c[1])
	}
	named := 0
	for i, l := range lines {
		for _, p := range []string{own[i], paths[(i*7+3)%len(paths)], paths[len(paths)-1-i%4]} {
			want := namesFileStemmingAll(l, p)
			if got := namesFile(l, p); got != want {
				t.Errorf("namesFile(%q, %q) = %v, want %v", l, p, got, want)
			}
			if want {
				named++
			}
		}
	}
	if named == 0 || named == 3*len(lines) {
		t.Fatalf("%d of %d lines name their file: no test of both answers", named, 3*len(lines))
	}
}

// TestIndexClauseMark holds indexClauseMark to strings.IndexAny, over
// marks in and outside ASCII, invalid UTF-8 and the test briefings'
// openings.
func TestIndexClauseMark(t *testing.T) {
	cases := []string{
		"", "no mark here", "In Malta, Valletta", "a “quoted” name", "ends.", "(x", "é, à",
		"\xe2\x80", "\xe2\x80\x9c", "\xff\xe2\x80\x9dx", "\xc3\xe2\x80\x9c", "\xe2\x80\x9e„ no", "ü\xffa/b",
		"日本語の文章、句点。", "tail “", "”", "a|b", "x\"y", "?!", "[a]", "a;b:c",
	}
	testdataTexts(t, func(_, text string) {
		for len(text) > 0 && len(cases) < 5000 {
			n := min(len(text), 200)
			cases = append(cases, text[:n])
			text = text[n:]
		}
	})
	for _, s := range cases {
		for i := range len(s) + 1 {
			if got, want := indexClauseMark(s[i:]), strings.IndexAny(s[i:], clauseMarks); got != want {
				t.Fatalf("indexClauseMark(%q) = %d, want %d", s[i:], got, want)
			}
		}
	}
}
