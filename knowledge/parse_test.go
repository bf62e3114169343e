package knowledge

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// outline is a compact, readable form of a parsed document for tests.
func outline(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "document %q title=%q date=%q tags=%q audience=%s\n", d.Path, d.Title, d.Date, d.Tags, d.Audience)
	for _, s := range d.Sections {
		fmt.Fprintf(&b, "section %d %q\n", s.Line, s.Heading)
		for _, e := range s.Entries() {
			fmt.Fprintf(&b, "  %s %d %q: %q\n", e.Kind, e.Line, e.Title, e.Text())
			for _, f := range e.Fields() {
				fmt.Fprintf(&b, "    field %q = %q\n", f.Name, f.Value)
			}
		}
	}
	return b.String()
}

// TestParseSampleGolden pins the parsed structure of the sample briefing:
// every heading, bullet and table row with its line. Run with -update
// after a deliberate change to the parser.
func TestParseSampleGolden(t *testing.T) {
	data, err := sample.ReadFile("sample/us-cambodia-defense-talks.txt")
	if err != nil {
		t.Fatal(err)
	}
	doc, problems := Parse("us-cambodia-defense-talks.txt", data)
	if len(problems) > 0 {
		t.Errorf("Parse(sample) problems = %v, want none", problems)
	}
	got := outline(doc)
	golden := filepath.Join("testdata", "sample.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("Parse(sample) mismatch (-want +got):\n%s", diff)
	}
}

// entryLine is one entry as the quirk tests compare it.
type entryLine struct {
	Section, Kind, Title, Text string
	Line                       int
}

func entryLines(d *Document) []entryLine {
	var out []entryLine
	if d == nil {
		return nil
	}
	for _, s := range d.Sections {
		for _, e := range s.Entries() {
			out = append(out, entryLine{s.Heading, e.Kind.String(), e.Title, e.Text(), int(e.Line)})
		}
	}
	return out
}

// TestParseQuirks covers the layouts curators really write, one quirk a
// case.
func TestParseQuirks(t *testing.T) {
	tests := []struct {
		name, path, in string
		want           []entryLine
	}{
		{
			name: "plain headings and name bullets",
			path: "a.txt",
			in:   "Maritime Security\nThe talks covered patrols.\n- Coast Guard Training: Joint drills at sea.\n- Port Visits: Two a year.\n",
			want: []entryLine{
				{"Maritime Security", "section", "Maritime Security", "The talks covered patrols.", 1},
				{"Maritime Security", "item", "Coast Guard Training", "Joint drills at sea.", 3},
				{"Maritime Security", "item", "Port Visits", "Two a year.", 4},
			},
		},
		{
			name: "list introduced at the end of a paragraph line is not a heading",
			path: "a.txt",
			in:   "Health\nSeveral efforts were agreed.Key areas include:\n- Vaccines: Cold chain support.\n",
			want: []entryLine{
				{"Health", "section", "Health", "Several efforts were agreed.Key areas include:", 1},
				{"Health", "item", "Vaccines", "Cold chain support.", 3},
			},
		},
		{
			name: "table with trailing pipes and inconsistent case",
			path: "a.txt",
			in:   "Trade\nKey Focus Areas | Collaborative Actions |\n---|---|\nRegional Stability | Joint defense Summits |\nterrorism prevention | training Programs |\n",
			want: []entryLine{
				{"Trade", "section", "Trade", "", 1},
				{"Trade", "row", "Regional Stability", "Joint defense Summits", 4},
				{"Trade", "row", "terrorism prevention", "training Programs", 5},
			},
		},
		{
			name: "table with leading pipes, alignment and three columns",
			path: "a.md",
			in:   "## Trade\n| Area | Lead | Goal |\n|:---|:---:|---:|\n| Minerals | **Commerce** | New `supply` deals |\n",
			want: []entryLine{
				{"Trade", "section", "Trade", "", 1},
				{"Trade", "row", "Minerals", "Lead: Commerce; Goal: New supply deals", 4},
			},
		},
		{
			name: "markdown bold names and star bullets",
			path: "a.md",
			in:   "# Briefing\n## Health\nText here.\n* **Vaccine Supply**: Cold chain.\n- **Clinics:** Rural ones.\n- plain bullet without a name\n",
			want: []entryLine{
				{"Health", "section", "Health", "Text here.", 2},
				{"Health", "item", "Vaccine Supply", "Cold chain.", 4},
				{"Health", "item", "Clinics", "Rural ones.", 5},
				{"Health", "item", "plain bullet without a name", "plain bullet without a name", 6},
			},
		},
		{
			name: "hash headings make plain short lines text",
			path: "a.md",
			in:   "## Energy\nSolar Farms\nWind is next.\n",
			want: []entryLine{
				{"Energy", "section", "Energy", "Solar Farms Wind is next.", 1},
			},
		},
		{
			name: "hard-wrapped paragraph is one paragraph, not headings",
			path: "a.txt",
			in:   "Climate\nThe leaders agreed to fund coastal defenses\nand early warning systems for the region.\nSeawalls Are Next\nThey will be built in 2026.\n",
			want: []entryLine{
				{"Climate", "section", "Climate", "The leaders agreed to fund coastal defenses and early warning systems for the region.", 1},
				{"Seawalls Are Next", "section", "Seawalls Are Next", "They will be built in 2026.", 4},
			},
		},
		{
			name: "text before any heading is named after the document",
			path: "dir/pacific-islands_brief.txt",
			in:   "The islands face rising seas.\n- Early Warning: Sirens.\n",
			want: []entryLine{
				{"pacific islands brief", "section", "pacific islands brief", "The islands face rising seas.", 1},
				{"pacific islands brief", "item", "Early Warning", "Sirens.", 2},
			},
		},
		{
			name: "indented lines continue a bullet",
			path: "a.txt",
			in:   "Ports\n- Port Upgrades: New cranes\n  and deeper berths.\n",
			want: []entryLine{
				{"Ports", "section", "Ports", "", 1},
				{"Ports", "item", "Port Upgrades", "New cranes and deeper berths.", 2},
			},
		},
		{
			name: "colon in a URL or a time is not a name",
			path: "a.txt",
			in:   "Links\n- see https://example.org/x for more\n- meeting at 10:30 in Dili\n",
			want: []entryLine{
				{"Links", "section", "Links", "", 1},
				{"Links", "item", "see https://example.org/x for more", "see https://example.org/x for more", 2},
				{"Links", "item", "meeting at 10:30 in Dili", "meeting at 10:30 in Dili", 3},
			},
		},
		{
			name: "windows line endings and a byte order mark",
			path: "a.txt",
			in:   "\uFEFFEnergy\r\nSolar first.\r\n- Grid: Links.\r\n",
			want: []entryLine{
				{"Energy", "section", "Energy", "Solar first.", 1},
				{"Energy", "item", "Grid", "Links.", 3},
			},
		},
		{
			name: "empty sections are dropped, fenced code is text",
			path: "a.md",
			in:   "# Title Only\n## Code\n```\n- not: a bullet\n```\n",
			want: []entryLine{
				{"Code", "section", "Code", "- not: a bullet", 2},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, problems := Parse(tt.path, []byte(tt.in))
			if len(problems) > 0 {
				t.Errorf("Parse(%q) problems = %v, want none", tt.in, problems)
			}
			if diff := cmp.Diff(tt.want, entryLines(doc)); diff != "" {
				t.Errorf("Parse(%q) entries mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseFrontMatter(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		title    string
		date     string
		tags     []string
		audience Audience
		problems []string
	}{
		{
			name:     "all keys",
			in:       "---\ntitle: Pacific Brief\ndate: 2024-06-04\ntags: [climate, \"ports\"]\naudience: internal\nowner: someone\n---\n## A\ntext.\n",
			title:    "Pacific Brief",
			date:     "2024-06-04",
			tags:     []string{"climate", "ports"},
			audience: Internal,
			problems: []string{`brief.md:6: front matter: unknown key "owner" (keys are title, date, tags and audience); treating the document as internal`},
		},
		{
			name:     "no front matter is public, titled by the first heading",
			in:       "# Pacific Brief\n## A\ntext.\n",
			title:    "Pacific Brief",
			audience: Public,
		},
		{
			name:     "tags as a string, explicit public",
			in:       "---\ntags: climate, ports\naudience: Public\n---\n## A\ntext.\n",
			title:    "brief",
			tags:     []string{"climate", "ports"},
			audience: Public,
		},
		{
			name:     "unknown audience fails closed",
			in:       "---\ntitle: T\naudience: everyone\n---\n## A\ntext.\n",
			title:    "T",
			audience: Internal,
			problems: []string{`brief.md:3: front matter: audience "everyone" is not public or internal; treating the document as internal`},
		},
		{
			name:     "broken YAML fails closed and names the line",
			in:       "---\ntitle: T\n\taudience: internal\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{"brief.md:3: front matter: found a tab character that violates indentation"},
		},
		{
			name:     "a colon in a plain value is named with the fix",
			in:       "---\ndate: 2026-05-04\ntitle: Talks: Defence and Trade\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{`brief.md:3: front matter: the value of "title" has ": " in it; put it in quotes (title: "..."); treating the document as internal`},
		},
		{
			name:     "a quoted colon is fine",
			in:       "---\ntitle: \"Talks: Defence\"\n---\n## A\ntext.\n",
			title:    "Talks: Defence",
			audience: Public,
		},
		// Every slip that could publish an internal briefing fails closed
		// and is reported.
		{
			name:     "capitalized key",
			in:       "---\nAudience: internal\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
		},
		{
			name:     "misspelt key: audiance",
			in:       "---\ntitle: T\naudiance: internal\n---\n## A\ntext.\n",
			title:    "T",
			audience: Internal,
			problems: []string{`brief.md:3: front matter: unknown key "audiance"; did you mean "audience"?; treating the document as internal`},
		},
		{
			name:     "misspelt key: audeince",
			in:       "---\naudeince: internal\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{`brief.md:2: front matter: unknown key "audeince"; did you mean "audience"?; treating the document as internal`},
		},
		{
			name:     "blank line before the front matter",
			in:       "\n---\naudience: internal\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{"brief.md:2: front matter must start on the first line of the file, before anything else; treating the document as internal"},
		},
		{
			name:     "four dashes",
			in:       "----\naudience: internal\n----\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{
				`brief.md:1: front matter opens with "----"; write exactly "---" on the first line; treating the document as internal`,
				`brief.md:3: front matter ends with "----"; write exactly "---"; treating the document as internal`,
			},
		},
		{
			name:     "heading before the front matter",
			in:       "# Secret Plans\n---\naudience: internal\n---\n## A\ntext.\n",
			title:    "Secret Plans",
			audience: Internal,
			problems: []string{"brief.md:2: front matter must start on the first line of the file, before anything else; treating the document as internal"},
		},
		{
			name:     "nested audience",
			in:       "---\nmeta: {audience: internal}\n---\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{`brief.md:2: front matter: "meta" must be a single value, not a nested map; treating the document as internal`},
		},
		{
			name:     "date that is no date",
			in:       "---\ndate: next tuesday\n---\n## A\ntext.\n",
			title:    "brief",
			date:     "next tuesday",
			audience: Internal,
			problems: []string{`brief.md:2: front matter: date "next tuesday" is not a date; write it as 2026-05-04; treating the document as internal`},
		},
		{
			name:     "a rule and a note in a plain briefing are no front matter",
			in:       "Trade\nSome text.\n---\nNote: this is prose.\n",
			title:    "brief",
			audience: Public,
		},
		{
			name:     "unclosed front matter fails closed",
			in:       "---\ntitle: T\n## A\ntext.\n",
			title:    "brief",
			audience: Internal,
			problems: []string{`brief.md:1: front matter is not closed by a "---" line`},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, problems := Parse("brief.md", []byte(tt.in))
			if doc == nil {
				t.Fatalf("Parse(%q) = nil document, problems %v", tt.in, problems)
			}
			var msgs []string
			for _, p := range problems {
				msgs = append(msgs, p.Error())
			}
			if diff := cmp.Diff(tt.problems, msgs); diff != "" {
				t.Errorf("Parse(%q) problems mismatch (-want +got):\n%s", tt.in, diff)
			}
			got := []any{doc.Title, doc.Date, doc.Tags, doc.Audience}
			want := []any{tt.title, tt.date, tt.tags, tt.audience}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) title, date, tags, audience mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseBadInput(t *testing.T) {
	tests := []struct {
		name   string
		in     []byte
		wantOK bool
		want   []string
	}{
		{"empty", []byte(""), false, []string{"x.txt: empty document"}},
		{"only spaces", []byte(" \n\t\n"), false, []string{"x.txt: empty document"}},
		{"binary", []byte("PK\x03\x04\x00\x00binary"), false, []string{"x.txt: binary file, not a briefing document"}},
		{"invalid UTF-8 names its line", []byte("Heading\nfine line.\nbad \xff byte\n"), false, []string{"x.txt:3: invalid UTF-8: save the file as UTF-8"}},
		{"no briefing text", []byte("---\ntitle: T\n---\n"), false, []string{"x.txt: no briefing text: the document has no sections, bullets or tables"}},
		{"row with too few cells", []byte("Trade\nA | B | C |\n---|---|---|\nx | y |\n"), true, []string{"x.txt:4: table row has 2 cells, but the header has 3"}},
		{"row with too many cells", []byte("Trade\nA | B |\n---|---|\nx | y | z |\n"), true, []string{"x.txt:4: table row has 3 cells, but the header has 2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, problems := Parse("x.txt", tt.in)
			if got := doc != nil; got != tt.wantOK {
				t.Errorf("Parse(%q) document = %v, want document %v", tt.in, got, tt.wantOK)
			}
			var msgs []string
			for _, p := range problems {
				msgs = append(msgs, p.Error())
			}
			if diff := cmp.Diff(tt.want, msgs); diff != "" {
				t.Errorf("Parse(%q) problems mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestParseKeepsBadRows checks that a row with the wrong number of cells
// is still answerable: a curator's slip must not hide the row.
func TestParseKeepsBadRows(t *testing.T) {
	doc, _ := Parse("x.txt", []byte("Trade\nA | B |\n---|---|\nx | y | z |\nw |\n"))
	got := entryLines(doc)
	want := []entryLine{
		{"Trade", "section", "Trade", "", 1},
		{"Trade", "row", "x", "y | z", 4},
		{"Trade", "row", "w", "", 5},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Parse entries mismatch (-want +got):\n%s", diff)
	}
}

// bulletRE is the pattern findBullet matches by hand, kept as its oracle.
var bulletRE = regexp.MustCompile(`^(\s*)(?:[-*+•‣◦▪]|\d{1,3}[.)])\s+(\S.*)$`)

// FuzzFindBullet checks findBullet against the regular expression it
// replaced for speed: a bullet is what the pattern says it is.
func FuzzFindBullet(f *testing.F) {
	for _, s := range []string{"- a", "  * b", "1. x", "12) y", "1234. z", "-x", "- ", "•\ttext",
		"", "   ", "+  two", "3.", "3. ", "- a\nb", "\u00a0- a", "-\u00a0a", "\r- a", "▪ item", "9)x", "\xff- a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		want := ""
		if m := bulletRE.FindStringSubmatch(line); m != nil {
			want = m[2]
		}
		if got := findBullet(line); got != want {
			t.Errorf("findBullet(%q) = %q, want %q", line, got, want)
		}
	})
}

func FuzzParse(f *testing.F) {
	seed, _ := sample.ReadFile("sample/us-cambodia-defense-talks.txt")
	f.Add("a.txt", seed)
	f.Add("a.md", []byte("---\ntitle: x\naudience: internal\n---\n# T\n## S\n* **N**: d\n| a | b |\n|---|---|\n| c | d |\n"))
	f.Add("a.txt", []byte("H\n- a: b\nx | y |\n---|---|\n1 | 2 | 3 |\n"))
	f.Add("a.md", []byte("```\n# not\n```\n- \n---\n"))
	f.Fuzz(func(t *testing.T, path string, data []byte) {
		lines := len(splitLines(string(data)))
		doc, problems := Parse(path, data)
		for _, p := range problems {
			if p.Line < 0 || p.Line > lines {
				t.Errorf("problem %v points at line %d of %d", p, p.Line, lines)
			}
		}
		if doc == nil {
			if len(problems) == 0 {
				t.Errorf("Parse returned no document and no problem")
			}
			return
		}
		for _, s := range doc.Sections {
			if len(s.Entries()) == 0 || s.Entries()[0].Kind != SectionText {
				t.Errorf("section %q does not start with its own text", s.Heading)
			}
			for _, e := range s.Entries() {
				if e.Line < 1 || int(e.Line) > lines {
					t.Errorf("entry %q at line %d of %d", e.Title, e.Line, lines)
				}
				if e.Section != s || s.Doc != doc {
					t.Errorf("entry %q has wrong back pointers", e.Title)
				}
				if !utf8.ValidString(e.Title) || !utf8.ValidString(e.Text()) {
					t.Errorf("entry %q is not valid UTF-8", e.Title)
				}
			}
		}
	})
}

// ruleRE is what isRule matches, as a regular expression.
var ruleRE = regexp.MustCompile(`^\s{0,3}([-*_=])(\s*[-*_=]){2,}\s*$`)

func FuzzIsRule(f *testing.F) {
	for _, s := range []string{"---", " - - -", "    ---", "***", "=== ", "-- ", "- item", "_ _ _x", "\t---", "-\n-\n-", "\u00a0---"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if got, want := isRule(line), ruleRE.MatchString(line); got != want {
			t.Errorf("isRule(%q) = %v, want %v", line, got, want)
		}
	})
}

// atxRE and boldNameRE are what atx and boldName match, as regular
// expressions.
var (
	atxRE      = regexp.MustCompile(`^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$`)
	boldNameRE = regexp.MustCompile(`^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：—–-]?\s*(.*)$`)
)

func FuzzATX(f *testing.F) {
	for _, s := range []string{"# Title", "   ### Deep ###  ", "####### seven", "#nospace", "## ", "#\tTab #x ##", "# a # b", "    # four", "# é ＃", "#\n# x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		level, text, ok := atx(line)
		m := atxRE.FindStringSubmatch(line)
		if ok != (m != nil) || ok && (level != len(m[1]) || text != m[2]) {
			t.Errorf("atx(%q) = %d, %q, %v; want %q", line, level, text, ok, m)
		}
	})
}

func FuzzBoldName(f *testing.F) {
	for _, s := range []string{"**Name**: text", "__Name__ – text", "**Name:** text", "***x** y", "**a*_b__c", "**é**", "****", "**x", "** **", "__a**\u00a0:b", "**a**\n: b", "**\xff**:\xff", "**a**b**\nc", "**a**x\ny**z", "**\na**"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		name, rest, ok := boldName(s)
		m := boldNameRE.FindStringSubmatch(s)
		if ok != (m != nil) || ok && (name != m[1] || rest != m[2]) {
			t.Errorf("boldName(%q) = %q, %q, %v; want %q", s, name, rest, ok, m)
		}
	})
}

// isPlainByByte is isPlain a byte at a time, as it was first written.
func isPlainByByte(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c > ' ' && c < utf8.RuneSelf && c != '*' && c != '_' && c != '`' && c != '[':
		case c == ' ' && t[i+1] != ' ':
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(t[i:])
			if unicode.IsSpace(r) {
				return false
			}
			i += size - 1
		default:
			return false
		}
	}
	return true
}

// FuzzPlain holds plain's quick look to the longer way it takes
// otherwise: a text it keeps as it is must be one the longer way keeps.
func FuzzPlain(f *testing.F) {
	for _, s := range []string{"plain text", " a  b ", "**bold** x", "a\u00a0b", "tab\there", "[link](x)", "é è", "x ", "\xff",
		"a fairly long line of plain text", "seven b  eight bytes", "1234567 89abcdef", "12345678\x7f_rest", "abcdefgh ijklmnop  q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isPlain(strings.TrimSpace(s)), isPlainByByte(strings.TrimSpace(s)); got != want {
			t.Errorf("isPlain(%q) = %v, byte by byte %v", strings.TrimSpace(s), got, want)
		}
		if isPlain(strings.TrimSpace(s)) {
			tr := strings.TrimSpace(s)
			if strings.ContainsAny(s, "*_`[") || !isSpaced(tr) {
				t.Errorf("isPlain(%q) = true, but the text has markup or is not spaced as shown", tr)
			}
		}
	})
}

// FuzzFrontMatter holds the quick reading of simple front matter to the
// YAML parser's: the same document and the same problems either way.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"title: Fiji briefing 3590\ntags: [security, agriculture]",
		"title: Timor-Leste briefing 0\ndate: 2026-05-04\naudience: internal",
		"Title: x\n\ntags: a, b", "tags: []", "tags: [null, x]", "tags: [a,]", "date: 2026-13-45",
		"audiance: public", "title: a\ntitle: b", "title: a: b", "title: 'quoted'", "title: a # c",
		"tags: [True, no]", "title: 12 34", "title:x", "title:  two  spaces", "tags:\n  - a\n  - b",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, body string) {
		text := "---\n" + body + "\n---\nSome briefing text.\n"
		defer func(q bool) { quickFrontMatter = q }(quickFrontMatter)
		quickFrontMatter = true
		quick, quickProbs := Parse("a.md", []byte(text))
		quickFrontMatter = false
		slow, slowProbs := Parse("a.md", []byte(text))
		if (quick == nil) != (slow == nil) {
			t.Fatalf("Parse(%q): document %v read quickly, %v by the parser", text, quick != nil, slow != nil)
		}
		if quick != nil {
			type head struct {
				Title, Date string
				Tags        []string
				Audience    Audience
			}
			if diff := cmp.Diff(head{slow.Title, slow.Date, slow.Tags, slow.Audience}, head{quick.Title, quick.Date, quick.Tags, quick.Audience}); diff != "" {
				t.Errorf("Parse(%q) front matter read quickly (+) and by the parser (-):\n%s", text, diff)
			}
		}
		if diff := cmp.Diff(slowProbs, quickProbs); diff != "" {
			t.Errorf("Parse(%q) problems read quickly (+) and by the parser (-):\n%s", text, diff)
		}
	})
}

// TestPlainTextTitle checks that a plain-text document's first line is
// its title when it names what the file name does, and only a section's
// heading when it does not ("Introduction"), when the file has front
// matter, or when text comes before it.
func TestPlainTextTitle(t *testing.T) {
	tests := []struct {
		name, path, in, title string
	}{
		{"names the file", "toronto-gym-memberships.txt", "Queen West Fitness Toronto Membership Guide\nQueen West Fitness is a gym.\nJoining\n- Fee: $49.\n", "Queen West Fitness Toronto Membership Guide"},
		{"a form of the file's word", "sand-martin-walls.txt", "Artificial Sand Martin Banks\nSand martins dig burrows.\n", "Artificial Sand Martin Banks"},
		{"shares only a stop word", "the-cambodia-talks.txt", "The Introduction\nTalks were held.\n", "the cambodia talks"},
		{"shares nothing", "us-cambodia-defense-talks.txt", "Introduction\nTalks were held.\nSecurity\n- Patrols: More of them.\n", "us cambodia defense talks"},
		{"front matter names it", "toronto-gym.txt", "---\ntitle: Gym Guide\n---\nToronto Gym Rules\nText.\n", "Gym Guide"},
		{"text before it", "toronto-gym.txt", "- Fee: $49.\n\nToronto Gym Rules\nText.\n", "toronto gym"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, probs := parse(tc.path, tc.in, [32]byte{}, nil)
			if d == nil {
				t.Fatalf("parse = nil, %v", probs)
			}
			if d.Title != tc.title {
				t.Errorf("Title = %q, want %q", d.Title, tc.title)
			}
		})
	}
}
