package bot

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"

	"github.com/briefbot/briefbot/knowledge"
)

// Command is one thing the bot can be told, the same on every platform.
// Commands lists them: dispatch and help read that list, and so do the
// platforms that show commands in menus of their own (Discord's slash
// commands) and the tests, so a command is added in one place.
type Command struct {
	// Name is the words that call the command, in lower case: "themes",
	// or several words such as "reload anyway".
	Name string
	// Arg names the command's argument, "" when it takes none: help shows
	// "initiatives <theme>", and Discord asks for a theme.
	Arg string
	// Completes is what platforms that autocomplete offer for Arg.
	Completes Completion
	// Help says what the command does, in a line that starts in lower
	// case.
	Help string
	// Admin makes the command for the platform's admins alone; others are
	// refused.
	Admin bool
	// Private shows the command's replies to the asker alone.
	Private bool
	// Alone means the command is only recognised as the whole message:
	// "more" is a command, "more on trade" is a question.
	Alone bool
	// Numbered lets an Alone command take a number, which Arg names:
	// "source 2" is a command, "source of funds" a question.
	Numbered bool

	run func(r *request, args string) string // returns the outcome
}

// Usage is the command as help shows it: "themes", "initiatives
// <theme>", "source [n]".
func (c Command) Usage() string {
	switch {
	case c.Numbered:
		return c.Name + " [" + c.Arg + "]"
	case c.Arg != "":
		return c.Name + " <" + c.Arg + ">"
	}
	return c.Name
}

// Completion is what a command's argument is completed with.
type Completion int

const (
	// CompleteNothing offers nothing.
	CompleteNothing Completion = iota
	// CompleteTitles offers entry titles.
	CompleteTitles
	// CompleteThemes offers theme headings.
	CompleteThemes
)

// Commands returns the commands the bot understands, in the order help
// lists them. Each call returns a new list, which the caller may keep.
func Commands() []Command {
	return []Command{
		{Name: "themes", Help: "list the engagement themes of every briefing", Alone: true, run: (*request).themes},
		{Name: "initiatives", Arg: "theme", Completes: CompleteThemes, Help: "list the initiatives under a theme", run: (*request).initiatives},
		{Name: "show", Arg: "title", Completes: CompleteTitles, Help: "show one initiative or theme", run: (*request).show},
		{Name: "sources", Help: "list the briefing documents loaded", Alone: true, run: (*request).sources},
		{Name: "more", Help: "more answers to your last question", Alone: true, run: (*request).more},
		{Name: "source", Arg: "n", Numbered: true, Help: "the full text of the last answer, with file and line; with a number, of that answer", Alone: true, run: (*request).source},
		{Name: "what's new", Help: "what the latest reloads added or changed, and the newest briefings", Alone: true, run: (*request).whatsNew},
		{Name: "help", Help: "this help", Alone: true, run: (*request).help},
		{Name: "reload", Help: "reload the knowledge base and show what changed", Admin: true, Private: true, Alone: true, run: (*request).reload},
		{Name: "reload all", Help: "reload every file of the knowledge base, not only those that changed", Admin: true, Private: true, Alone: true, run: (*request).reloadAll},
		{Name: "reload anyway", Help: "reload despite problems: serve the documents that load, leave out the broken ones", Admin: true, Private: true, Alone: true, run: (*request).reloadAnyway},
		{Name: "status", Help: "knowledge version, counts, last reload, uptime", Admin: true, Private: true, Alone: true, run: (*request).status},
		{Name: "misses", Help: "the questions asked most that found no answer", Admin: true, Private: true, Alone: true, run: (*request).misses},
		{Name: "feedback", Help: "the answers most often marked unhelpful, with the questions that led to them", Admin: true, Private: true, Alone: true, run: (*request).feedbackCmd},
	}
}

// command returns the command text calls and the text after its name:
// the command with the longest name whose words start text, ignoring
// case, apostrophes ("whats new") and the punctuation people type after
// a word ("THEMES?").
func (b *Bot) command(text string) (c *Command, args string, ok bool) {
	words := strings.Fields(text)
	longest := 0
	for i := range b.commands {
		name := strings.Fields(b.commands[i].Name)
		extra := len(words) - len(name)
		if len(name) <= longest || extra < 0 {
			continue
		}
		if b.commands[i].Alone && extra > 0 && !(b.commands[i].Numbered && extra == 1 && isNumber(words[len(words)-1])) {
			continue
		}
		match := true
		for j, w := range name {
			match = match && commandWord(words[j]) == commandWord(w)
		}
		if match {
			c, args, longest = &b.commands[i], strings.Join(words[len(name):], " "), len(name)
		}
	}
	if c != nil && c.Numbered {
		args = strings.TrimRight(args, "?!.:,")
	}
	return c, args, c != nil
}

// commandWord is a word as command names are compared.
func commandWord(w string) string {
	w = strings.ToLower(strings.TrimRight(w, "?!.:,"))
	return strings.NewReplacer("'", "", "’", "").Replace(w)
}

// isNumber reports whether a word is a number, such as "2" or "2?".
func isNumber(w string) bool {
	w = strings.TrimRight(w, "?!.:,")
	return w != "" && strings.Trim(w, "0123456789") == "" && len(w) < 4
}

// maxListed bounds the lines of a listing, so a reply stays readable.
const maxListed = 40

// dispatch decides what a message asks and answers it.
func (b *Bot) dispatch(r *request) string {
	if r.msg.Rating != nil {
		if b.limited(r) {
			return outcomeIgnored // a press is not a message; a flood of them is dropped
		}
		return r.rate(*r.msg.Rating)
	}
	text, ok := b.addressed(r.msg)
	if !ok {
		return outcomeIgnored
	}
	if b.limited(r) {
		return outcomeRateLimited
	}
	if n := utf8.RuneCountInString(text); n > b.opts.MaxQuestionLength {
		r.send(Reply{Kind: Refusal, Title: "That question is too long",
			Body:    fmt.Sprintf("It is %d characters; I answer questions of up to %d. Ask about one thing at a time.", n, b.opts.MaxQuestionLength),
			Private: true})
		return outcomeRefused
	}
	if text == "" {
		if r.msg.Via == Thread {
			return outcomeIgnored
		}
		return r.help("")
	}
	c, args, ok := b.command(text)
	if !ok {
		return r.answer(text)
	}
	if c.Admin && !b.isAdmin(r.msg) {
		b.log.Warn("admin command refused", "command", c.Name, "platform", r.msg.Platform,
			"channel", r.msg.ChannelID, "user", r.msg.UserID)
		r.send(Reply{Kind: Refusal, Title: "That command is for admins",
			Body:    fmt.Sprintf("Sorry, only the bot's admins can use %q. Ask away with questions, though: `help` lists what everyone can do.", c.Name),
			Private: true})
		return outcomeRefused
	}
	r.private = c.Private
	return c.run(r, args)
}

// limited reports whether the sender is over their rate limit, telling
// them so once a minute.
func (b *Bot) limited(r *request) bool {
	if b.opts.Platforms[r.msg.Platform].Unlimited {
		return false // the console's one user is its operator
	}
	a := b.guard.allow(r.ctx, r.msg.Platform+":"+r.msg.UserID, b.limit(), b.now())
	if a.Allowed {
		return false
	}
	if a.Notify {
		r.send(Reply{Kind: Refusal, Title: "Slow down a little",
			Body:    fmt.Sprintf("You're asking faster than I can answer (%d questions a minute). Try again in a moment.", b.opts.RateLimit.PerMinute),
			Private: true})
	}
	return true
}

// answer answers a question from the knowledge base.
func (r *request) answer(q string) string {
	base := r.bot.Base()
	answers := base.Search(q, r.audience)
	key := convKey(r.msg)
	if len(answers) == 0 && r.msg.Via == Thread {
		// People talk among themselves in a thread the bot answered in;
		// what it cannot answer there was likely not meant for it.
		return outcomeIgnored
	}
	if len(answers) == 0 {
		if reply, ok := smallTalkReply(knowledge.SmallTalkOf(q)); ok {
			r.send(reply)
			return outcomeChat // a greeting or thanks is no miss
		}
		r.bot.guard.addMiss(r.ctx, q, r.audience, r.bot.now())
		r.bot.stateChanged()
		r.bot.saveConversation(r, key, Conversation{Question: q, At: r.bot.now()})
		rep := Reply{Kind: NoAnswer, Title: "Nothing in the briefings fits that",
			Body:        fmt.Sprintf("I couldn't find anything about “%s”. Try `themes` to see what the briefings cover, or ask in other words.", shorten(q, 200)),
			Suggestions: base.Suggest(q, r.audience, 3)}
		if c, ok := r.bot.commandLike(q); ok {
			rep.Body += fmt.Sprintf(" Did you mean the `%s` command?", c)
		} else if words := base.Unknown(q, r.audience); len(words) > 0 {
			rep.Body = fmt.Sprintf("No briefing mentions %s. Try `themes` to see what the briefings cover, or ask in other words.", quotedList(words))
		} else if e := base.Nearest(q, r.audience); e != nil {
			// Offered, not given: the nearest entry as often as not
			// does not say what was asked.
			rep.Body = fmt.Sprintf("Nothing says that for sure. The nearest is “%s” in %s, though it may not answer it; or ask in other words.", shorten(e.Title, 80), shorten(e.Doc().Title, 80))
			rep.Suggestions = append([]string{e.Title}, slices.DeleteFunc(rep.Suggestions, func(s string) bool { return s == e.Title })...)
			rep.Suggestions = rep.Suggestions[:min(len(rep.Suggestions), 3)]
		}
		r.send(rep)
		return outcomeUnanswered
	}
	best := answers[0]
	rep := entryReply(best.Entry, maxAnswerLength)
	rep.Kind = Answer
	refs := make([]EntryRef, len(answers))
	for i, a := range answers {
		refs[i] = refOf(a.Entry)
	}
	for i, a := range answers[1:min(len(answers), 3)] {
		rep.Related = append(rep.Related, relatedLine(i+2, a.Entry))
	}
	if !best.Sure() {
		for _, s := range base.Alternatives(q, r.audience, 4) {
			if s != best.Entry.Title && len(rep.Suggestions) < 3 {
				rep.Suggestions = append(rep.Suggestions, s)
			}
		}
	}
	r.bot.saveConversation(r, key, Conversation{Question: q, Answers: refs, Shown: 1 + len(rep.Related), At: r.bot.now()})
	r.remember(&rep, q)
	r.send(rep)
	return outcomeAnswered
}

// quotedList quotes words for a sentence: “a”, “b” or “c”; at most
// four, the rest left out.
func quotedList(words []string) string {
	words = words[:min(len(words), 4)]
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = "“" + shorten(w, 40) + "”"
	}
	if len(q) == 1 {
		return q[0]
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}

// smallTalkReply answers a message that only greets or thanks in kind.
func smallTalkReply(t knowledge.SmallTalk) (Reply, bool) {
	switch t {
	case knowledge.Greeting:
		return Reply{Kind: Info, Title: "Hello!",
			Body: "Ask me about the briefings in plain words. `themes` lists what they cover, and `help` what else I do."}, true
	case knowledge.Thanks:
		return Reply{Kind: Info, Title: "You're welcome", Body: "Ask again any time."}, true
	}
	return Reply{}, false
}

// maxAnswerLength is the most characters of an entry an answer shows;
// `source` shows it all.
const maxAnswerLength = 1200

// commandLike reports the command a one-word message looks like: "thmes"
// is probably "themes".
func (b *Bot) commandLike(q string) (string, bool) {
	if strings.ContainsRune(q, ' ') || len(q) < 3 {
		return "", false
	}
	names := make([]string, len(b.commands))
	for i, c := range b.commands {
		names[i] = c.Name
	}
	q = strings.ToLower(q)
	if m := fuzzy.Find(q, names); len(m) > 0 {
		return m[0].Str, true
	}
	// Fuzzy matching wants the letters in order; a swap ("hlep") is a
	// slip of its own.
	for _, n := range names {
		if knowledge.OneSlip(q, n) {
			return n, true
		}
	}
	return "", false
}

// entryReply shows an entry: its title, text, table cells and citation.
// A theme's own text is shown with the initiatives it lists. When max >
// 0 the text is cut, at a line where it can be, to about max characters.
func entryReply(e *knowledge.Entry, max int) Reply {
	rep := Reply{Kind: Answer, Title: e.Title, Body: e.Text(), Source: SourceOf(e)}
	switch e.Kind {
	case knowledge.Row:
		rep.Body = ""
		for _, f := range e.Fields() {
			if f.Value != e.Title || len(rep.Fields) > 0 {
				rep.Fields = append(rep.Fields, Field{Name: f.Name, Value: f.Value})
			}
		}
	case knowledge.SectionText:
		rep.Body = sectionBody(e)
	}
	if max > 0 {
		rep.Body = cut(rep.Body, max)
	}
	return rep
}

// sectionBody is a theme's own text with the initiatives it lists. The
// parser keeps a section's paragraphs apart from its bullets and table
// rows, so each run of bullets or rows goes back after the paragraph
// that introduces it ("Key areas include:"), in order; runs nothing
// introduces follow the text.
func sectionBody(e *knowledge.Entry) string {
	var runs [][]*knowledge.Entry
	items := e.Section.Entries()[1:]
	for i := range items {
		item := &items[i]
		if i == 0 || item.Kind != runs[len(runs)-1][0].Kind {
			runs = append(runs, nil)
		}
		runs[len(runs)-1] = append(runs[len(runs)-1], item)
	}
	var lines []string
	next := 0
	add := func(run []*knowledge.Entry) {
		for _, item := range run {
			text := item.Text()
			line := "- " + text // a bullet without a name is titled by its text
			if item.Title != text {
				line = "- " + item.Title
				if text != "" {
					line += ": " + text
				}
			}
			lines = append(lines, line)
		}
	}
	if text := e.Text(); text != "" {
		for _, para := range strings.Split(text, "\n") {
			lines = append(lines, para)
			if strings.HasSuffix(para, ":") && next < len(runs) {
				add(runs[next])
				next++
			}
		}
	}
	for _, run := range runs[next:] {
		add(run)
	}
	return strings.Join(lines, "\n")
}

// cut shortens a text of several lines to about max characters, at the
// end of a line where it can, saying that there is more.
func cut(text string, max int) string {
	if utf8.RuneCountInString(text) <= max {
		return text
	}
	lines := strings.Split(text, "\n")
	n := 0
	for i, line := range lines {
		n += utf8.RuneCountInString(line) + 1
		if n > max {
			if i == 0 {
				return shorten(line, max)
			}
			return strings.Join(lines[:i], "\n") + "\n…"
		}
	}
	return text
}

// relatedLine names the nth answer in one line, for "see also" lists.
func relatedLine(n int, e *knowledge.Entry) string {
	if e.Kind == knowledge.SectionText {
		return fmt.Sprintf("%d. %s (theme, %s)", n, e.Title, showPath(e.Doc().Path))
	}
	return fmt.Sprintf("%d. %s — %s (%s)", n, e.Title, shorten(e.Section.Heading, 60), showPath(e.Doc().Path))
}

// summary is a reply in one line, for lists.
func summary(rep Reply) string {
	if len(rep.Fields) > 0 {
		parts := make([]string, len(rep.Fields))
		for i, f := range rep.Fields {
			parts[i] = f.Name + ": " + f.Value
		}
		return strings.Join(parts, "; ")
	}
	first, _, _ := strings.Cut(rep.Body, "\n")
	return first
}

func (r *request) more(string) string {
	c, ok := r.bot.guard.conversation(r.ctx, convKey(r.msg))
	if !ok {
		r.send(Reply{Kind: Info, Title: "Nothing to continue", Body: "Ask me a question first; then `more` shows further answers."})
		return outcomeCommand
	}
	if c.Shown >= len(c.Answers) {
		r.send(Reply{Kind: Info, Title: "That's all", Body: fmt.Sprintf("I have no more answers to “%s”.", shorten(c.Question, 200))})
		return outcomeCommand
	}
	base := r.bot.Base()
	first := c.Shown + 1
	var lines []string
	for i, ref := range c.Answers[c.Shown:min(len(c.Answers), c.Shown+3)] {
		line := fmt.Sprintf("- %d. %s", first+i, ref.Title)
		e := ref.resolve(base, r.audience)
		if e == nil {
			lines = append(lines, line+": no longer in the briefings")
		} else {
			a := entryReply(e, 0)
			if s := summary(a); s != "" {
				line += ": " + shorten(s, 200)
			}
			lines = append(lines, line, "  "+a.Source.String())
		}
		c.Shown++
	}
	r.bot.saveConversation(r, convKey(r.msg), c)
	rep := Reply{Kind: Answer, Title: fmt.Sprintf("More on “%s”", shorten(c.Question, 80)), Body: strings.Join(lines, "\n")}
	hint := fmt.Sprintf("`source %d` shows one in full", first)
	if c.Shown < len(c.Answers) {
		hint += "; `more` shows further answers"
	}
	rep.Body += "\n\n" + hint + "."
	r.send(rep)
	return outcomeAnswered
}

// source shows an answer of the last question in full, cited with its
// file and line: the first answer, which the asker saw first, or the one
// numbered.
func (r *request) source(arg string) string {
	c, ok := r.bot.guard.conversation(r.ctx, convKey(r.msg))
	if !ok || len(c.Answers) == 0 {
		r.send(Reply{Kind: Info, Title: "No answer to show", Body: "Ask me a question first; then `source` shows the full text of the answer and where it comes from."})
		return outcomeCommand
	}
	n := 1
	if arg != "" {
		n, _ = strconv.Atoi(arg)
	}
	if n < 1 || n > len(c.Answers) {
		r.send(Reply{Kind: Info, Title: fmt.Sprintf("No answer %s", arg),
			Body: fmt.Sprintf("I found %s to “%s”: `source 1` to `source %d` show them.",
				Count(len(c.Answers), "answer"), shorten(c.Question, 200), len(c.Answers))})
		return outcomeCommand
	}
	ref := c.Answers[n-1]
	e := ref.resolve(r.bot.Base(), r.audience)
	if e == nil {
		r.send(Reply{Kind: Info, Title: fmt.Sprintf("“%s” is no longer in the briefings", shorten(ref.Title, 80)),
			Body: "The briefings were reloaded since I answered, and that entry is gone. Ask again to see what they say now."})
		return outcomeCommand
	}
	rep := entryReply(e, 0) // in full, cited with its file and line
	rep.Kind = Answer
	r.remember(&rep, c.Question)
	r.send(rep)
	return outcomeCommand
}

// saveConversation keeps a conversation for more and source.
func (b *Bot) saveConversation(r *request, key string, c Conversation) {
	b.guard.saveConversation(r.ctx, key, c, conversationTTL)
}

// limit is the rate limit of every user.
func (b *Bot) limit() Limit {
	return Limit{PerMinute: b.opts.RateLimit.PerMinute, Burst: b.opts.RateLimit.Burst}
}

func (r *request) themes(string) string {
	base := r.bot.Base()
	var lines []string
	total := 0
	for _, d := range base.Documents(r.audience) {
		for i, s := range d.Sections {
			total++
			if len(lines) >= maxListed {
				continue
			}
			if i == 0 {
				lines = append(lines, fmt.Sprintf("%s (%s)", d.Title, showPath(d.Path)))
			}
			lines = append(lines, "- "+s.Heading)
		}
	}
	if total == 0 {
		r.send(Reply{Kind: Info, Title: "No themes", Body: "No briefings are loaded for this channel."})
		return outcomeCommand
	}
	body := strings.Join(lines, "\n")
	if shownThemes := countItems(lines); shownThemes < total {
		body += fmt.Sprintf("\n…and %d more. Ask a question or use `initiatives <theme>`.", total-shownThemes)
	} else {
		body += "\n\n`initiatives <theme>` lists a theme's initiatives."
	}
	r.send(Reply{Kind: Info, Title: fmt.Sprintf("Themes (%d)", total), Body: body})
	return outcomeCommand
}

func countItems(lines []string) int {
	n := 0
	for _, l := range lines {
		if strings.HasPrefix(l, "- ") {
			n++
		}
	}
	return n
}

// maxThemesNamed is how many themes a failed theme lookup names.
const maxThemesNamed = 10

func (r *request) initiatives(theme string) string {
	if theme == "" {
		r.send(Reply{Kind: Info, Title: "Which theme?", Body: "Say `initiatives <theme>`, for example `initiatives maritime security`. `themes` lists them."})
		return outcomeCommand
	}
	base := r.bot.Base()
	found := base.FindThemes(theme, r.audience)
	if len(found) == 0 {
		themes := base.Themes(r.audience)
		lines := []string{"No briefings are loaded for this channel."}
		if len(themes) > 0 {
			lines = []string{"The themes are:"}
			for i, s := range themes {
				if i == maxThemesNamed {
					lines = append(lines, fmt.Sprintf("…and %d more; `themes` lists them all.", len(themes)-maxThemesNamed))
					break
				}
				lines = append(lines, "- "+shorten(s.Heading, 80))
			}
		}
		r.send(Reply{Kind: NoAnswer, Title: fmt.Sprintf("No theme about “%s”", shorten(theme, 80)), Body: strings.Join(lines, "\n")})
		return outcomeUnanswered
	}
	s := found[0]
	var lines []string
	entries := s.Entries()
	for i := range entries {
		e := &entries[i]
		if e.Kind == knowledge.SectionText {
			continue
		}
		if len(lines) == maxListed {
			lines = append(lines, fmt.Sprintf("…and %d more.", len(entries)-1-maxListed))
			break
		}
		line := "- " + e.Title
		if text := e.Text(); text != "" {
			line += ": " + shorten(text, 120)
		}
		lines = append(lines, line)
	}
	if len(lines) == 0 {
		lines = append(lines, "This theme has no listed initiatives; `show "+s.Heading+"` shows its text.")
	}
	rep := Reply{Kind: Info, Title: s.Heading, Body: strings.Join(lines, "\n"),
		Source: &Source{Document: showPath(s.Doc.Path), Section: s.Heading, Line: s.Line}}
	for _, other := range found[1:min(len(found), 3)] {
		rep.Suggestions = append(rep.Suggestions, other.Heading)
	}
	r.send(rep)
	return outcomeCommand
}

// maxShown is the most entries of one title show shows.
const maxShown = 3

func (r *request) show(title string) string {
	if title == "" {
		r.send(Reply{Kind: Info, Title: "Show what?", Body: "Say `show <title>`, for example `show Data Sharing`."})
		return outcomeCommand
	}
	found := r.bot.Base().FindEntries(title, r.audience)
	if len(found) == 0 {
		return r.answer(title)
	}
	same := 1
	for same < len(found) && strings.EqualFold(found[same].Title, found[0].Title) {
		same++
	}
	if same == 1 {
		rep := entryReply(found[0], 0)
		for _, e := range found[1:] {
			if len(rep.Suggestions) == 3 {
				break
			}
			if e.Title != found[0].Title && !slices.Contains(rep.Suggestions, e.Title) {
				rep.Suggestions = append(rep.Suggestions, e.Title)
			}
		}
		r.bot.saveConversation(r, convKey(r.msg), Conversation{Question: title, Answers: []EntryRef{refOf(found[0])}, Shown: 1, At: r.bot.now()})
		r.remember(&rep, "show "+title)
		r.send(rep)
		return outcomeAnswered
	}
	// Several entries have this title: show them all, or say where
	// they are when there are too many to show.
	all := make([]Reply, same)
	refs := make([]EntryRef, same)
	for i, e := range found[:same] {
		all[i] = entryReply(e, 0)
		refs[i] = refOf(e)
	}
	r.bot.saveConversation(r, convKey(r.msg), Conversation{Question: title, Answers: refs, Shown: same, At: r.bot.now()})
	if same > maxShown {
		lines := []string{fmt.Sprintf("%s are titled “%s”:", Count(same, "entry"), found[0].Title)}
		for i, rep := range all {
			if i == maxListed {
				break
			}
			lines = append(lines, fmt.Sprintf("- %d. %s", i+1, rep.Source))
		}
		lines = append(lines, "", fmt.Sprintf("`source 1` to `source %d` show one in full.", same))
		r.send(Reply{Kind: Info, Title: "Which “" + found[0].Title + "”?", Body: strings.Join(lines, "\n")})
		return outcomeAnswered
	}
	for i, rep := range all {
		r.remember(&rep, "show "+title)
		rep.Title = fmt.Sprintf("%s (%d of %d)", rep.Title, i+1, same)
		r.send(rep)
	}
	return outcomeAnswered
}

func (r *request) sources(string) string {
	docs := r.bot.Base().Documents(r.audience)
	var lines []string
	for i, d := range docs {
		if i == maxListed {
			lines = append(lines, fmt.Sprintf("…and %d more.", len(docs)-maxListed))
			break
		}
		entries := 0
		for _, s := range d.Sections {
			entries += len(s.Entries()) - 1
		}
		line := fmt.Sprintf("- %s: %s", showPath(d.Path), d.Title)
		if d.Date != "" {
			line += ", " + d.Date
		}
		lines = append(lines, line+fmt.Sprintf(" (%s, %s)", Count(len(d.Sections), "theme"), Count(entries, "initiative")))
	}
	if len(docs) == 0 {
		lines = append(lines, "No briefings are loaded for this channel.")
	}
	r.send(Reply{Kind: Info, Title: fmt.Sprintf("Sources (%d)", len(docs)), Body: strings.Join(lines, "\n")})
	return outcomeCommand
}

func (r *request) help(string) string {
	admin := r.bot.isAdmin(r.msg)
	how := fmt.Sprintf("Mention me, message me directly, use /brief, or start a channel message with %s.", r.bot.opts.Prefix)
	if g, ok := r.adapter.(Guide); ok {
		how = g.HowToAsk(r.bot.opts.Prefix)
	}
	lines := []string{
		"Ask me about the briefings in plain words, for example “what are the maritime security initiatives?”.",
		how,
		"",
	}
	for _, c := range r.bot.commands {
		if c.Admin && !admin {
			continue
		}
		suffix := ""
		if c.Admin {
			suffix = " (admin)"
		}
		lines = append(lines, fmt.Sprintf("- %s: %s%s", c.Usage(), c.Help, suffix))
	}
	r.send(Reply{Kind: Info, Title: "briefbot help", Body: strings.Join(lines, "\n")})
	return outcomeCommand
}

// status shows what is served, to the asker's audience: a public
// audience sees the version, counts and reload results of the public
// documents alone.
func (r *request) status(string) string {
	b := r.bot
	now := b.now()
	serving := b.serving.Load()
	s := serving.base.Stats(r.audience)
	lines := []string{
		fmt.Sprintf("Knowledge: version %s from %s, loaded %s (%s)", version(serving.base, r.audience),
			sourceName(serving.base, r.audience), ago(now, serving.since), at(serving.since)),
		fmt.Sprintf("Serving: %s, %s, %s", Count(s.Documents, "document"), Count(s.Sections, "theme"), Count(s.Entries, "entry")),
	}
	if b.git != nil {
		lines = append(lines, "Git: "+b.gitStatus(r.audience))
	}
	if last := b.LastReload(); last != nil {
		result := "ok"
		switch shown := visibleProblems(last.Problems, last.loaded, r.audience); {
		case last.Embedded:
			result = "nothing to reload"
		case !last.OK && len(shown) > 0:
			result = "failed: " + Count(len(shown), "problem")
		case !last.OK:
			result = "failed"
		case len(shown) > 0:
			result = "ok, leaving out " + Count(len(shown), "problem")
		}
		lines = append(lines, fmt.Sprintf("Last reload: %s, %s, took %s", ago(now, last.At), result, duration(last.Took)))
	} else {
		lines = append(lines, "Last reload: none since start")
	}
	lines = append(lines, fmt.Sprintf("Uptime: %s", duration(now.Sub(b.started))))
	lines = append(lines, b.replicaStatus(r.ctx, r.audience)...)
	r.send(Reply{Kind: Info, Title: "Status", Body: strings.Join(lines, "\n")})
	return outcomeCommand
}

// sourceName names where the knowledge comes from, for an audience: a
// public audience is not told the server's paths.
func sourceName(base *knowledge.Base, a knowledge.Audience) string {
	if a == knowledge.Public && base.Source != "embedded" {
		return "the knowledge directory"
	}
	return showPath(base.Source)
}

func (r *request) misses(string) string {
	top := r.bot.guard.topMisses(r.ctx, r.audience, 10)
	start := r.bot.guard.missesSince(r.ctx, r.bot.now())
	since := fmt.Sprintf("Counting since %s (%s).", at(start), ago(r.bot.now(), start))
	if len(top) == 0 {
		r.send(Reply{Kind: Info, Title: "No unanswered questions", Body: "Every question asked here found an answer. " + since})
		return outcomeCommand
	}
	// What the knowledge base as it is now makes of each: a curator's
	// synonym or a new entry may answer it since, and the entry nearest
	// it is where a synonym would point.
	base := r.bot.Base()
	var lines []string
	for _, m := range top {
		line := fmt.Sprintf("- %d× “%s” (last asked %s)", m.Count, shorten(m.Text, 120), ago(r.bot.now(), m.Last))
		if ans := base.Search(m.Text, r.audience); len(ans) > 0 {
			line += fmt.Sprintf(": now answered by “%s”", shorten(ans[0].Entry.Title, 80))
		} else if e := base.Nearest(m.Text, r.audience); e != nil {
			line += fmt.Sprintf(": nearest “%s” in %s", shorten(e.Title, 80), shorten(e.Doc().Title, 80))
		}
		lines = append(lines, line)
	}
	r.send(Reply{Kind: Info, Title: "Most asked, not answered", Body: strings.Join(lines, "\n") +
		"\n\n" + since + " Curators: these are the gaps worth filling."})
	return outcomeCommand
}

// shorten cuts s to at most n characters at a word boundary.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	runes := []rune(s)[:n]
	cut := strings.LastIndexByte(string(runes), ' ')
	if cut < len(string(runes))/2 {
		cut = len(string(runes))
	}
	return strings.TrimRight(string(runes)[:cut], " ,;:.-") + "…"
}
