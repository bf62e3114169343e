package slack

import (
	"strings"
	"unicode/utf8"

	slackapi "github.com/slack-go/slack"

	"github.com/briefbot/briefbot/bot"
)

// Slack's limits on one message, from the Block Kit reference. Lengths
// are in characters, as Slack counts them.
const (
	maxBlocks      = 50
	maxMessageText = 40000
	maxSectionText = 3000
	maxFields      = 10
	maxFieldText   = 2000
	maxContextText = 2000
	maxButtonValue = 2000
	maxTitle       = 250
)

// blockTextBudget is how many characters of block text briefbot puts in
// one message. Slack documents no such limit, but refuses messages whose
// blocks add up to much less than maxMessageText with msg_blocks_too_long
// (users of its SDKs report refusals from about 12,000 characters), so a
// long reply is split well below that.
const blockTextBudget = 8000

// message is one Slack message of a rendered reply.
type message struct {
	Text   string           `json:"text"`
	Blocks []slackapi.Block `json:"blocks"`

	// What the message was packed from, to split it smaller when Slack
	// refuses it anyway.
	units []unit
	cont  unit
	title string
}

// unit is blocks that must stay in one message: a section of text, or
// the fields of one table row.
type unit struct {
	blocks []slackapi.Block
	plain  string // the blocks' content as plain text, for the fallback
	size   int    // characters the unit adds to a message's text
}

// render turns a reply into Block Kit messages within Slack's limits: a
// section with the title and body, a section of fields per table row, a
// context block with the citation, the related entries and suggestions,
// a "Share in channel" button carrying share when it is not empty, and
// an answer's two feedback buttons, in its last message.
// A reply too long for one message is split between blocks, never inside
// a table row. All text is escaped, so nothing in it can ping or link.
func render(r bot.Reply, share string) []message {
	title := truncate(strings.TrimSpace(r.Title), maxTitle)
	var lines []line
	if title != "" {
		lines = append(lines, line{md: kindMark(r.Kind) + "*" + escape(title) + "*", plain: title})
	}
	lines = append(lines, bodyLines(r.Body)...)
	units := sections(lines)
	for _, row := range rows(r.Fields) {
		units = append(units, rowUnit(row))
	}
	if c := r.Source.String(); c != "" {
		units = append(units, contextUnit(c))
	}
	units = append(units, listUnits("Related", r.Related)...)
	units = append(units, listUnits("Suggestions", r.Suggestions)...)
	if share != "" && utf8.RuneCountInString(share) <= maxButtonValue {
		units = append(units, shareUnit(share))
	}
	if r.AnswerID != "" {
		units = append(units, feedbackUnit(r.AnswerID))
	}
	cont := "(continued)"
	if title != "" {
		cont = title + " (continued)"
	}
	return pack(units, contextUnit(cont), title, blockTextBudget)
}

// kindMark is the emoji that tells a refusal or a fault from an answer at
// a glance.
func kindMark(k bot.ReplyKind) string {
	switch k {
	case bot.NoAnswer:
		return ":mag: "
	case bot.Refusal:
		return ":no_entry_sign: "
	case bot.Failure:
		return ":warning: "
	}
	return ""
}

// line is one line of a section, as mrkdwn and as plain text.
type line struct{ md, plain string }

// bodyLines formats a reply body: escaped, with "- " list items as
// bullets and trailing blank lines dropped.
func bodyLines(body string) []line {
	body = strings.TrimRight(body, " \t\r\n")
	if body == "" {
		return nil
	}
	var lines []line
	for l := range strings.SplitSeq(body, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if item, ok := strings.CutPrefix(l, "- "); ok {
			l = "• " + item
		}
		lines = append(lines, line{md: escape(l), plain: l})
	}
	return lines
}

// sections packs lines into section blocks of at most maxSectionText
// characters, splitting a line only when it is longer than that alone.
func sections(lines []line) []unit {
	var units []unit
	var md, plain []string
	n := 0
	flush := func() {
		if strings.TrimSpace(strings.Join(md, "")) != "" {
			units = append(units, sectionUnit(strings.Join(md, "\n"), strings.Join(plain, "\n")))
		}
		md, plain, n = nil, nil, 0
	}
	for _, l := range lines {
		pieces := []line{l}
		if utf8.RuneCountInString(l.md) > maxSectionText {
			pieces = nil
			for _, p := range splitText(l.md, maxSectionText) {
				pieces = append(pieces, line{md: p, plain: unescape(p)})
			}
		}
		for _, p := range pieces {
			w := utf8.RuneCountInString(p.md)
			if len(md) > 0 && n+1+w > maxSectionText {
				flush()
			}
			if len(md) > 0 {
				n++
			}
			md, plain, n = append(md, p.md), append(plain, p.plain), n+w
		}
	}
	flush()
	return units
}

// splitText cuts escaped text into pieces of at most limit characters,
// at the last space that leaves a piece at least half full, else
// anywhere outside an escape sequence such as &amp;.
func splitText(s string, limit int) []string {
	r := []rune(s)
	var out []string
	for len(r) > limit {
		cut := limit
		if i := lastIndex(r[:limit+1], ' '); i > limit/2 {
			cut = i
		} else if amp := escapeAt(r, cut); amp > 0 {
			cut = amp
		}
		out = append(out, strings.TrimRight(string(r[:cut]), " "))
		for cut < len(r) && r[cut] == ' ' {
			cut++
		}
		r = r[cut:]
	}
	if len(r) > 0 {
		out = append(out, string(r))
	}
	return out
}

// escapeAt returns where the escape sequence that cut falls inside
// begins, or -1 when cut falls outside every escape.
func escapeAt(r []rune, cut int) int {
	for i := cut - 1; i >= max(0, cut-len("&amp;")+1); i-- {
		switch r[i] {
		case ';':
			return -1
		case '&':
			return i
		}
	}
	return -1
}

// lastIndex returns the index of the last c in r, or -1.
func lastIndex(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}

// rows splits a reply's fields into table rows: a row starts again
// wherever the first column's name comes back. Fields without a repeated
// name are one row.
func rows(fields []bot.Field) [][]bot.Field {
	var out [][]bot.Field
	for i, f := range fields {
		if i == 0 || f.Name == fields[0].Name {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], f)
	}
	return out
}

// rowUnit renders one table row as section fields, ten to a section.
func rowUnit(row []bot.Field) unit {
	var u unit
	var objs []*slackapi.TextBlockObject
	var plain []string
	for _, f := range row {
		name, value := strings.TrimSpace(f.Name), strings.TrimSpace(f.Value)
		if value == "" {
			value = "—"
		}
		md := escape(value)
		if name != "" {
			md = "*" + escape(truncate(name, maxTitle)) + "*\n" + md
		}
		md = truncateEscaped(md, maxFieldText)
		objs = append(objs, mrkdwn(md))
		u.size += utf8.RuneCountInString(md) + 1
		if name != "" {
			plain = append(plain, name+": "+value)
		} else {
			plain = append(plain, value)
		}
	}
	for len(objs) > 0 {
		n := min(len(objs), maxFields)
		u.blocks = append(u.blocks, slackapi.NewSectionBlock(nil, objs[:n], nil))
		objs = objs[n:]
	}
	u.plain = strings.Join(plain, "\n")
	u.size = max(u.size, textSize("", u.plain))
	return u
}

// listUnits renders a labelled list, one item a line.
func listUnits(label string, items []string) []unit {
	var lines []line
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			lines = append(lines, line{md: "• " + escape(it), plain: "• " + it})
		}
	}
	if len(lines) == 0 {
		return nil
	}
	return sections(append([]line{{md: "*" + label + "*", plain: label}}, lines...))
}

// sectionUnit is one section block of mrkdwn text.
func sectionUnit(md, plain string) unit {
	return unit{
		blocks: []slackapi.Block{slackapi.NewSectionBlock(mrkdwn(md), nil, nil)},
		plain:  plain,
		size:   textSize(md, plain),
	}
}

// contextUnit is a context block of small grey text.
func contextUnit(text string) unit {
	md := truncateEscaped(escape(text), maxContextText)
	return unit{
		blocks: []slackapi.Block{slackapi.NewContextBlock("", mrkdwn(md))},
		plain:  text,
		size:   textSize(md, text),
	}
}

// shareUnit is the "Share in channel" button, which asks question again
// with sharing on.
func shareUnit(question string) unit {
	button := slackapi.NewButtonBlockElement(shareActionID, question,
		slackapi.NewTextBlockObject(slackapi.PlainTextType, "Share in channel", false, false))
	return unit{blocks: []slackapi.Block{slackapi.NewActionBlock("", button)}, size: 1}
}

// feedbackUnit is an answer's feedback buttons, "Helpful" and "Not
// helpful", each carrying bot.Control of the answer's ID.
func feedbackUnit(answerID string) unit {
	button := func(actionID, label string, v bot.Verdict) slackapi.BlockElement {
		return slackapi.NewButtonBlockElement(actionID, bot.Control(answerID, v),
			slackapi.NewTextBlockObject(slackapi.PlainTextType, label, true, false))
	}
	return unit{blocks: []slackapi.Block{slackapi.NewActionBlock("feedback",
		button(helpfulActionID, ":+1: Helpful", bot.Helpful),
		button(unhelpfulActionID, ":-1: Not helpful", bot.Unhelpful))}, size: 1}
}

// pack fills messages with whole units, up to Slack's block limit and
// budget characters of text, starting each message after the first with
// cont. Only a unit larger than a whole message, which no real reply has,
// is split between its blocks.
func pack(units []unit, cont unit, title string, budget int) []message {
	// What a message after the first holds besides cont.
	roomBlocks, roomSize := maxBlocks-len(cont.blocks), budget-cont.size
	var fitted []unit
	for _, u := range units {
		if len(u.blocks) <= roomBlocks && u.size <= roomSize || len(u.blocks) == 1 {
			fitted = append(fitted, u)
			continue
		}
		// Only the first piece carries the fallback text; the final
		// truncation keeps it within the limit.
		for i, b := range u.blocks {
			piece := unit{blocks: []slackapi.Block{b}, size: u.size / len(u.blocks)}
			if i == 0 {
				piece.plain = u.plain
			}
			fitted = append(fitted, piece)
		}
	}

	var msgs []message
	var cur []unit
	blocks, size := 0, 0
	flush := func() {
		if len(cur) == 0 {
			return
		}
		m := message{units: cur, cont: cont, title: title}
		var plain []string
		for _, u := range cur {
			m.Blocks = append(m.Blocks, u.blocks...)
			if u.plain != "" {
				plain = append(plain, u.plain)
			}
		}
		m.Text = escape(strings.Join(plain, "\n"))
		if strings.TrimSpace(m.Text) == "" {
			m.Text = escape(firstOf(title, "briefbot"))
		}
		m.Text = truncateEscaped(m.Text, maxMessageText)
		msgs = append(msgs, m)
		cur, blocks, size = []unit{cont}, len(cont.blocks), cont.size
	}
	for _, u := range fitted {
		if len(cur) > 0 && (blocks+len(u.blocks) > maxBlocks || size+u.size > budget) {
			flush()
		}
		cur = append(cur, u)
		blocks += len(u.blocks)
		size += u.size
	}
	if blocks > len(cont.blocks) || len(msgs) == 0 {
		flush()
	}
	return msgs
}

// smaller splits a message Slack refused into messages of half its
// budget, or reports false when it holds a single unit, which cannot be
// split.
func (m message) smaller() ([]message, bool) {
	if len(m.units) < 2 {
		return nil, false
	}
	return pack(m.units, m.cont, m.title, blockTextBudget/2), true
}

// maxPlainText is the longest plain-text message sent when Slack refuses
// a message's blocks; Slack advises 4,000 characters.
const maxPlainText = 3500

// plain is m without blocks: its fallback text, the citation included,
// in messages of at most maxPlainText characters, split between lines.
func (m message) plain() []message {
	var out []message
	var cur []string
	n := 0
	flush := func() {
		if len(cur) > 0 {
			out = append(out, message{Text: strings.Join(cur, "\n")})
		}
		cur, n = nil, 0
	}
	for l := range strings.SplitSeq(m.Text, "\n") {
		for _, piece := range splitText(l, maxPlainText) {
			w := utf8.RuneCountInString(piece) + 1
			if n+w > maxPlainText {
				flush()
			}
			cur, n = append(cur, piece), n+w
		}
	}
	flush()
	return out
}

// textSize is how many characters a unit with this mrkdwn and plain text
// adds to a message: the larger of its block text and its escaped
// fallback, and a line break.
func textSize(md, plain string) int {
	return max(utf8.RuneCountInString(md), utf8.RuneCountInString(escape(plain))) + 1
}

// mrkdwn is a mrkdwn text object that Slack shows verbatim: it does not
// turn "@here" or "#channel" in the knowledge base into live mentions.
func mrkdwn(text string) *slackapi.TextBlockObject {
	return slackapi.NewTextBlockObject(slackapi.MarkdownType, text, false, true)
}

// escape makes text safe in Slack mrkdwn: &, < and > are its control
// characters, so "<!channel>" in a document cannot ping anyone.
func escape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

// truncate shortens s to at most n characters, ending it with "…".
func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// truncateEscaped shortens escaped text to at most n characters without
// cutting an escape sequence in two.
func truncateEscaped(s string, n int) string {
	end, count := 0, 0
	for end < len(s) && count <= n {
		_, size := utf8.DecodeRuneInString(s[end:])
		end += size
		count++
	}
	if count <= n {
		return s
	}
	// s[:end] is n+1 characters: its first piece is what fits.
	return splitText(s[:end], n-1)[0] + "…"
}
