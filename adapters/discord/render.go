package discord

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Discord's limits on one message, in characters. Discord counts UTF-16
// code units, so length does too: an emoji outside the Basic Multilingual
// Plane costs two.
const (
	maxContent          = 2000
	maxEmbedTitle       = 256
	maxEmbedDescription = 4096
	maxEmbedFields      = 25
	maxFieldName        = 256
	maxFieldValue       = 1024
	maxEmbedsTotal      = 6000 // title, description, fields and footer of every embed of a message
	maxEmbeds           = 10
	maxChoices          = 25
	maxChoiceLength     = 100
)

// maxFooter bounds the citation: Discord allows 2,048 characters, and a
// citation is far shorter.
const maxFooter = 512

// minChunk is the least room worth starting a description in: with less
// left in a message, the text starts the next one.
const minChunk = 1024

// Embed colours by reply kind: Discord's own palette.
const (
	colourAnswer   = 0x5865F2 // blurple
	colourInfo     = 0x99AAB5 // grey
	colourNoAnswer = 0xFEE75C // yellow
	colourRefusal  = 0xE67E22 // orange
	colourFailure  = 0xED4245 // red
)

// render turns a reply into the embeds of one or more messages, each
// within Discord's limits: the title and text first, then the fields as
// one table, then the citation as the last embed's footer. The fields of a
// reply stay in one message unless they alone exceed one.
func render(r bot.Reply) [][]*discordgo.MessageEmbed {
	colour := colourOf(r.Kind)
	footer := clip(defuse(oneLine(r.Source.String())), maxFooter)
	// Every message keeps room for the footer, so whichever ends up last
	// can take it.
	p := packer{reserve: length(footer)}

	title := clip(escape(oneLine(r.Title)), maxEmbedTitle)
	text := description(r)
	for first := true; first && title != "" || text != ""; first = false {
		e := &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colour}
		if first {
			e.Title = title
		}
		if len(p.cur) == maxEmbeds || p.room()-length(e.Title) < min(minChunk, length(text)) {
			p.flush()
		}
		e.Description, text = cut(text, min(maxEmbedDescription, p.room()-length(e.Title)))
		p.add(e)
	}

	fields := make([]*discordgo.MessageEmbedField, 0, len(r.Fields))
	for _, f := range r.Fields {
		name := clip(escape(oneLine(f.Name)), maxFieldName)
		if strings.TrimSpace(name) == "" {
			name = "\u200b" // Discord rejects an empty field name
		}
		value := clip(escape(f.Value), maxFieldValue)
		if strings.TrimSpace(value) == "" {
			value = "—"
		}
		fields = append(fields, &discordgo.MessageEmbedField{Name: name, Value: value})
	}
	if n := len(p.cur); n > 0 && len(fields) <= maxEmbedFields && fieldsSize(fields) <= p.room() {
		// The usual case: one embed with the answer and its table row.
		p.cur[n-1].Fields = fields
		p.used += fieldsSize(fields)
	} else if len(fields) > 0 {
		var table []*discordgo.MessageEmbed
		total := 0
		for _, f := range fields {
			fs := length(f.Name) + length(f.Value)
			if n := len(table); n == 0 || len(table[n-1].Fields) == maxEmbedFields || size(table[n-1])+fs > maxEmbedsTotal-p.reserve {
				table = append(table, &discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colour})
			}
			e := table[len(table)-1]
			e.Fields = append(e.Fields, f)
			total += fs
		}
		fitsAlone := len(table) <= maxEmbeds && total <= maxEmbedsTotal-p.reserve
		if fitsAlone && (len(p.cur)+len(table) > maxEmbeds || total > p.room()) {
			p.flush() // the table moves on whole rather than break
		}
		for _, e := range table {
			p.add(e)
		}
	}

	if len(p.cur) == 0 && len(p.msgs) == 0 {
		p.add(&discordgo.MessageEmbed{Type: discordgo.EmbedTypeRich, Color: colour, Description: "\u200b"}) // Discord rejects an empty embed
	}
	p.flush()
	if footer != "" {
		last := p.msgs[len(p.msgs)-1]
		last[len(last)-1].Footer = &discordgo.MessageEmbedFooter{Text: footer}
	}
	return p.msgs
}

// packer fills messages with embeds, up to maxEmbeds embeds and
// maxEmbedsTotal characters less the reserve.
type packer struct {
	msgs    [][]*discordgo.MessageEmbed
	cur     []*discordgo.MessageEmbed
	used    int
	reserve int
}

// room is how many characters the current message still takes.
func (p *packer) room() int { return maxEmbedsTotal - p.reserve - p.used }

func (p *packer) add(e *discordgo.MessageEmbed) {
	if len(p.cur) == maxEmbeds || size(e) > p.room() {
		p.flush()
	}
	p.cur = append(p.cur, e)
	p.used += size(e)
}

func (p *packer) flush() {
	if len(p.cur) > 0 {
		p.msgs = append(p.msgs, p.cur)
		p.cur, p.used = nil, 0
	}
}

// description is the text of a reply's embed: its body, then its related
// entries and suggestions as list lines.
func description(r bot.Reply) string {
	var b strings.Builder
	section := func(text string) {
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(text)
	}
	if body := strings.TrimSpace(r.Body); body != "" {
		section(escape(body))
	}
	list := func(heading string, items []string) {
		if len(items) == 0 {
			return
		}
		lines := []string{"**" + heading + "**"}
		for _, it := range items {
			lines = append(lines, "- "+escape(oneLine(it)))
		}
		section(strings.Join(lines, "\n"))
	}
	list("Related", r.Related)
	list("Suggestions", r.Suggestions)
	return b.String()
}

func colourOf(k bot.ReplyKind) int {
	switch k {
	case bot.Info:
		return colourInfo
	case bot.NoAnswer:
		return colourNoAnswer
	case bot.Refusal:
		return colourRefusal
	case bot.Failure:
		return colourFailure
	}
	return colourAnswer
}

// size is what an embed counts against maxEmbedsTotal.
func size(e *discordgo.MessageEmbed) int {
	n := length(e.Title) + length(e.Description) + fieldsSize(e.Fields)
	if e.Footer != nil {
		n += length(e.Footer.Text)
	}
	if e.Author != nil {
		n += length(e.Author.Name)
	}
	return n
}

func fieldsSize(fs []*discordgo.MessageEmbedField) int {
	n := 0
	for _, f := range fs {
		n += length(f.Name) + length(f.Value)
	}
	return n
}

// length counts s the way Discord does, in UTF-16 code units.
func length(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// clip shortens s to at most max characters, ending it with "…" when it
// had to cut.
func clip(s string, max int) string {
	if length(s) <= max {
		return s
	}
	return strings.TrimRight(prefix(s, max-1), " \n") + "…"
}

// prefix returns the longest start of s of at most max characters that
// does not end inside an escape sequence.
func prefix(s string, max int) string {
	n, end := 0, 0
	for i, r := range s {
		n += utf16.RuneLen(r)
		if n > max {
			break
		}
		end = i + utf8.RuneLen(r)
	}
	p := s[:end]
	if trailing := len(p) - len(strings.TrimRight(p, `\`)); trailing%2 == 1 {
		p = p[:len(p)-1] // a lone backslash would escape what follows the cut
	}
	return p
}

// cut returns the start of text up to max characters, ending at a line
// break where it can, else at a space, else anywhere; and the rest.
func cut(text string, max int) (head, rest string) {
	if length(text) <= max {
		return text, ""
	}
	p := prefix(text, max)
	at := strings.LastIndex(p, "\n")
	if at <= 0 {
		at = strings.LastIndex(p, " ")
	}
	if at <= 0 {
		at = len(p)
	}
	if at == 0 { // max is less than one character: take one anyway
		_, at = utf8.DecodeRuneInString(text)
	}
	return strings.TrimRight(text[:at], " \n"), strings.TrimLeft(text[at:], " \n")
}

// oneLine folds line breaks into spaces, for titles, names and footers.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// escape makes plain text show as written in Discord markdown: markup
// characters are backslash-escaped, except in links and in the "- " that
// starts a list item, and mentions are defused.
func escape(s string) string {
	lines := strings.Split(s, "\n")
	for i, line := range lines {
		lines[i] = escapeLine(line)
	}
	return strings.Join(lines, "\n")
}

func escapeLine(line string) string {
	var b strings.Builder
	rest := line
	if strings.HasPrefix(rest, "- ") {
		b.WriteString("- ")
		rest = rest[2:]
	}
	// Markdown that only counts at the start of a line: headings, quotes.
	if t := strings.TrimLeft(rest, " "); strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") {
		b.WriteString(rest[:len(rest)-len(t)])
		b.WriteByte('\\')
		rest = t
	}
	for rest != "" {
		end := strings.IndexAny(rest, " \t")
		if end == 0 {
			b.WriteByte(rest[0])
			rest = rest[1:]
			continue
		}
		if end < 0 {
			end = len(rest)
		}
		word := rest[:end]
		rest = rest[end:]
		if isLink(word) {
			b.WriteString(word) // an escape inside a link would become part of it
			continue
		}
		for _, r := range word {
			if strings.ContainsRune(markup, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
	}
	return defuse(b.String())
}

// markup are the characters Discord markdown gives a meaning anywhere in
// a line; '<' starts a user, role or channel mention and '[' a masked link.
const markup = `\*_~` + "`" + `|[]<`

func isLink(s string) bool {
	return strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")
}

// defuse keeps @everyone and @here from showing as mentions. Nothing the
// bot sends can ping anyway (allowed_mentions is empty on every message);
// this is about what readers see.
func defuse(s string) string {
	return mentionDefuser.Replace(s)
}

var mentionDefuser = strings.NewReplacer(
	"@everyone", "@\u200beveryone",
	"@here", "@\u200bhere",
)
