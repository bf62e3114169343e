package discord

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// replies are the renderer's test cases, from the everyday answer to
// replies that need every limit.
var replies = []struct {
	name  string
	reply bot.Reply
}{
	{"answer", bot.Reply{
		Kind:  bot.Answer,
		Title: "Clean water for Lakeside",
		Body:  "The programme replaces 40 km of lead pipes by 2027.\n- Phase 1: the old town\n- Phase 2: the harbour",
		Fields: []bot.Field{
			{Name: "Owner", Value: "Water board"},
			{Name: "Budget", Value: "€12m"},
			{Name: "Status", Value: "on track"},
		},
		Source:      &bot.Source{Document: "2025/water.md", Section: "Initiatives", Line: 42},
		Related:     []string{"Flood defences", "Harbour dredging"},
		Suggestions: []string{"more", "source"},
	}},
	{"info", bot.Reply{
		Kind:  bot.Info,
		Title: "Themes",
		Body:  "- Water\n- Energy\n- Housing",
	}},
	{"refusal", bot.Reply{
		Kind: bot.Refusal,
		Body: "Only admins can reload the briefings.",
	}},
	{"markup and mentions", bot.Reply{
		Kind:   bot.Answer,
		Title:  "**Bold** @everyone",
		Body:   "# not a heading\n> not a quote\nstars *x* _y_ ~~z~~ `code` ||spoiler|| [link](https://evil.example)\n<@123> <@&456> <#789> @here\nsee https://example.org/a_b*c for more",
		Fields: []bot.Field{{Name: "@everyone", Value: "<@!42> pinged?"}},
		Source: &bot.Source{Document: "@everyone.md", Section: "<@1>", Line: 1},
	}},
	{"empty", bot.Reply{}},
	{"title only", bot.Reply{Title: "Nothing but a title"}},
	{"empty field", bot.Reply{
		Title:  "Gaps",
		Fields: []bot.Field{{Name: "", Value: ""}, {Name: "Owner", Value: "  "}},
	}},
	{"long body", bot.Reply{
		Kind:   bot.Answer,
		Title:  strings.Repeat("Long title ", 40),
		Body:   strings.Repeat("A sentence about the budget that goes on. ", 300),
		Source: &bot.Source{Document: "long.md", Section: "All of it", Line: 7},
	}},
	{"long unbroken body", bot.Reply{
		Body: strings.Repeat("x", 9000),
	}},
	{"many fields", bot.Reply{
		Kind:   bot.Answer,
		Title:  "A wide table",
		Body:   "Every column of the row.",
		Fields: manyFields(40, 10),
		Source: &bot.Source{Document: "wide.md", Line: 3},
	}},
	{"huge fields", bot.Reply{
		Kind:   bot.Answer,
		Title:  "Huge cells",
		Body:   strings.Repeat("Context. ", 400),
		Fields: manyFields(12, 2000),
		Source: &bot.Source{Document: "huge.md", Section: "Cells", Line: 9},
	}},
	{"huge body and table", bot.Reply{
		Kind:    bot.Info,
		Title:   "Everything at once",
		Body:    strings.Repeat("Line of text\n", 2500),
		Fields:  manyFields(60, 300),
		Related: []string{strings.Repeat("related ", 100)},
	}},
	{"wide characters", bot.Reply{
		Title:  strings.Repeat("🌊", 300),
		Body:   strings.Repeat("😀", 5000),
		Fields: []bot.Field{{Name: strings.Repeat("🔥", 300), Value: strings.Repeat("💧", 1100)}},
	}},
}

func manyFields(n, valueLen int) []bot.Field {
	fs := make([]bot.Field, n)
	for i := range fs {
		fs[i] = bot.Field{
			Name:  fmt.Sprintf("Column %d", i+1),
			Value: strings.Repeat(string(rune('a'+i%26)), valueLen),
		}
	}
	return fs
}

func TestRenderGolden(t *testing.T) {
	for _, tc := range replies {
		t.Run(tc.name, func(t *testing.T) {
			got := []byte(indentJSON(render(tc.reply)))
			bottest.Golden(t, filepath.Join("testdata", "render", strings.ReplaceAll(tc.name, " ", "_")+".golden"), got)
		})
	}
}

func TestRenderLimits(t *testing.T) {
	for _, tc := range replies {
		t.Run(tc.name, func(t *testing.T) {
			msgs := render(tc.reply)
			if len(msgs) == 0 {
				t.Fatalf("render(%s) = no messages", tc.name)
			}
			for i, embeds := range msgs {
				for _, problem := range embedProblems(embeds) {
					t.Errorf("render(%s) message %d: %s", tc.name, i, problem)
				}
			}
		})
	}
}

// TestRenderKeepsTable checks that a reply's fields stay in one message
// whenever they fit in one, in their order, and that none is lost.
func TestRenderKeepsTable(t *testing.T) {
	for _, tc := range replies {
		t.Run(tc.name, func(t *testing.T) {
			var names []string
			var messages []int
			for i, embeds := range render(tc.reply) {
				for _, e := range embeds {
					for _, f := range e.Fields {
						names = append(names, f.Name)
						if len(messages) == 0 || messages[len(messages)-1] != i {
							messages = append(messages, i)
						}
					}
				}
			}
			var want []string
			total := 0
			for _, f := range tc.reply.Fields {
				want = append(want, nameOf(f))
				total += min(length(f.Name), maxFieldName) + min(length(f.Value), maxFieldValue)
			}
			if diff := cmp.Diff(want, names); diff != "" {
				t.Errorf("render(%s) field names (-want +got):\n%s", tc.name, diff)
			}
			if total <= maxEmbedsTotal-maxFooter && len(messages) > 1 {
				t.Errorf("render(%s) spreads a table of %d characters over messages %v", tc.name, total, messages)
			}
		})
	}
}

func nameOf(f bot.Field) string {
	n := clip(escape(oneLine(f.Name)), maxFieldName)
	if strings.TrimSpace(n) == "" {
		return "\u200b"
	}
	return n
}

func TestRenderParts(t *testing.T) {
	msgs := render(replies[0].reply)
	if len(msgs) != 1 || len(msgs[0]) != 1 {
		t.Fatalf("render(answer) = %d messages, want one message with one embed", len(msgs))
	}
	e := msgs[0][0]
	got := struct {
		Title, Description, Footer string
		Fields                     int
		Colour                     int
	}{e.Title, e.Description, e.Footer.Text, len(e.Fields), e.Color}
	want := struct {
		Title, Description, Footer string
		Fields                     int
		Colour                     int
	}{
		Title:       "Clean water for Lakeside",
		Description: "The programme replaces 40 km of lead pipes by 2027.\n- Phase 1: the old town\n- Phase 2: the harbour\n\n**Related**\n- Flood defences\n- Harbour dredging\n\n**Suggestions**\n- more\n- source",
		Footer:      "2025/water.md · Initiatives · line 42",
		Fields:      3,
		Colour:      colourAnswer,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("render(answer) (-want +got):\n%s", diff)
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"plain words", "plain words"},
		{"*bold* _it_ ~~s~~", `\*bold\* \_it\_ \~\~s\~\~`},
		{"`code` ||spoiler||", "\\`code\\` \\|\\|spoiler\\|\\|"},
		{"# heading", `\# heading`},
		{"  > quote", `  \> quote`},
		{"a # not heading", "a # not heading"},
		{"- list item *x*", `- list item \*x\*`},
		{"-not a list", "-not a list"},
		{"[masked](https://x.example)", `\[masked\](https://x.example)`},
		{"see https://x.example/a_b*c now", "see https://x.example/a_b*c now"},
		{"<@123> <@!1> <@&2> <#3> </cmd:4>", `\<@123> \<@!1> \<@&2> \<#3> \</cmd:4>`},
		{"@everyone and @here", "@\u200beveryone and @\u200bhere"},
		{`back\slash`, `back\\slash`},
		{"two\nlines *a*", "two\nlines \\*a\\*"},
	}
	for _, tc := range tests {
		if got := escape(tc.in); got != tc.want {
			t.Errorf("escape(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestClip(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short", 10, "short"},
		{"exactly10!", 10, "exactly10!"},
		{"a bit too long", 10, "a bit too…"},
		{"🌊🌊🌊", 5, "🌊🌊…"},
		{"🌊🌊🌊", 4, "🌊…"},
		{`ab\*cd`, 4, "ab…"},
		{`ab\\cd`, 5, `ab\\…`},
	}
	for _, tc := range tests {
		got := clip(tc.in, tc.max)
		if got != tc.want {
			t.Errorf("clip(%q, %d) = %q, want %q", tc.in, tc.max, got, tc.want)
		}
		if length(got) > tc.max {
			t.Errorf("clip(%q, %d) = %q, %d characters long", tc.in, tc.max, got, length(got))
		}
	}
}

func TestCut(t *testing.T) {
	tests := []struct {
		in         string
		max        int
		head, rest string
	}{
		{"", 10, "", ""},
		{"fits", 10, "fits", ""},
		{"one two three four", 9, "one two", "three four"},
		{"line one\nline two", 12, "line one", "line two"},
		{"line one two\nthree", 15, "line one two", "three"},
		{"abcdefghij", 4, "abcd", "efghij"},
		{`ab\*cd`, 3, "ab", `\*cd`},
		{"🌊🌊", 1, "🌊", "🌊"},
	}
	for _, tc := range tests {
		head, rest := cut(tc.in, tc.max)
		if head != tc.head || rest != tc.rest {
			t.Errorf("cut(%q, %d) = %q, %q, want %q, %q", tc.in, tc.max, head, rest, tc.head, tc.rest)
		}
	}
}

// embedProblems lists how one message's embeds break Discord's limits.
func embedProblems(embeds []*discordgo.MessageEmbed) []string {
	var p []string
	if len(embeds) > maxEmbeds {
		p = append(p, fmt.Sprintf("%d embeds, limit %d", len(embeds), maxEmbeds))
	}
	total := 0
	for i, e := range embeds {
		if e.Title == "" && e.Description == "" && len(e.Fields) == 0 {
			p = append(p, fmt.Sprintf("embed %d is empty", i))
		}
		check := func(what, s string, limit int) {
			if n := length(s); n > limit {
				p = append(p, fmt.Sprintf("embed %d %s is %d characters, limit %d", i, what, n, limit))
			}
		}
		check("title", e.Title, maxEmbedTitle)
		check("description", e.Description, maxEmbedDescription)
		if len(e.Fields) > maxEmbedFields {
			p = append(p, fmt.Sprintf("embed %d has %d fields, limit %d", i, len(e.Fields), maxEmbedFields))
		}
		for _, f := range e.Fields {
			check("field name", f.Name, maxFieldName)
			check("field value", f.Value, maxFieldValue)
			if strings.TrimSpace(f.Name) == "" || strings.TrimSpace(f.Value) == "" {
				p = append(p, fmt.Sprintf("embed %d has an empty field name or value", i))
			}
		}
		if e.Footer != nil {
			check("footer", e.Footer.Text, 2048)
		}
		total += size(e)
	}
	if total > maxEmbedsTotal {
		p = append(p, fmt.Sprintf("embeds total %d characters, limit %d", total, maxEmbedsTotal))
	}
	return p
}

func FuzzRender(f *testing.F) {
	for _, tc := range replies[:4] {
		f.Add(tc.reply.Title, tc.reply.Body, "Owner", "Water board", 3)
	}
	f.Add("", strings.Repeat("\\", 5000), strings.Repeat("🔥", 200), strings.Repeat("a\\", 700), 30)
	f.Fuzz(func(t *testing.T, title, body, name, value string, fields int) {
		fields = min(max(fields, 0), 80)
		r := bot.Reply{Title: title, Body: body, Related: []string{body}, Source: &bot.Source{Document: name, Section: value, Line: fields}}
		for range fields {
			r.Fields = append(r.Fields, bot.Field{Name: name, Value: value})
		}
		msgs := render(r)
		if len(msgs) == 0 {
			t.Fatal("render returned no messages")
		}
		n := 0
		for i, embeds := range msgs {
			for _, problem := range embedProblems(embeds) {
				t.Errorf("message %d: %s", i, problem)
			}
			for _, e := range embeds {
				n += len(e.Fields)
				if strings.Contains(e.Description+e.Title, "@everyone") {
					t.Errorf("embed shows a live @everyone: %q", e.Title+e.Description)
				}
			}
		}
		if n != fields {
			t.Errorf("render kept %d fields of %d", n, fields)
		}
	})
}

func BenchmarkRender(b *testing.B) {
	r := replies[0].reply
	b.ReportAllocs()
	for b.Loop() {
		render(r)
	}
}

func BenchmarkRenderLong(b *testing.B) {
	r := replies[len(replies)-2].reply
	b.ReportAllocs()
	for b.Loop() {
		render(r)
	}
}

// indentJSON is v as a golden file holds it: indented, with <, > and &
// as they are.
func indentJSON(v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		panic(err)
	}
	return buf.String()
}
