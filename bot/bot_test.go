package bot_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// The platforms of these tests, named as their adapters name them.
const (
	Slack   = "slack"
	Discord = "discord"
	Console = "console"
)

// platform is a chat platform in memory that the tests ask through.
type platform interface {
	Adapter
	Ask(t testing.TB, in Inbox, m Message) []bottest.Sent
}

const publicDoc = `Maritime Security
The talks covered patrols and illegal fishing.
- Coast Guard Training: Joint drills for coast guard crews at sea.
- Port Visits: Two navy port visits a year.
- Joint Patrols: Monthly patrols with the navy near the reef.
- Patrol Aircraft: Patrol flights over the fishing grounds.
Health Cooperation
- Vaccine Supply: Cold chain support for rural clinics.
Focus Area | Goal |
---|---|
Disease Surveillance | Faster outbreak reporting |
`

const internalDoc = `---
title: Budget Notes
audience: internal
---
## Funding Ceilings
* **Grant Ceiling**: Grants are capped at twelve million for the fiscal year.
* **Patrol Boat Funding**: Money for two patrol boats.
`

// kb is a knowledge directory held in memory, editable between reloads.
type kb struct {
	mu    sync.Mutex
	files fstest.MapFS
}

func newKB() *kb {
	return &kb{files: fstest.MapFS{
		"maritime.txt":       {Data: []byte(publicDoc)},
		"internal/budget.md": {Data: []byte(internalDoc)},
	}}
}

func (k *kb) set(name, data string) {
	k.mu.Lock()
	defer k.mu.Unlock()
	files := fstest.MapFS{}
	for n, f := range k.files {
		files[n] = f
	}
	if data == "" {
		delete(files, name)
	} else {
		files[name] = &fstest.MapFile{Data: []byte(data)}
	}
	k.files = files
}

func (k *kb) load(prev *knowledge.Base) (*knowledge.Base, error) {
	k.mu.Lock()
	files := k.files
	k.mu.Unlock()
	return knowledge.ReloadFS(prev, files, "kb"), nil
}

// testBot is a bot with the config's defaults but a rate limit that tests
// do not reach, Slack internal, Discord public, one public Slack channel,
// and admins on both. tweaks change its options first.
func testBot(t testing.TB, k *kb, tweaks ...func(*Options)) *Bot {
	t.Helper()
	base, _ := k.load(nil)
	if len(base.Problems) > 0 {
		t.Fatalf("test knowledge has problems: %v", base.Problems)
	}
	o := Options{
		Bot: config.Default().Bot,
		Platforms: map[string]Policy{
			Slack:   {Audience: knowledge.Internal, Channels: map[string]knowledge.Audience{"CPUBLIC": knowledge.Public}, Admins: []string{"UADMIN"}},
			Discord: {Audience: knowledge.Public, Admins: []string{"111"}, AdminRoles: []string{"999"}},
			Console: {Audience: knowledge.Internal, Everyone: true, Unlimited: true},
		},
		Logger: slog.New(slog.DiscardHandler),
	}
	o.RateLimit = config.RateLimit{PerMinute: 1000, Burst: 1000}
	for _, tweak := range tweaks {
		tweak(&o)
	}
	return New(base, k.load, o)
}

func slackMsg(user, channel, text string) Message {
	return Message{Platform: Slack, ChannelID: channel, ThreadID: "T1", MessageID: "M1", UserID: user, UserName: "someone", Via: Mention, Text: text}
}

func discordMsg(user, text string, roles ...string) Message {
	return Message{Platform: Discord, ChannelID: "C9", UserID: user, UserName: "someone", Roles: roles, Via: Slash, Text: text}
}

// ask sends one message and returns the replies once the bot has
// finished with it.
func ask(t testing.TB, b *Bot, a platform, m Message) []bottest.Sent {
	t.Helper()
	return a.Ask(t, b.Inbox(a), m)
}

// one asks and requires exactly one reply.
func one(t *testing.T, b *Bot, a platform, m Message) Reply {
	t.Helper()
	got := ask(t, b, a, m)
	if len(got) != 1 {
		t.Fatalf("%q: got %d replies, want 1: %+v", m.Text, len(got), got)
	}
	return got[0].Reply
}

func TestConversation(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	user := "U1"

	r := one(t, b, a, slackMsg(user, "C1", "what coast guard training is planned?"))
	if r.Kind != Answer || r.Title != "Coast Guard Training" {
		t.Fatalf("question: got %v %q, want answer Coast Guard Training", r.Kind, r.Title)
	}
	if diff := cmp.Diff(&Source{Document: "maritime.txt", Section: "Maritime Security", Line: 3}, r.Source); diff != "" {
		t.Errorf("question: source mismatch (-want +got):\n%s", diff)
	}
	if len(r.Related) > 2 {
		t.Errorf("question: %d related entries, want at most 2: %q", len(r.Related), r.Related)
	}

	r = one(t, b, a, slackMsg(user, "C1", "source"))
	if r.Title != "Coast Guard Training" || r.Body != "Joint drills for coast guard crews at sea." || r.Source == nil || r.Source.Document != "maritime.txt" || r.Source.Line != 3 {
		t.Errorf("source: got %q / %q / %+v, want the full text cited maritime.txt line 3", r.Title, r.Body, r.Source)
	}

	r = one(t, b, a, slackMsg(user, "C1", "patrols"))
	if len(r.Related) != 2 {
		t.Errorf("question: %d related entries, want 2: %q", len(r.Related), r.Related)
	}
	r = one(t, b, a, slackMsg(user, "C1", "more"))
	if !strings.HasPrefix(r.Title, "More on “patrols”") || !strings.Contains(r.Body, "maritime.txt · ") {
		t.Errorf("more: got %q %q, want more answers with citations", r.Title, r.Body)
	}
	for range 5 {
		r = one(t, b, a, slackMsg(user, "C1", "more"))
	}
	if r.Title != "That's all" {
		t.Errorf("more, exhausted: got %q, want That's all", r.Title)
	}

	// Another thread has its own conversation.
	other := slackMsg(user, "C1", "source")
	other.ThreadID = "T2"
	if r = one(t, b, a, other); r.Title != "No answer to show" {
		t.Errorf("source in a new thread: got %q, want No answer to show", r.Title)
	}
}

func TestCommands(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	tests := []struct {
		text      string
		wantKind  ReplyKind
		wantTitle string
		wantBody  []string // substrings
	}{
		{"help", Info, "briefbot help", []string{"themes", "initiatives <theme>", "reload: reload the knowledge base and show what changed (admin)"}},
		{"themes", Info, "Themes (3)", []string{"- Maritime Security", "- Health Cooperation", "- Funding Ceilings"}},
		{"initiatives maritime", Info, "Maritime Security", []string{"- Coast Guard Training: Joint drills", "- Port Visits"}},
		{"initiatives helth cooperaton", Info, "Health Cooperation", []string{"- Vaccine Supply", "- Disease Surveillance"}},
		{"initiatives", Info, "Which theme?", nil},
		{"show port visits", Answer, "Port Visits", []string{"Two navy port visits a year."}},
		{"show Disease Surveillance", Answer, "Disease Surveillance", nil},
		{"sources", Info, "Sources (2)", []string{"- internal/budget.md: Budget Notes (1 theme, 2 initiatives)", "- maritime.txt: Maritime Security (2 themes, 6 initiatives)"}},
		{"THEMES?", Info, "Themes (3)", nil},
		{"", Info, "briefbot help", nil},
		{"!brief themes", Info, "Themes (3)", nil},
		{"recipe for chocolate cake", NoAnswer, "Nothing in the briefings fits that", []string{"No briefing mentions “recipe”, “chocolate” or “cake”.", "`themes`"}},
		{"port visits by submarines", NoAnswer, "Nothing in the briefings fits that", []string{"No briefing mentions “submarines”."}},
		{"thmes", NoAnswer, "Nothing in the briefings fits that", []string{"Did you mean the `themes` command?"}},
		{"hlep", NoAnswer, "Nothing in the briefings fits that", []string{"Did you mean the `help` command?"}},
		{"soruces", NoAnswer, "Nothing in the briefings fits that", []string{"Did you mean the `sources` command?"}},
		{"hi there 👋", Info, "Hello!", []string{"`themes`", "`help`"}},
		{"thanks so much!", Info, "You're welcome", nil},
		{"hi, anything on port visits?", Answer, "Port Visits", nil},
		{"how many patrol flights happen", NoAnswer, "Nothing in the briefings fits that", []string{"The nearest is “Patrol Aircraft” in Maritime Security, though it may not answer it"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			r := one(t, b, a, slackMsg("UADMIN", "C1", tt.text))
			if r.Kind != tt.wantKind || r.Title != tt.wantTitle {
				t.Errorf("%q: got %v %q, want %v %q (body %q)", tt.text, r.Kind, r.Title, tt.wantKind, tt.wantTitle, r.Body)
			}
			for _, s := range tt.wantBody {
				if !strings.Contains(r.Body, s) {
					t.Errorf("%q: body %q does not contain %q", tt.text, r.Body, s)
				}
			}
		})
	}
}

// TestNearestOffered checks that a question nothing answers for sure is
// offered the entry nearest it first among the suggestions, and that a
// question about nothing in the briefings is offered none.
func TestNearestOffered(t *testing.T) {
	b := testBot(t, newKB())
	for _, tt := range []struct{ text, want string }{
		{"how many patrol flights happen", "Patrol Aircraft"},
		{"recipe for chocolate cake", ""},
	} {
		t.Run(tt.text, func(t *testing.T) {
			r := one(t, b, &bottest.Recorder{}, slackMsg("U1", "C1", tt.text))
			if r.Kind != NoAnswer {
				t.Fatalf("%q: got %v %q, want a NoAnswer", tt.text, r.Kind, r.Title)
			}
			got := ""
			if len(r.Suggestions) > 0 {
				got = r.Suggestions[0]
			}
			if tt.want == "" && strings.Contains(r.Body, "nearest") || tt.want != "" && got != tt.want {
				t.Errorf("%q: first suggestion %q, body %q; want %q first", tt.text, got, r.Body, tt.want)
			}
		})
	}
}

func TestTableRowAnswer(t *testing.T) {
	b := testBot(t, newKB())
	r := one(t, b, &bottest.Recorder{}, slackMsg("U1", "C1", "outbreak reporting"))
	want := []Field{{Name: "Goal", Value: "Faster outbreak reporting"}}
	if r.Title != "Disease Surveillance" {
		t.Fatalf("got %q, want Disease Surveillance", r.Title)
	}
	if diff := cmp.Diff(want, r.Fields); diff != "" {
		t.Errorf("fields mismatch (-want +got):\n%s", diff)
	}
}

func TestDidYouMean(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	// Nothing fits, but a title looks like what was asked.
	r := one(t, b, a, slackMsg("U1", "C1", "the portvisit schedule of uruguay"))
	if r.Kind != NoAnswer {
		t.Fatalf("got %v %q, want no answer", r.Kind, r.Title)
	}
	if diff := cmp.Diff([]string{"Port Visits"}, r.Suggestions); diff != "" {
		t.Errorf("did you mean mismatch (-want +got):\n%s", diff)
	}
	// A weak answer offers the other titles it could have been.
	r = one(t, b, a, slackMsg("U1", "C1", "coast guard patrol flights"))
	if r.Kind != Answer {
		t.Fatalf("weak match: got %v %q, want an answer", r.Kind, r.Title)
	}
	// (knowledge's TestAlternatives says which titles; here, that the
	// bot offers them, and never the answer itself.)
	if want := b.Base().Alternatives("coast guard patrol flights", knowledge.Internal, 4); slices.Contains(r.Suggestions, r.Title) || len(r.Suggestions) != len(slices.DeleteFunc(want, func(s string) bool { return s == r.Title })) {
		t.Errorf("weak match %q: suggestions %q, want the other alternatives %q", r.Title, r.Suggestions, want)
	}
	// Two words, each the title of another entry: nothing answers both,
	// and both titles are offered.
	r = one(t, b, a, slackMsg("U1", "C1", "vaccine disease"))
	if r.Kind != NoAnswer || !slices.Equal(r.Suggestions, []string{"Vaccine Supply", "Disease Surveillance"}) {
		t.Errorf("two titles' words: got %v with suggestions %q, want no answer and both titles", r.Kind, r.Suggestions)
	}
	r = one(t, b, a, slackMsg("U1", "C1", "vaccine supply"))
	if r.Title != "Vaccine Supply" || len(r.Suggestions) != 0 {
		t.Errorf("strong match: got %q with suggestions %q, want Vaccine Supply alone", r.Title, r.Suggestions)
	}
}

func TestUnansweredAreCountedForAdmins(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	for range 3 {
		ask(t, b, a, slackMsg("U1", "C1", "Where is the cafeteria?"))
	}
	ask(t, b, a, slackMsg("U1", "C1", "secret internal thing nobody documented"))
	ask(t, b, a, discordMsg("222", "where is the cafeteria"))
	ask(t, b, a, slackMsg("U1", "C1", "thanks!")) // small talk is no miss
	ask(t, b, a, slackMsg("U1", "C1", "hello"))

	r := one(t, b, a, slackMsg("UADMIN", "C1", "misses"))
	if !strings.Contains(r.Body, "4× “Where is the cafeteria?”") || !strings.Contains(r.Body, "1× “secret internal thing") ||
		strings.Contains(r.Body, "thanks") || strings.Contains(r.Body, "hello") {
		t.Errorf("misses (internal): %q", r.Body)
	}
	r = one(t, b, a, discordMsg("111", "misses"))
	if !strings.Contains(r.Body, "1× “Where is the cafeteria?”") || strings.Contains(r.Body, "secret") {
		t.Errorf("misses (public) shows %q; want only what was asked in public", r.Body)
	}
}

func TestAdminOnly(t *testing.T) {
	tests := []struct {
		name  string
		msg   Message
		admin bool
	}{
		{"slack admin by ID", slackMsg("UADMIN", "C1", ""), true},
		{"slack user", slackMsg("U1", "C1", ""), false},
		{"slack user named like an admin", Message{Platform: Slack, ChannelID: "C1", UserID: "U2", UserName: "UADMIN", Via: Mention}, false},
		{"discord admin by ID", discordMsg("111", ""), true},
		{"discord admin by role", discordMsg("222", "", "999"), true},
		{"discord user with other roles", discordMsg("222", "", "998"), false},
		{"console user", Message{Platform: Console, ChannelID: "console", UserID: "me", Via: Direct}, true},
		{"unknown platform", Message{Platform: "irc", UserID: "UADMIN", Via: Direct}, false},
	}
	for _, tt := range tests {
		for _, cmd := range adminCommands() {
			t.Run(tt.name+"/"+cmd, func(t *testing.T) {
				var logs strings.Builder
				b := testBot(t, newKB(), func(o *Options) { o.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
				m := tt.msg
				m.Text = cmd
				got := ask(t, b, &bottest.Recorder{}, m)
				if len(got) != 1 {
					t.Fatalf("%s: %d replies, want 1", cmd, len(got))
				}
				refused := got[0].Reply.Kind == Refusal
				if refused == tt.admin {
					t.Errorf("%s by %s: refused = %v, want %v (%q)", cmd, tt.name, refused, !tt.admin, got[0].Reply.Title)
				}
				if !got[0].Private {
					t.Errorf("%s: reply not private", cmd)
				}
				if logged := strings.Contains(logs.String(), "admin command refused"); logged != !tt.admin {
					t.Errorf("%s: refusal logged = %v, want %v", cmd, logged, !tt.admin)
				}
			})
		}
	}
}

func TestReload(t *testing.T) {
	k := newKB()
	start := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	b := testBot(t, k, func(o *Options) { o.Now = func() time.Time { return start } })
	a := &bottest.Editor{}
	before := b.Base().Version

	// A good edit: one initiative added, one document added.
	k.set("maritime.txt", publicDoc+"- Fisheries Patrols: Shared patrol schedules.\n")
	k.set("energy.md", "## Energy\n- Solar Farms: Panels for islands.\n")
	got := ask(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	if len(got) != 2 || a.Edits() != 1 {
		t.Fatalf("reload: %d sends and %d edits, want progress then its edit", len(got), a.Edits())
	}
	if got[0].Reply.Title != "Reloading the knowledge base…" {
		t.Errorf("reload progress: %q", got[0].Reply.Title)
	}
	r := got[1].Reply
	if r.Kind != Info || !strings.HasPrefix(r.Title, "Reloaded: version ") || !strings.Contains(r.Title, "(was "+before+")") {
		t.Errorf("reload: got %v %q", r.Kind, r.Title)
	}
	for _, want := range []string{"Serving 3 documents, 4 themes, 14 entries.", "Documents: 1 added, 1 changed", "- added: energy.md", "Initiatives: 2 added\n- added: Solar Farms (energy.md), Fisheries Patrols (maritime.txt)"} {
		if !strings.Contains(r.Body, want) {
			t.Errorf("reload diff %q does not contain %q", r.Body, want)
		}
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "solar farms")); r.Title != "Solar Farms" {
		t.Errorf("after reload: got %q, want the new entry", r.Title)
	}
	good := b.Base().Version

	// A broken edit: the previous base is kept and the problem reported.
	k.set("broken.txt", "Trade\ncaf\xe9\n")
	r = got2(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	if r.Kind != Failure || r.Title != "Reload failed: still serving version "+good || !strings.Contains(r.Body, "broken.txt:2: invalid UTF-8") {
		t.Errorf("broken reload: got %v %q %q", r.Kind, r.Title, r.Body)
	}
	if b.Base().Version != good {
		t.Errorf("broken reload swapped the base: %s, want %s", b.Base().Version, good)
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "solar farms")); r.Title != "Solar Farms" {
		t.Errorf("after a failed reload: got %q, want the old base's answer", r.Title)
	}
	if last := b.LastReload(); last == nil || last.OK {
		t.Errorf("LastReload = %+v, want the failed reload", last)
	}

	// Public audiences learn nothing of internal changes, not even
	// their number.
	k.set("broken.txt", "")
	k.set("internal/budget.md", internalDoc+"* **Secret Item**: Hidden.\n")
	r = got2(t, b, a, Message{Platform: Discord, ChannelID: "C9", UserID: "111", Via: Slash, Text: "reload"})
	want := "Took less than a millisecond. Serving 2 documents, 3 themes, 11 entries.\nNothing changed."
	if r.Body != want {
		t.Errorf("public reload of an internal change:\n%s\nwant\n%s", r.Body, want)
	}
}

// got2 asks through an editing adapter and returns the final reply.
func got2(t *testing.T, b *Bot, a *bottest.Editor, m Message) Reply {
	t.Helper()
	got := ask(t, b, a, m)
	if len(got) == 0 {
		t.Fatalf("%q: no reply", m.Text)
	}
	return got[len(got)-1].Reply
}

func TestReloadWithoutDirectory(t *testing.T) {
	b := New(knowledge.Embedded(), nil, Options{Bot: config.Default().Bot, Platforms: map[string]Policy{Console: {Everyone: true, Audience: knowledge.Internal}}})
	r := one(t, b, &bottest.Recorder{}, Message{Platform: Console, UserID: "me", Via: Direct, Text: "reload"})
	if r.Kind != Info || r.Title != "Nothing to reload" || !strings.Contains(r.Body, "briefbot chat --knowledge ./briefings") || strings.Contains(r.Body, "DIR") {
		t.Errorf("reload of the embedded briefing: %v %q", r.Kind, r.Body)
	}
}

// adminCommands returns the names of the commands for admins alone.
func adminCommands() []string {
	var names []string
	for _, c := range Commands() {
		if c.Admin {
			names = append(names, c.Name)
		}
	}
	return names
}

// TestHelpListsEveryCommand checks that help lists every command in the
// registry: to admins all of them, to others those not for admins.
func TestHelpListsEveryCommand(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	adminHelp := one(t, b, a, slackMsg("UADMIN", "C1", "help")).Body
	userHelp := one(t, b, a, slackMsg("U1", "C1", "help")).Body
	for _, c := range Commands() {
		usage := c.Usage()
		if !strings.Contains(adminHelp, "- "+usage+": "+c.Help) {
			t.Errorf("admin help does not list %q: %s", usage, adminHelp)
		}
		if listed := strings.Contains(userHelp, "- "+usage+": "); listed == c.Admin {
			t.Errorf("help for a user lists %q: %v, want %v", usage, listed, !c.Admin)
		}
	}
}

// TestAudienceFiltering asks every command in a public channel: nothing
// of the internal document may appear.
func TestAudienceFiltering(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	secrets := []string{"Budget", "budget.md", "Grant Ceiling", "Funding Ceilings", "twelve million", "Patrol Boat Funding", "internal/"}
	// Questions are lower case; the secrets are as the document writes
	// them, so an echo of the question is not mistaken for a leak.
	questions := []string{
		"grant ceiling", "funding ceilings", "patrol boat funding", "patrol", "themes", "sources",
		"initiatives funding ceilings", "initiatives funding", "show grant ceiling", "show patrol boat",
		"grnat ceilng", "more", "source", "help", "misses", "status", "capped at twelve", "budget notes",
	}
	for _, m := range []Message{
		slackMsg("UADMIN", "CPUBLIC", ""),
		discordMsg("111", ""),
		{Platform: Discord, ChannelID: "DM1", UserID: "111", Via: Direct},
	} {
		for _, q := range questions {
			m.Text = q
			for _, s := range ask(t, b, a, m) {
				text := fmt.Sprint(s.Reply)
				for _, secret := range secrets {
					if strings.Contains(text, secret) {
						t.Errorf("%s %s %q: reply leaks %q: %s", m.Platform, m.ChannelID, q, secret, text)
					}
				}
			}
		}
	}
	// The same questions in an internal channel do find it.
	if r := one(t, b, a, slackMsg("U1", "C1", "grant ceiling")); r.Title != "Grant Ceiling" {
		t.Errorf("internal channel: got %q, want Grant Ceiling", r.Title)
	}
}

func TestRateLimit(t *testing.T) {
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	b := testBot(t, newKB(), func(o *Options) {
		o.RateLimit = config.RateLimit{PerMinute: 6, Burst: 2}
		o.Now = clock
	})
	a := &bottest.Recorder{}
	outcomes := func(user string, n int) (answered, refusals, silent int) {
		for range n {
			got := ask(t, b, a, discordMsg(user, "port visits"))
			switch {
			case len(got) == 0:
				silent++
			case got[0].Reply.Kind == Refusal:
				refusals++
			default:
				answered++
			}
		}
		return
	}
	if ans, ref, sil := outcomes("222", 5); ans != 2 || ref != 1 || sil != 2 {
		t.Errorf("burst of 5: answered %d, refused %d, silent %d; want 2, 1 (told once), 2", ans, ref, sil)
	}
	if ans, _, _ := outcomes("333", 1); ans != 1 {
		t.Errorf("another user was limited too")
	}
	mu.Lock()
	now = now.Add(10 * time.Second) // one token at 6 a minute
	mu.Unlock()
	if ans, _, _ := outcomes("222", 1); ans != 1 {
		t.Errorf("after 10s: not answered, want the refilled token used")
	}
}

func TestLongQuestion(t *testing.T) {
	b := testBot(t, newKB(), func(o *Options) { o.MaxQuestionLength = 20 })
	r := one(t, b, &bottest.Recorder{}, slackMsg("U1", "C1", strings.Repeat("é", 21)))
	if r.Kind != Refusal || !strings.Contains(r.Body, "21 characters") || !strings.Contains(r.Body, "up to 20") {
		t.Errorf("long question: %v %q", r.Kind, r.Body)
	}
	if r := one(t, b, &bottest.Recorder{}, slackMsg("U1", "C1", strings.Repeat("é", 20))); r.Kind == Refusal {
		t.Errorf("question of the maximum length refused")
	}
}

func TestAddressing(t *testing.T) {
	b := testBot(t, newKB(), func(o *Options) { o.Prefix = "!brief" })
	tests := []struct {
		via     Via
		text    string
		replies int
	}{
		{Channel, "port visits", 0},
		{Channel, "!brief port visits", 1},
		{Channel, "!BRIEF port visits", 1},
		{Channel, "!briefing port visits", 0},
		{Mention, "port visits", 1},
		{Direct, "port visits", 1},
		{Thread, "more", 1},
		{Thread, "port visits", 1},
		{Thread, "thanks, that helps!", 0}, // chatter in the thread, not for the bot
		{Thread, "", 0},
		{Slash, "themes", 1},
	}
	for _, tt := range tests {
		m := slackMsg("U1", "C1", tt.text)
		m.Via = tt.via
		if got := ask(t, b, &bottest.Recorder{}, m); len(got) != tt.replies {
			t.Errorf("%v %q: %d replies, want %d", tt.via, tt.text, len(got), tt.replies)
		}
	}
}

func TestHostileText(t *testing.T) {
	b := testBot(t, newKB())
	r := one(t, b, &bottest.Recorder{}, slackMsg("U1", "C1", "\x1b[31mport\u200b visits\x00\n"))
	if r.Title != "Port Visits" {
		t.Errorf("control characters: got %q, want Port Visits", r.Title)
	}
}

// panicky is a platform whose first send panics.
type panicky struct {
	*bottest.Recorder
	once sync.Once
}

func (p *panicky) Send(ctx context.Context, m *Message, r Reply) error {
	p.once.Do(func() { panic("adapter exploded") })
	return p.Recorder.Send(ctx, m, r)
}

// TestPanicIsRecovered makes handling panic (the adapter does) and
// checks the bot apologises, logs the message IDs and keeps working.
func TestPanicIsRecovered(t *testing.T) {
	var logs bottest.Buffer
	b := testBot(t, newKB(), func(o *Options) { o.Logger = slog.New(slog.NewTextHandler(&logs, nil)) })
	a := &panicky{Recorder: &bottest.Recorder{}}
	r := one(t, b, a, slackMsg("U1", "C1", "port visits"))
	if r.Kind != Failure || r.Title != "Sorry, something went wrong" {
		t.Errorf("panic: got %v %q, want an apology", r.Kind, r.Title)
	}
	for _, want := range []string{"panic while handling a message", "adapter exploded", "message=M1", "user=U1", "channel=C1"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, logs.String())
		}
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "port visits")); r.Title != "Port Visits" {
		t.Errorf("after a panic: got %q, want the bot still answering", r.Title)
	}
}

// TestLoaderPanic checks that a loader's panic fails the reload, is
// logged, and leaves the bot serving what it had: the load runs on a
// goroutine of its own, where nothing else would recover it.
func TestLoaderPanic(t *testing.T) {
	var logs bottest.Buffer
	base, _ := newKB().load(nil)
	b := New(base, func(*knowledge.Base) (*knowledge.Base, error) { panic("loader exploded") }, Options{
		Bot:       config.Default().Bot,
		Logger:    slog.New(slog.NewTextHandler(&logs, nil)),
		Platforms: map[string]Policy{Slack: {Audience: knowledge.Internal, Admins: []string{"UADMIN"}}},
	})
	a := &bottest.Recorder{}
	r := one(t, b, a, slackMsg("UADMIN", "C1", "reload"))
	if r.Kind != Failure || !strings.HasPrefix(r.Title, "Reload failed") || !strings.Contains(r.Body, "loader exploded") {
		t.Errorf("reload with a panicking loader: got %v %q %q, want the failure", r.Kind, r.Title, r.Body)
	}
	if !strings.Contains(logs.String(), "panic while loading the knowledge") {
		t.Errorf("log lacks the panic:\n%s", logs.String())
	}
	if r := one(t, b, a, slackMsg("U1", "C1", "port visits")); r.Title != "Port Visits" {
		t.Errorf("after a panicking reload: got %q, want the bot still answering", r.Title)
	}
}

func TestFailedSendDoesNotStop(t *testing.T) {
	b := testBot(t, newKB())
	a := &bottest.Recorder{}
	a.Fail(errors.New("platform down"))
	ask(t, b, a, slackMsg("U1", "C1", "port visits"))
	a.Fail(nil)
	if r := one(t, b, a, slackMsg("U1", "C1", "port visits")); r.Title != "Port Visits" {
		t.Errorf("after a failed send: got %q", r.Title)
	}
}

// TestReloadWhileAnswering answers questions on many goroutines while
// reloading in a loop between two versions of the knowledge: every
// question gets an answer from one whole version. Run with -race.
func TestReloadWhileAnswering(t *testing.T) {
	k := newKB()
	b := testBot(t, k, func(o *Options) { o.RateLimit = config.RateLimit{PerMinute: 1 << 20, Burst: 1 << 20} })
	v2 := strings.ReplaceAll(publicDoc, "Two navy port visits a year.", "Four navy port visits a year.")
	ctx, cancel := context.WithCancel(context.Background())
	var reloader sync.WaitGroup
	reloader.Go(func() {
		for i := 0; ctx.Err() == nil; i++ {
			if i%2 == 0 {
				k.set("maritime.txt", v2)
			} else {
				k.set("maritime.txt", publicDoc)
			}
			if res := b.Reload(context.Background()); !res.OK {
				t.Errorf("reload %d failed: %v", i, res.Problems)
			}
		}
	})
	errs := make(chan string, 1000)
	var askers sync.WaitGroup
	for g := range 4 {
		askers.Go(func() {
			a := &bottest.Recorder{}
			for i := range 200 {
				m := slackMsg(fmt.Sprint("U", g), "C1", "port visits")
				m.ThreadID = fmt.Sprint(i)
				got := ask(t, b, a, m)
				if len(got) != 1 {
					errs <- fmt.Sprintf("%d replies", len(got))
					continue
				}
				body := got[0].Reply.Body
				if got[0].Reply.Title != "Port Visits" || body != "Two navy port visits a year." && body != "Four navy port visits a year." {
					errs <- fmt.Sprintf("got %q %q", got[0].Reply.Title, body)
				}
			}
		})
	}
	askers.Wait()
	cancel()
	reloader.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if last := b.LastReload(); last == nil {
		t.Error("no reload ran")
	}
}

func TestComplete(t *testing.T) {
	b := testBot(t, newKB())
	tests := []struct {
		platform, channel string
		command           string
		typed             string
		want              []string
	}{
		{Discord, "C9", "", "port", []string{"Port Visits", "Patrol Aircraft"}},
		{Discord, "C9", "show", "port", []string{"Port Visits", "Patrol Aircraft"}},
		{Discord, "C9", "", "grant", nil},
		{Slack, "C1", "", "grant", []string{"Grant Ceiling"}},
		{Discord, "C9", "initiatives", "", []string{"Maritime Security", "Health Cooperation"}},
		{Slack, "C1", "initiatives", "fund", []string{"Funding Ceilings"}},
		{Discord, "C9", "", "", []string{"Coast Guard Training", "Port Visits", "Joint Patrols", "Patrol Aircraft", "Vaccine Supply", "Disease Surveillance"}},
		{Discord, "C9", "themes", "", nil},
		{Discord, "C9", "no such command", "port", nil},
	}
	for _, tt := range tests {
		got := b.Complete(tt.platform, tt.channel, tt.command, tt.typed)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Complete(%s, %s, %q, %q) mismatch (-want +got):\n%s", tt.platform, tt.channel, tt.command, tt.typed, diff)
		}
	}
}

func TestSourceString(t *testing.T) {
	tests := []struct {
		s    *Source
		want string
	}{
		{&Source{Document: "a.md", Section: "Trade", Line: 3}, "a.md · Trade · line 3"},
		{&Source{Document: "a.md", Line: 3}, "a.md · line 3"},
		{&Source{Document: " a.md ", Section: " "}, "a.md"},
		{&Source{}, ""},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := tt.s.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// guided is a platform with its own ways of asking, as the terminal has.
type guided struct{ *bottest.Recorder }

func (guided) HowToAsk(prefix string) string { return "Type at the prompt; " + prefix + " works too." }

// TestHelpGuide checks that help tells a platform's people how they ask
// there, when the platform says so.
func TestHelpGuide(t *testing.T) {
	b := testBot(t, newKB())
	r := one(t, b, guided{&bottest.Recorder{}}, Message{Platform: Console, ChannelID: "console", UserID: "me", Via: Direct, Text: "help"})
	if !strings.Contains(r.Body, "\nType at the prompt; !brief works too.\n") || strings.Contains(r.Body, "Mention me") {
		t.Errorf("help on a guided platform: %q", r.Body)
	}
}
