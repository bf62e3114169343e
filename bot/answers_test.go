package bot_test

import (
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// sampleBot serves the built-in sample briefing to the console's one
// user.
func sampleBot() *Bot {
	return New(knowledge.Embedded(), nil, Options{Bot: config.Default().Bot,
		Platforms: map[string]Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}}})
}

func console(text string) Message {
	return Message{Platform: Console, ChannelID: "console", UserID: "me", Via: Direct, Text: text}
}

// TestThemeLookup checks `initiatives` on the built-in sample: the theme
// whose heading or initiatives fit the words best, as the README's own
// example has it, and a plain "no theme" when none does.
func TestThemeLookup(t *testing.T) {
	b := sampleBot()
	tests := []struct {
		text      string
		kind      ReplyKind
		title     string
		body      []string
		noSuggest bool
	}{
		{"initiatives maritime", Info, "Austin Engages with Cambodian Leaders on Regional Security Challenges",
			[]string{"- Maritime Law Enforcement: Developing strategies"}, true},
		{"initiatives environmental", Info, "Environmental Sustainability: Shared Goals for Climate resilience",
			[]string{"- Renewable Energy Development"}, true},
		{"initiatives counterterrorism", Info, "Counterterrorism Strategies: Strengthening Partnerships for Regional Stability", nil, true},
		{"initiatives Introduction", Info, "Introduction", []string{"no listed initiatives"}, true},
		{"initiatives humanitarain", Info, "Addressing Humanitarian Efforts: U.S. Support for Cambodia’s Development Initiatives", nil, true},
		{"initiatives xyzzy", NoAnswer, "No theme about “xyzzy”", []string{"The themes are:\n- Introduction\n- Austin Engages"}, true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := one(t, b, &bottest.Recorder{}, console(tt.text))
			if r.Kind != tt.kind || r.Title != tt.title {
				t.Errorf("%q = %v %q, want %v %q", tt.text, r.Kind, r.Title, tt.kind, tt.title)
			}
			for _, s := range tt.body {
				if !strings.Contains(r.Body, s) {
					t.Errorf("%q: body %q lacks %q", tt.text, r.Body, s)
				}
			}
			if tt.noSuggest && len(r.Suggestions) > 0 {
				t.Errorf("%q: suggests %q, want no weaker guesses", tt.text, r.Suggestions)
			}
		})
	}
}

// TestShowDuplicateTitles checks that `show` shows every entry of a
// title, each with its source, and that `source n` reaches each.
func TestShowDuplicateTitles(t *testing.T) {
	b := sampleBot()
	a := &bottest.Recorder{}
	got := ask(t, b, a, console("show Disaster Response"))
	var titles []string
	var lines []int
	for _, s := range got {
		titles = append(titles, s.Reply.Title)
		lines = append(lines, s.Reply.Source.Line)
	}
	if diff := cmp.Diff([]string{"Disaster Response (1 of 2)", "Disaster Response (2 of 2)"}, titles); diff != "" {
		t.Errorf("show Disaster Response titles (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{23, 29}, lines); diff != "" {
		t.Errorf("show Disaster Response lines (-want +got):\n%s", diff)
	}
	if r := one(t, b, a, console("source 2")); r.Source == nil || r.Source.Line != 29 {
		t.Errorf("source 2 after show: %+v, want the entry at line 29", r.Source)
	}
}

// TestSectionShowsItsItems checks that a theme's own text is shown with
// the list it introduces ("Key areas include:"), in answers and source.
func TestSectionShowsItsItems(t *testing.T) {
	b := sampleBot()
	a := &bottest.Recorder{}
	r := one(t, b, a, console("show Addressing Humanitarian Efforts"))
	want := "Key areas of focus for U.S. assistance include:\n" +
		"- Disaster Response: Strengthening Cambodia’s capacity for disaster preparedness and management,ensuring communities can effectively respond to natural disasters.\n" +
		"- Healthcare Betterment: Initiatives aimed at enhancing healthcare access and quality, especially in remote areas, to improve the health outcomes of the population.\n" +
		"- Economic Development: Supporting local businesses and fostering job creation through targeted investments and training programs.\n" +
		"These efforts reflect a wider strategy"
	if !strings.Contains(r.Body, want) || !strings.HasSuffix(r.Body, "- Economic Support: Facilitating investments and training to spur job growth in local economies.") {
		t.Errorf("theme shown as\n%s\nwant it to contain\n%s\nand end with its table", r.Body, want)
	}
	if s := one(t, b, a, console("source")); s.Body != r.Body {
		t.Errorf("source shows\n%s\nwant\n%s", s.Body, r.Body)
	}
}

func TestSectionBody(t *testing.T) {
	tests := []struct {
		name, doc, want string
	}{
		{"list after its intro", "## T\nIntro.\nKey areas include:\n- A: one\n- B: two\nAfter.\n",
			"Intro.\nKey areas include:\n- A: one\n- B: two\nAfter."},
		{"two lists, two intros", "## T\nAreas:\n- A: one\nTable below:\n| X | Y |\n|---|---|\n| R | y1 |\nEnd.\n",
			"Areas:\n- A: one\nTable below:\n- R: y1\nEnd."},
		{"a list nothing introduces", "## T\nSome text.\n- A: one\n", "Some text.\n- A: one"},
		{"only a list", "## T\n- A: one\n- B\n", "- A: one\n- B"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base := knowledge.LoadFS(fstest.MapFS{"d.md": {Data: []byte(tt.doc)}}, "test")
			b := New(base, nil, Options{Bot: config.Default().Bot,
				Platforms: map[string]Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}}})
			if r := one(t, b, &bottest.Recorder{}, console("show T")); r.Body != tt.want {
				t.Errorf("show T = %q, want %q", r.Body, tt.want)
			}
		})
	}
}

// TestSourceAfterMore checks that `source` shows the answer the asker
// saw first, even after `more`, and `source n` the nth.
func TestSourceAfterMore(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	first := one(t, b, a, slackMsg("U1", "C1", "patrols"))
	if len(first.Related) != 2 || !strings.HasPrefix(first.Related[0], "2. ") || !strings.HasPrefix(first.Related[1], "3. ") {
		t.Fatalf("related = %q, want them numbered 2 and 3", first.Related)
	}
	more := one(t, b, a, slackMsg("U1", "C1", "more"))
	if !strings.Contains(more.Body, "- 4. ") || !strings.Contains(more.Body, "`source 4` shows one in full") {
		t.Errorf("more = %q, want its answers numbered from 4", more.Body)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "source")); r.Title != first.Title || r.Source.Line != first.Source.Line {
		t.Errorf("source after more = %q line %d, want the first answer %q line %d", r.Title, r.Source.Line, first.Title, first.Source.Line)
	}
	second := strings.TrimPrefix(strings.SplitN(first.Related[0], " — ", 2)[0], "2. ")
	if r := one(t, b, a, slackMsg("U1", "C1", "source 2")); r.Title != second {
		t.Errorf("source 2 = %q, want %q", r.Title, second)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "Source 2?")); r.Title != second {
		t.Errorf("Source 2? = %q, want %q", r.Title, second)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "source 99")); r.Title != "No answer 99" || !strings.Contains(r.Body, "`source 1` to `source ") {
		t.Errorf("source 99 = %q %q", r.Title, r.Body)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "source of the patrols")); r.Kind == Info {
		t.Errorf("source of the patrols = %v %q, want a question", r.Kind, r.Title)
	}
}

// TestWording checks plurals and durations in replies.
func TestWording(t *testing.T) {
	now := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	k := newKB()
	b := testBot(t, k, func(o *Options) { o.Now = clock })
	a := &bottest.Recorder{}
	ask(t, b, a, slackMsg("U1", "C1", "recipe for chocolate cake"))
	now = now.Add(4930 * time.Millisecond)
	if r := one(t, b, a, slackMsg("UADMIN", "C1", "misses")); !strings.HasPrefix(r.Body, "- 1× “recipe for chocolate cake” (last asked 5 seconds ago)\n") {
		t.Errorf("misses = %q", r.Body)
	}
	k.set("broken.txt", "Trade\ncaf\xe9\n")
	r := one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	for _, want := range []string{"Blocked by 1 problem in 1 file:", "Fix or remove broken.txt and `reload` again", "serves the 2 documents"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("reload: %q lacks %q", r.Body, want)
		}
	}
	now = now.Add(2*time.Hour + 3*time.Minute)
	r = one(t, b, a, slackMsg("UADMIN", "C1", "status"))
	for _, want := range []string{"loaded 2 hours ago (2026-11-30 16:41 UTC)", "Serving: 2 documents, 3 themes, 11 entries",
		"Last reload: 2 hours ago, failed: 1 problem, took less than a millisecond", "Uptime: 2 hours 3 minutes"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("status: %q lacks %q", r.Body, want)
		}
	}
	k.set("broken.txt", "")
	k.set("internal/budget.md", "")
	r = one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	if !strings.Contains(r.Body, "Serving 1 document, 2 themes, 8 entries.") {
		t.Errorf("reload: %q, want one document counted in the singular", r.Body)
	}
}

// TestWhatsNew checks `what's new`, asked as a command or a question:
// what the latest reloads added or changed, for the asker's audience,
// and the newest dated documents.
func TestWhatsNew(t *testing.T) {
	now := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	k := newKB()
	b := testBot(t, k, func(o *Options) { o.Now = clock })
	a := &bottest.Recorder{}
	if r := one(t, b, a, slackMsg("U1", "C1", "what's new")); r.Title != "What's new" || !strings.HasPrefix(r.Body, "Nothing was added or changed since I started, just now.") {
		t.Errorf("what's new at start: %q %q", r.Title, r.Body)
	}
	k.set("maritime.txt", strings.Replace(publicDoc, "Two navy port visits a year.", "Four navy port visits a year.", 1)+"- Mine Clearance: Divers clear sea mines.\n")
	k.set("energy.md", "---\ntitle: Energy Briefing\ndate: 2026-05-04\n---\n## Energy\n- Solar Farms: Panels for islands.\n")
	k.set("old.md", "---\ntitle: Old Briefing\ndate: 2025-01-02\n---\n## Old\n- Legacy: Retired.\n")
	k.set("internal/budget.md", "---\ntitle: Budget Notes\naudience: internal\ndate: 2027-01-01\n---\n## Funding Ceilings\n* **Grant Ceiling**: Capped.\n* **Secret Item**: Hidden.\n")
	if res := b.Reload(t.Context()); !res.OK {
		t.Fatalf("reload: %v %v", res.Err, res.Problems)
	}
	now = now.Add(5 * time.Minute)

	internal := one(t, b, a, slackMsg("U1", "C1", "What’s new?"))
	public := one(t, b, a, discordMsg("222", "whats new"))
	for _, want := range []string{
		"Reloaded 5 minutes ago (2026-11-30 16:41 UTC):\nDocuments: 2 added, 1 changed\n- added: energy.md, old.md\n- changed: maritime.txt\n",
		"Initiatives: 3 added, 1 changed\n- added: Solar Farms (energy.md), Mine Clearance (maritime.txt), Legacy (old.md)\n- changed: Port Visits (maritime.txt)\n",
		"\n\nNewest briefings:\n- 2026-05-04: Energy Briefing (energy.md)\n- 2025-01-02: Old Briefing (old.md)",
	} {
		if !strings.Contains(public.Body, want) {
			t.Errorf("public what's new lacks %q:\n%s", want, public.Body)
		}
	}
	for _, want := range []string{
		"- added: Solar Farms (energy.md), Secret Item (internal/budget.md), Mine Clearance (maritime.txt), Legacy (old.md)",
		"- changed: Grant Ceiling (internal/budget.md), Port Visits (maritime.txt)",
		"Newest briefings:\n- 2027-01-01: Budget Notes (internal/budget.md)\n- 2026-05-04: Energy Briefing (energy.md)",
	} {
		if !strings.Contains(internal.Body, want) {
			t.Errorf("internal what's new lacks %q:\n%s", want, internal.Body)
		}
	}
	for _, secret := range []string{"Secret", "Budget", "budget.md", "2027"} {
		if strings.Contains(public.Body, secret) {
			t.Errorf("public what's new shows %q:\n%s", secret, public.Body)
		}
	}
}

// TestHostileFileNames checks that a document's path that could forge a
// line of a reply is shown quoted.
func TestHostileFileNames(t *testing.T) {
	base := knowledge.LoadFS(fstest.MapFS{
		"evil\n- fake.md: Fake (9 themes).md": {Data: []byte("## Trade\n- Minerals: Deals.\n")},
	}, "test")
	b := New(base, nil, Options{Bot: config.Default().Bot,
		Platforms: map[string]Policy{Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true}}})
	a := &bottest.Recorder{}
	for _, text := range []string{"sources", "themes", "minerals"} {
		r := one(t, b, a, console(text))
		shown := r.Body + "\n" + r.Source.String()
		if strings.Contains(shown, "\n- fake.md") || !strings.Contains(shown, `"evil\n- fake.md: Fake (9 themes).md"`) {
			t.Errorf("%s shows the file name unquoted: %q", text, shown)
		}
	}
}

// TestMissesSayWhatTheBaseMakesOfThem checks that the misses command
// tells curators, for each question that found nothing, the entry
// nearest it, or the entry that answers it since a reload.
func TestMissesSayWhatTheBaseMakesOfThem(t *testing.T) {
	k := newKB()
	b := testBot(t, k)
	a := &bottest.Recorder{}
	ask(t, b, a, slackMsg("U1", "C1", "how many patrol flights happen"))
	ask(t, b, a, slackMsg("U1", "C1", "zephyr drills"))
	ask(t, b, a, slackMsg("U1", "C1", "recipe for chocolate cake"))
	k.set("zephyr.txt", "Zephyr Exercises\n- Zephyr Drills: A yearly naval exercise in the gulf.\n")
	if r := one(t, b, a, slackMsg("UADMIN", "C1", "reload")); !strings.Contains(r.Body, "zephyr.txt") {
		t.Fatalf("reload: %q does not name the new file", r.Body)
	}
	r := one(t, b, a, slackMsg("UADMIN", "C1", "misses"))
	for _, want := range []string{
		"“how many patrol flights happen” (last asked just now): nearest “Patrol Aircraft” in Maritime Security\n",
		"“zephyr drills” (last asked just now): now answered by “Zephyr Drills”\n",
		"“recipe for chocolate cake” (last asked just now)\n",
	} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("misses = %q; want a line with %q", r.Body, want)
		}
	}
}
