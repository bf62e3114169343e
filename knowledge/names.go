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

// A lookup by name ("initiatives maritime", "show Data Sharing") takes
// the theme or entry so named, else ranks like a question: the words name
// what answers them best. Autocompletion, which sees a name half typed,
// matches with github.com/sahilm/fuzzy, a subsequence matcher made for
// short names ("maritme law" finds "Maritime Law Enforcement"); its
// scores are only compared among matches of one pattern, and it is no
// ranker of text, for it finds "maritime" in "Addressing Humanitarian
// Efforts: U.S. Support for Cambodia's Development Initiatives".

// nearShare is how close to the best a theme's or entry's score must be
// for a lookup to offer it too: a runner-up further behind is no better
// a guess than the best.
const nearShare = 0.8

// FindThemes returns the themes an audience can see that name names,
// best first: the theme whose heading it is (or the heading's part before
// a colon); else the themes whose headings and entries answer name best
// when it is asked as a question, each ranked by its best entry, with
// the runners-up only when they fit nearly as well as the best. It
// returns nil when no theme fits.
func (b *Base) FindThemes(name string, a Audience) []*Section {
	for _, s := range b.Themes(a) {
		if sameName(s.Heading, name) {
			return []*Section{s}
		}
		if short, _, ok := strings.Cut(s.Heading, ":"); ok && sameName(short, name) {
			return []*Section{s}
		}
	}
	var out []*Section
	score := map[*Section]float64{}
	for _, ans := range b.Search(name, a) {
		s, v := ans.Entry.Section, ans.Score
		if ans.Entry.Kind == SectionText {
			v *= headingWeight
		}
		if _, ok := score[s]; !ok {
			out = append(out, s)
		}
		score[s] = max(score[s], v)
	}
	slices.SortStableFunc(out, func(x, y *Section) int { return cmp.Compare(score[y], score[x]) })
	for i, s := range out {
		if score[s] < score[out[0]]*nearShare {
			return out[:i]
		}
	}
	return out
}

// headingWeight weighs a theme's own text (its heading and prose) against
// its entries when FindThemes ranks themes: "initiatives environmental"
// means the theme about the environment more than another theme with one
// environmental initiative.
const headingWeight = 2

// FindEntries returns the entries an audience can see that title names,
// best first: every entry so titled, in document order; else the entries
// that answer title best when it is asked as a question, the runners-up
// only when they fit nearly as well as the best. It returns nil when no
// entry fits.
func (b *Base) FindEntries(title string, a Audience) []*Entry {
	var out []*Entry
	for _, d := range b.Documents(a) {
		for _, s := range d.Sections {
			es := s.Entries()
			for i := range es {
				if e := &es[i]; sameName(e.Title, title) {
					out = append(out, e)
				}
			}
		}
	}
	if len(out) > 0 {
		return out
	}
	var top float64
	for _, ans := range b.Search(title, a) {
		if top == 0 {
			top = ans.Score
		}
		if ans.Score < top*nearShare {
			break
		}
		out = append(out, ans.Entry)
	}
	return out
}

// sameName reports whether two names are the same but for case, spaces
// and the punctuation at their ends.
func sameName(x, y string) bool {
	norm := func(s string) string {
		return strings.Trim(strings.Join(strings.Fields(s), " "), ".,;:!?")
	}
	x, y = norm(x), norm(y)
	return x != "" && strings.EqualFold(x, y)
}

// CompleteThemes returns the headings of the themes an audience can see
// that look like what someone has typed so far, best first, for
// autocompletion: headings that hold its letters in order, else the
// themes FindThemes finds.
func (b *Base) CompleteThemes(typed string, a Audience) []string {
	themes := b.Themes(a)
	headings := make([]string, len(themes))
	for i, s := range themes {
		headings[i] = s.Heading
	}
	var out []string
	for _, m := range findNames(typed, headings) {
		out = append(out, headings[m])
	}
	if len(out) == 0 {
		for _, s := range b.FindThemes(typed, a) {
			out = append(out, s.Heading)
		}
	}
	return out
}

// CompleteTitles returns the titles of the entries an audience can see
// that look like what someone has typed so far, best first, for
// autocompletion, as CompleteThemes does for headings.
func (b *Base) CompleteTitles(typed string, a Audience) []string {
	var titles []string
	for _, d := range b.Documents(a) {
		for _, s := range d.Sections {
			for _, e := range s.Entries() {
				titles = append(titles, e.Title)
			}
		}
	}
	var out []string
	for _, m := range findNames(typed, titles) {
		out = append(out, titles[m])
	}
	if len(out) == 0 {
		for _, e := range b.FindEntries(typed, a) {
			out = append(out, e.Title)
		}
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
			for _, e := range s.Entries() {
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
