package knowledge

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// Names are looked up with github.com/sahilm/fuzzy, a subsequence matcher
// made for short names: "maritme law" finds "Maritime Law Enforcement".
// It is not a ranker of text (Search is), and its scores are only
// compared among matches of one pattern.

// FindThemes returns the sections an audience can see whose heading best
// matches name, best first. When no heading matches as a subsequence, it
// falls back to the sections of the best answers to name as a question,
// so misspelt theme names still find their theme.
func (b *Base) FindThemes(name string, a Audience) []*Section {
	themes := b.Themes(a)
	headings := make([]string, len(themes))
	for i, s := range themes {
		headings[i] = s.Heading
	}
	var out []*Section
	for _, m := range findNames(name, headings) {
		out = append(out, themes[m])
	}
	if len(out) > 0 {
		return out
	}
	seen := map[*Section]bool{}
	for _, ans := range b.Search(name, a) {
		if s := ans.Entry.Section; !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// FindEntries returns the entries an audience can see whose title best
// matches title, best first, falling back to Search like FindThemes.
func (b *Base) FindEntries(title string, a Audience) []*Entry {
	var entries []*Entry
	var titles []string
	for _, d := range b.Documents(a) {
		for _, s := range d.Sections {
			for _, e := range s.Entries {
				entries = append(entries, e)
				titles = append(titles, e.Title)
			}
		}
	}
	var out []*Entry
	for _, m := range findNames(title, titles) {
		out = append(out, entries[m])
	}
	if len(out) > 0 {
		return out
	}
	for _, ans := range b.Search(title, a) {
		out = append(out, ans.Entry)
	}
	return out
}

// findNames matches name against names and returns the indexes of the
// matches, best first: exact (ignoring case) first, then sahilm/fuzzy's
// order, shorter names first among equals.
func findNames(name string, names []string) []int {
	name = strings.Join(strings.Fields(name), " ")
	if name == "" {
		return nil
	}
	for i, n := range names {
		if strings.EqualFold(n, name) {
			return []int{i}
		}
	}
	matches := fuzzy.Find(name, names)
	slices.SortStableFunc(matches, func(x, y fuzzy.Match) int {
		if c := cmp.Compare(y.Score, x.Score); c != 0 {
			return c
		}
		return cmp.Compare(len(x.Str), len(y.Str))
	})
	out := make([]int, len(matches))
	for i, m := range matches {
		out[i] = m.Index
	}
	return out
}

// QuoteName returns a name (a file's path, a heading) as a report or a
// reply may show it: as it is, unless it holds a character that could
// forge a line or drive a terminal (a line break, an escape sequence, a
// bidirectional override, invalid UTF-8), or starts with a quote; then
// it is quoted, Go-style, with those characters escaped.
func QuoteName(name string) string {
	if name != "" && !strings.HasPrefix(name, `"`) && strings.IndexFunc(name, hostile) < 0 {
		return name
	}
	return strconv.Quote(name)
}

// hostile reports whether a name must not show r as it is.
func hostile(r rune) bool {
	return r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == '\u2028' || r == '\u2029'
}

// Suggest returns up to n titles of entries and themes an audience can
// see that look like what the question names: for did-you-mean. Each
// telling word of the question is matched against the titles with
// sahilm/fuzzy, keeping only tight matches (the word with a letter or two
// missing, not letters strewn across a long title); titles matching more
// of the words come first. Words that only frame a question
// ("initiatives", "tell") are left out.
func (b *Base) Suggest(question string, a Audience, n int) []string {
	return b.suggest(question, a, n, false)
}

// Alternatives is Suggest for a question that has a weak answer: only
// titles that look like two of the question's telling words (or its only
// one) are offered, since a title sharing one word of several with the
// question is no better a guess than the answer.
func (b *Base) Alternatives(question string, a Audience, n int) []string {
	return b.suggest(question, a, n, true)
}

func (b *Base) suggest(question string, a Audience, n int, strict bool) []string {
	var words []string
	tokenize(question, func(w []byte, _ int, compound bool) {
		if !compound && len(w) >= 3 && indexable(w) && !framing[string(w)] && !weakWords[string(w)] {
			words = append(words, string(w))
		}
	})
	if len(words) == 0 || n <= 0 {
		return nil
	}
	minWords := 1
	if strict {
		minWords = min(len(words), 2)
	}
	seen := map[string]bool{}
	var titles []string
	for _, d := range b.Documents(a) {
		for _, s := range d.Sections {
			for _, e := range s.Entries {
				if !seen[e.Title] {
					seen[e.Title] = true
					titles = append(titles, e.Title)
				}
			}
		}
	}
	type score struct{ words, fuzzy int }
	scores := map[int]*score{}
	for _, w := range words {
		for _, m := range fuzzy.Find(w, titles) {
			span := m.MatchedIndexes[len(m.MatchedIndexes)-1] - m.MatchedIndexes[0] + 1
			if span > len(w)+2 {
				continue
			}
			s := scores[m.Index]
			if s == nil {
				s = &score{}
				scores[m.Index] = s
			}
			s.words++
			s.fuzzy += m.Score
		}
	}
	idx := make([]int, 0, len(scores))
	for i, s := range scores {
		if s.words >= minWords {
			idx = append(idx, i)
		}
	}
	slices.SortFunc(idx, func(x, y int) int {
		sx, sy := scores[x], scores[y]
		if c := cmp.Compare(sy.words, sx.words); c != 0 {
			return c
		}
		if c := cmp.Compare(sy.fuzzy, sx.fuzzy); c != 0 {
			return c
		}
		if c := cmp.Compare(len(titles[x]), len(titles[y])); c != 0 {
			return c
		}
		return cmp.Compare(titles[x], titles[y])
	})
	var out []string
	for _, i := range idx {
		if len(out) == n {
			break
		}
		out = append(out, titles[i])
	}
	return out
}
