package slack

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// table is a reply with n rows of three columns.
func table(n int) bot.Reply {
	r := bot.Reply{Kind: bot.Info, Title: "Initiatives", Body: "Every initiative this quarter."}
	for i := range n {
		r.Fields = append(r.Fields,
			bot.Field{Name: "Initiative", Value: fmt.Sprintf("row %d", i+1)},
			bot.Field{Name: "Owner", Value: fmt.Sprintf("Team %c", 'A'+i%26)},
			bot.Field{Name: "Status", Value: strings.Repeat("on track, ", 1+i%5)},
		)
	}
	return r
}

// longBody is about n characters of prose in paragraphs and list items.
func longBody(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		switch i % 4 {
		case 3:
			fmt.Fprintf(&b, "- item %d: the rollout continues & reaches <region %d>\n", i, i)
		default:
			fmt.Fprintf(&b, "Paragraph %d explains the plan in a few words so the reader knows what happens next. ", i)
			if i%4 == 2 {
				b.WriteString("\n\n")
			}
		}
	}
	return b.String()
}

var renderTests = []struct {
	name  string
	reply bot.Reply
	share string
}{
	{"answer", bot.Reply{
		Kind:        bot.Answer,
		Title:       "Project Apollo",
		Body:        "Move the billing system to the new platform.\n- phase 1: read path\n- phase 2: write path",
		Fields:      []bot.Field{{Name: "Owner", Value: "Payments"}, {Name: "Due", Value: "Q3"}},
		Source:      &bot.Source{Document: "2024/plan.md", Section: "Initiatives", Line: 42},
		Related:     []string{"Project Gemini", "Billing migration"},
		Suggestions: []string{"more", "source"},
	}, ""},
	{"escaped", bot.Reply{
		Kind:        bot.Answer,
		Title:       "R&D <budget>",
		Body:        "Tell <!channel> and <!here|here> and @here, see <https://evil.example|this> & <@U123>.",
		Fields:      []bot.Field{{Name: "<!everyone>", Value: "a > b & c < d"}},
		Source:      &bot.Source{Document: "<doc>.md", Section: "A & B", Line: 1},
		Related:     []string{"<#C123>"},
		Suggestions: []string{"show <!subteam^S1>"},
	}, ""},
	{"private with share button", bot.Reply{Kind: bot.Answer, Title: "Apollo", Body: "Launch in Q3."}, "what is apollo"},
	{"refusal", bot.Reply{Kind: bot.Refusal, Title: "Admins only", Body: "reload is for admins."}, ""},
	{"no title", bot.Reply{Kind: bot.Info, Body: "themes:\n- Growth\n- Platform"}, ""},
	{"long body", bot.Reply{Kind: bot.Answer, Title: "Long", Body: longBody(10000)}, ""},
	{"long line", bot.Reply{Kind: bot.Answer, Title: "One line", Body: strings.Repeat("x&y", 1500)}, ""},
	{"table of 60 rows", table(60), ""},
	{"huge field", bot.Reply{Fields: []bot.Field{{Name: "Notes", Value: strings.Repeat("word ", 1000)}}}, ""},
}

// TestRender compares rendered replies with the golden files in
// testdata/render; go test -run TestRender -update rewrites them.
func TestRender(t *testing.T) {
	for _, tt := range renderTests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply, tt.share)
			checkLimits(t, msgs)
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("", "  ")
			if err := enc.Encode(msgs); err != nil {
				t.Fatal(err)
			}
			got := buf.Bytes()
			path := filepath.Join("testdata", "render", strings.ReplaceAll(tt.name, " ", "-")+".json")
			bottest.Golden(t, path, got)
		})
	}
}

// TestRenderSplit checks how long replies are split between messages.
func TestRenderSplit(t *testing.T) {
	tests := []struct {
		name     string
		reply    bot.Reply
		wantMsgs int
	}{
		{"short", bot.Reply{Title: "T", Body: "b"}, 1},
		{"10,000-character body", bot.Reply{Title: "Long", Body: longBody(10000)}, 2},
		{"60,000-character body", bot.Reply{Title: "Longer", Body: longBody(60000)}, 11},
		{"45 rows", table(45), 1},
		{"60 rows", table(60), 2},
		{"200 rows", table(200), 5},
		{"empty", bot.Reply{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := render(tt.reply, "")
			checkLimits(t, msgs)
			if len(msgs) != tt.wantMsgs {
				t.Errorf("render() = %d messages, want %d", len(msgs), tt.wantMsgs)
			}
			checkRows(t, tt.reply, msgs)
			if tt.reply.Body != "" {
				if got, want := words(bodyText(msgs)), words(escape(strings.ReplaceAll(tt.reply.Body, "- ", "• "))); !cmp.Equal(got, want) {
					t.Errorf("the body's words changed when split: got %d words, want %d", len(got), len(want))
				}
			}
			for i, m := range msgs[min(1, len(msgs)):] {
				if c, ok := m.Blocks[0].(*slackapi.ContextBlock); !ok || !strings.Contains(c.ContextElements.Elements[0].(*slackapi.TextBlockObject).Text, "(continued)") {
					t.Errorf("message %d starts with %T, want a (continued) context block", i+2, m.Blocks[0])
				}
			}
		})
	}
}

// checkRows checks that the messages hold every table row of r, in
// order, each whole in one message.
func checkRows(t *testing.T, r bot.Reply, msgs []message) {
	t.Helper()
	var want [][]string // the field texts of each row
	for _, row := range rows(r.Fields) {
		want = append(want, fieldTexts(rowUnit(row).blocks))
	}
	next := 0
	for i, m := range msgs {
		got := fieldTexts(m.Blocks)
		for len(got) > 0 {
			if next == len(want) {
				t.Errorf("message %d holds fields beyond the last row: %q", i+1, got)
				return
			}
			w := want[next]
			if len(got) < len(w) || !cmp.Equal(got[:len(w)], w) {
				t.Errorf("message %d: row %d is split or changed: got %q, want %q", i+1, next+1, got[:min(len(got), len(w))], w)
				return
			}
			got = got[len(w):]
			next++
		}
	}
	if next != len(want) {
		t.Errorf("messages hold %d of %d rows", next, len(want))
	}
}

// fieldTexts lists the texts of the section fields among blocks.
func fieldTexts(blocks []slackapi.Block) []string {
	var out []string
	for _, b := range blocks {
		if s, ok := b.(*slackapi.SectionBlock); ok {
			for _, f := range s.Fields {
				out = append(out, f.Text)
			}
		}
	}
	return out
}

// bodyText is the text of the sections without fields, title and labels
// left in, in order.
func bodyText(msgs []message) string {
	var parts []string
	for _, m := range msgs {
		for _, b := range m.Blocks {
			if s, ok := b.(*slackapi.SectionBlock); ok && s.Text != nil {
				parts = append(parts, s.Text.Text)
			}
		}
	}
	text := strings.Join(parts, "\n")
	// Drop the title line.
	if _, rest, ok := strings.Cut(text, "\n"); ok && strings.HasPrefix(text, "*") {
		text = rest
	}
	return text
}

func words(s string) []string { return strings.Fields(s) }

// checkLimits fails the test where msgs break one of Slack's limits, or
// hold text that Slack would read as a mention, link or broken escape.
func checkLimits(t *testing.T, msgs []message) {
	t.Helper()
	for i, m := range msgs {
		where := fmt.Sprintf("message %d of %d", i+1, len(msgs))
		if len(m.Blocks) == 0 || len(m.Blocks) > maxBlocks {
			t.Errorf("%s has %d blocks, want 1 to %d", where, len(m.Blocks), maxBlocks)
		}
		if n := utf8.RuneCountInString(m.Text); n == 0 || n > maxMessageText {
			t.Errorf("%s: fallback text has %d characters, want 1 to %d", where, n, maxMessageText)
		}
		checkSafe(t, where+" fallback", m.Text)
		total := 0
		text := func(what string, o *slackapi.TextBlockObject, limit int) {
			if o == nil {
				return
			}
			n := utf8.RuneCountInString(o.Text)
			total += n
			if n == 0 || n > limit {
				t.Errorf("%s: %s has %d characters, want 1 to %d", where, what, n, limit)
			}
			if o.Type == slackapi.MarkdownType {
				if !o.Verbatim {
					t.Errorf("%s: %s is not verbatim, so Slack would link @here and #channels", where, what)
				}
				checkSafe(t, where+" "+what, o.Text)
			}
		}
		for _, b := range m.Blocks {
			switch b := b.(type) {
			case *slackapi.SectionBlock:
				text("section text", b.Text, maxSectionText)
				if len(b.Fields) > maxFields {
					t.Errorf("%s: section has %d fields, want at most %d", where, len(b.Fields), maxFields)
				}
				for _, f := range b.Fields {
					text("field", f, maxFieldText)
				}
				if b.Text == nil && len(b.Fields) == 0 {
					t.Errorf("%s: empty section", where)
				}
			case *slackapi.ContextBlock:
				for _, e := range b.ContextElements.Elements {
					o, _ := e.(*slackapi.TextBlockObject)
					text("context", o, maxContextText)
				}
			case *slackapi.ActionBlock:
				for _, e := range b.Elements.ElementSet {
					if btn, ok := e.(*slackapi.ButtonBlockElement); ok && utf8.RuneCountInString(btn.Value) > maxButtonValue {
						t.Errorf("%s: button value has %d characters, want at most %d", where, utf8.RuneCountInString(btn.Value), maxButtonValue)
					}
				}
			default:
				t.Errorf("%s: unexpected block %T", where, b)
			}
		}
		if total > blockTextBudget && len(m.Blocks) > 1 {
			t.Errorf("%s: blocks hold %d characters, want at most %d", where, total, blockTextBudget)
		}
	}
}

// checkSafe fails the test when s has a < or > (a mention or link in
// Slack mrkdwn) or an & that does not start an escape.
func checkSafe(t *testing.T, where, s string) {
	t.Helper()
	if strings.ContainsAny(s, "<>") {
		t.Errorf("%s holds an unescaped < or >: %q", where, s)
	}
	for i := strings.IndexByte(s, '&'); i >= 0; {
		rest := s[i:]
		if !strings.HasPrefix(rest, "&amp;") && !strings.HasPrefix(rest, "&lt;") && !strings.HasPrefix(rest, "&gt;") {
			t.Errorf("%s holds a broken escape at %q", where, rest[:min(len(rest), 8)])
			return
		}
		next := strings.IndexByte(rest[1:], '&')
		if next < 0 {
			break
		}
		i += 1 + next
	}
}

func TestSplitText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"fits", "a b c", 10, []string{"a b c"}},
		{"at a space", "aaaa bbbb cccc", 10, []string{"aaaa bbbb", "cccc"}},
		{"no space", "abcdefghijkl", 5, []string{"abcde", "fghij", "kl"}},
		{"not inside an escape", "abcdefg&amp;hij", 10, []string{"abcdefg", "&amp;hij"}},
		{"escape ends at the cut", "abcde&lt;fgh", 9, []string{"abcde&lt;", "fgh"}},
		{"runes, not bytes", "ééééééé", 3, []string{"ééé", "ééé", "é"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := splitText(tt.in, tt.limit); !cmp.Equal(got, tt.want) {
				t.Errorf("splitText(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func TestRows(t *testing.T) {
	f := func(name, value string) bot.Field { return bot.Field{Name: name, Value: value} }
	tests := []struct {
		name string
		in   []bot.Field
		want [][]bot.Field
	}{
		{"none", nil, nil},
		{"one row", []bot.Field{f("Owner", "a"), f("Due", "b")}, [][]bot.Field{{f("Owner", "a"), f("Due", "b")}}},
		{"two rows", []bot.Field{f("Name", "a"), f("Due", "1"), f("Name", "b"), f("Due", "2")},
			[][]bot.Field{{f("Name", "a"), f("Due", "1")}, {f("Name", "b"), f("Due", "2")}}},
		{"one column", []bot.Field{f("Item", "a"), f("Item", "b")}, [][]bot.Field{{f("Item", "a")}, {f("Item", "b")}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rows(tt.in); !cmp.Equal(got, tt.want) {
				t.Errorf("rows(%v) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzRender(f *testing.F) {
	f.Add("Title", "body\n- item", "Name", "value", "doc.md", uint8(3), "share")
	f.Add("<!channel>", strings.Repeat("&<>", 300), "", "", "", uint8(60), "")
	f.Add("", strings.Repeat("é", 3100), "N", strings.Repeat("v&", 700), "<d>", uint8(0), strings.Repeat("q", 2001))
	f.Fuzz(func(t *testing.T, title, body, name, value, doc string, n uint8, share string) {
		r := bot.Reply{Title: title, Body: body, Source: &bot.Source{Document: doc, Line: int(n)},
			Related: []string{title}, Suggestions: []string{body}}
		for i := range int(n) {
			r.Fields = append(r.Fields, bot.Field{Name: name, Value: fmt.Sprint(value, i)}, bot.Field{Name: name + "2", Value: value})
		}
		msgs := render(r, share)
		checkLimits(t, msgs)
		checkRows(t, r, msgs)
	})
}

func BenchmarkRender(b *testing.B) {
	r := table(60)
	r.Body = longBody(10000)
	b.ReportAllocs()
	for b.Loop() {
		render(r, "")
	}
}
