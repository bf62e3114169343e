package knowledge

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"go.yaml.in/yaml/v3"
)

// MaxFileSize is the largest briefing document Load reads. Larger files
// are reported as problems and skipped: briefings are prose, and a file
// that big is almost always something else (an export, a log) dropped in
// by mistake.
const MaxFileSize = 4 << 20

// Parse reads one briefing document. path is the document's path relative
// to the knowledge directory; it names the document in citations and
// problems. Parse returns a nil Document when the file cannot be read as a
// briefing at all (binary, not UTF-8, empty); otherwise it returns the
// document and whatever problems it found in it.
func Parse(path string, data []byte) (*Document, []Problem) {
	return parse(path, string(data), sha256.Sum256(data), nil)
}

// parse is Parse of a document's text, whose SHA-256 is sum. The
// document keeps nothing of text. With a worker's buffers, the
// document's text is written into them and compressed too: the
// document must be sealed (see Document.seal) before they are used
// again.
func parse(path, text string, sum [sha256.Size]byte, bufs *docBuffers) (*Document, []Problem) {
	p := parseBuffers.Get().(*parser)
	*p = parser{path: path, item: -1, items: p.items[:0], entries: p.entries[:0], sizes: p.sizes[:0],
		secs: p.secs[:0], lines: p.lines[:0], paras: p.paras[:0], para: p.para[:0], header: p.header[:0], cells: p.cells[:0],
		ends: p.ends[:0]}
	if bufs != nil {
		p.w, p.z, p.keep = &bufs.text, &bufs.z, bufs.keep
	} else {
		p.w = new(textWriter)
	}
	defer func() {
		// What the arrays point to is the document's.
		clear(p.entries[:cap(p.entries)])
		clear(p.items[:cap(p.items)])
		clear(p.secs[:cap(p.secs)])
		clear(p.lines[:cap(p.lines)])
		clear(p.paras[:cap(p.paras)])
		clear(p.para[:cap(p.para)])
		clear(p.header[:cap(p.header)])
		clear(p.cells[:cap(p.cells)])
		p.doc, p.problems, p.w, p.z, p.keep = nil, nil, nil, nil, nil
		parseBuffers.Put(p)
	}()
	if !p.check(text) {
		return nil, p.problems
	}
	p.doc = &Document{Path: path, Hash: hex.EncodeToString(sum[:8])}
	p.lines = appendLines(p.lines, text)
	lines := p.lines
	body := 0
	if start, end := p.frontMatter(lines); start == 0 {
		body = end
	} else {
		// Front matter out of place: what is around it is still the
		// briefing.
		for i := start; i < end; i++ {
			lines[i] = ""
		}
	}
	if p.doc.Title == "" {
		p.doc.Title = titleFromPath(path)
	}
	p.body(lines, body)
	if len(p.secs) == 0 {
		p.problem(0, "no briefing text: the document has no sections, bullets or tables")
		return nil, p.problems
	}
	p.pack()
	p.doc.glossary = newGlossary(definitions(p.doc))
	return p.doc, p.problems
}

// pack moves the document's sections and entries into arrays of their
// own, exactly as long as they need, taken from the loader's arenas
// (see arena): the parser's are kept for the next document. The
// headings and titles are copied into one string, and the
// entries' text and cells into the document's text (see textWriter), so
// that the document keeps nothing of the file's text.
func (p *parser) pack() {
	d := p.doc
	d.Title, d.Date = strings.Clone(d.Title), strings.Clone(d.Date)
	for i, t := range d.Tags {
		d.Tags[i] = strings.Clone(t)
	}
	size := 0
	for i := range p.secs {
		size += len(p.secs[i].Heading)
	}
	for i := range p.entries {
		if e := &p.entries[i]; e.Kind != SectionText {
			size += len(e.Title)
		}
	}
	// Without a loader's arenas (nil), each array is made on its own.
	var (
		bytes    *arena[byte]
		entries  *arena[Entry]
		sections *arena[Section]
		secPtr   *arena[*Section]
	)
	if k := p.keep; k != nil {
		bytes, entries, sections, secPtr = &k.bytes, &k.entries, &k.sections, &k.secPtr
	}
	b := bytes.take(size)[:0]
	p.w.reset()
	d.entries = entries.take(len(p.entries))
	secs := sections.take(len(p.secs))
	copy(secs, p.secs)
	d.Sections = secPtr.take(len(secs))
	// Headings and titles are where they end in b, until b is done.
	ends := p.ends[:0]
	k := 0
	for i := range secs {
		sec := &secs[i]
		b = append(b, sec.Heading...)
		head := len(b)
		n := p.sizes[i]
		for j := k; j < k+n; j++ {
			pe, e := &p.entries[j], &d.entries[j]
			if pe.Kind != SectionText {
				b = append(b, pe.Title...)
			}
			ends = append(ends, len(b))
			e.Section, e.Kind, e.Line = sec, pe.Kind, pe.Line
			e.body, e.bodyLen = p.w.entry(pe.Text, pe.Fields), uint32(len(pe.Text))
		}
		ends = append(ends, head)
		sec.first, sec.n = int32(k), int32(n)
		d.Sections[i] = sec
		k += n
	}
	// b is not written again: the titles and headings share its bytes.
	names := unsafe.String(unsafe.SliceData(b), len(b))
	k = 0
	for i := range secs {
		sec := &secs[i]
		n := p.sizes[i]
		at := ends[k+n+i]
		sec.Heading = names[at-len(sec.Heading) : at]
		for j := k; j < k+n; j++ {
			e, end := &d.entries[j], ends[j+i]
			if e.Kind == SectionText {
				e.Title = sec.Heading
			} else {
				e.Title = names[at:end]
			}
			at = end
		}
		k += n
	}
	p.ends = ends
	clear(p.w.names) // they are the file's text
	if p.z == nil {
		d.plain = string(p.w.buf)
		return
	}
	d.z, d.plainLen = p.z.compress(p.w.buf, bytes), len(p.w.buf)
	// The worker's buffer is not written again until the document is
	// sealed.
	d.plain = unsafe.String(unsafe.SliceData(p.w.buf), len(p.w.buf))
}

// parseBuffers keeps the parser's arrays of entries for the next
// document.
var parseBuffers = sync.Pool{New: func() any { return new(parser) }}

// parser holds the state of one Parse call.
type parser struct {
	path     string
	doc      *Document
	problems []Problem

	lines    []string
	hashMode bool // the document marks headings with "#", so plain lines are text

	// sec is the current section, if open is set; secs the document's
	// sections so far, to be packed into the document's own array.
	sec  Section
	open bool
	secs []Section
	// items are the current section's items, entries the document's
	// entries so far and sizes its sections' sizes: arrays kept from one
	// document to the next (see parseBuffers), copied into the
	// document's own once it is parsed.
	items   []parsed
	entries []parsed
	sizes   []int
	// w writes the document's text, and ends holds where its titles
	// end, as pack makes them.
	w     *textWriter
	ends  []int
	z     *compressor // if the text is to be compressed
	keep  *docArenas  // where the document's arrays are taken from; nil for their own
	paras []string    // finished paragraphs of the current section
	// header and cells are the current table's header and row.
	header, cells []string
	// para is the paragraph being read, in pieces (its lines, and the
	// spaces between them), paraLen its length: a paragraph of one line
	// is that line, not a copy of it.
	para     []string
	paraLen  int
	paraOpen bool     // the last text line did not end a sentence
	item     int      // the bullet that indented lines continue, in items; -1 for none
	last     lineKind // kind of the last non-blank line
}

// parsed is an entry as the parser makes it: an Entry once packed.
type parsed struct {
	Title, Text string
	Fields      []Field
	Line        int32
	Kind        Kind
}

type lineKind int

const (
	kindNone lineKind = iota
	kindHeading
	kindBullet
	kindTable
	kindText
)

func (p *parser) problem(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Path: p.path, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// check reports whether text can be read as a briefing, recording why not.
func (p *parser) check(text string) bool {
	if len(strings.TrimSpace(text)) == 0 {
		p.problem(0, "empty document")
		return false
	}
	head := text[:min(len(text), 8000)]
	if strings.IndexByte(head, 0) >= 0 {
		p.problem(0, "binary file, not a briefing document")
		return false
	}
	if !utf8.ValidString(text) {
		line := 1
		for len(text) > 0 {
			r, size := utf8.DecodeRuneInString(text)
			if r == utf8.RuneError && size == 1 {
				break
			}
			if r == '\n' {
				line++
			}
			text = text[size:]
		}
		p.problem(line, "invalid UTF-8: save the file as UTF-8")
		return false
	}
	return true
}

func splitLines(text string) []string { return appendLines(nil, text) }

// appendLines appends the lines of text to lines: a byte order mark
// dropped, and "\r\n" and "\r" ending lines as "\n" does.
func appendLines(lines []string, text string) []string {
	s := strings.TrimPrefix(text, "\uFEFF")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	for {
		i := strings.IndexByte(s, '\n')
		if i < 0 {
			return append(lines, s)
		}
		lines = append(lines, s[:i])
		s = s[i+1:]
	}
}

// titleFromPath makes a readable title of a file name:
// "us-cambodia_talks.txt" becomes "us cambodia talks".
func titleFromPath(path string) string {
	name := path[strings.LastIndexByte(path, '/')+1:]
	if i := strings.LastIndexByte(name, '.'); i > 0 {
		name = name[:i]
	}
	name = strings.ToValidUTF8(name, "�")
	return strings.Join(strings.FieldsFunc(name, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }), " ")
}

// namesFile reports whether a plain-text document's first line names
// what its file name does, sharing a word with it but for stop words, so
// that it is the document's title ("Queen West Fitness Toronto
// Membership Guide" in toronto-gym-memberships.txt), as a "#" heading
// would be; a first line that shares none ("Introduction") is only a
// section's heading.
func namesFile(line, path string) bool {
	// Stemming is most of the cost (Snowball's takes some 15,000
	// instructions a word), and a word can share a stem only with one
	// that begins as it does: Snowball keeps a word's first letter (see
	// TestStemKeepsFirstByte). So a word of the line is stemmed only when
	// a word of the file name begins as it does, and a word of the file
	// name the first time one of the line's does; when one of the two
	// begins outside ASCII, both are stemmed, as before.
	var file, stems []string
	tokenize(titleFromPath(path), func(w []byte, _ int, compound bool) {
		if !compound && !isStopWord(string(w)) {
			file = append(file, string(w))
		}
	})
	stems = make([]string, len(file)) // "" until stemmed: a stem is never empty
	found := false
	tokenize(line, func(w []byte, _ int, compound bool) {
		if found || compound || isStopWord(string(w)) {
			return
		}
		stem := ""
		for i, f := range file {
			if f[0] != w[0] && f[0] < utf8.RuneSelf && w[0] < utf8.RuneSelf {
				continue
			}
			if stem == "" {
				stem = snowStem(string(w))
			}
			if stems[i] == "" {
				stems[i] = snowStem(f)
			}
			if stems[i] == stem {
				found = true
				return
			}
		}
	})
	return found
}

// frontMatter reads YAML front matter between "---" lines at the top and
// returns the lines it takes, [start, end). Front matter is what keeps
// a briefing internal, so every slip in it fails closed: a document whose
// front matter has a problem (a misspelt or unknown key, a date that is
// no date, front matter that is not where it must be, broken YAML) is
// treated as internal until a curator fixes it.
func (p *parser) frontMatter(lines []string) (start, end int) {
	start, ok := p.findFrontMatter(lines)
	if !ok {
		return 0, 0
	}
	end = -1
	for i := start + 1; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); isDashLine(t) || t == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		// Without its end the whole file may be metadata; keep the
		// document away from public audiences until a curator fixes it.
		p.problem(start+1, "front matter is not closed by a \"---\" line")
		p.doc.Audience = Internal
		return start, start + 1
	}
	if t := strings.TrimSpace(lines[end]); t != "---" && t != "..." {
		p.problem(end+1, "front matter ends with %q; write exactly \"---\"; treating the document as internal", t)
		p.doc.Audience = Internal
	}
	var root yaml.Node
	if quickFrontMatter && simpleFrontMatter(lines[start+1:end], &root) {
		// Read without the YAML parser, as it would read it.
	} else if err := yaml.Unmarshal([]byte(strings.Join(lines[start+1:end], "\n")), &root); err != nil {
		if i, key := unquotedColon(lines[start+1 : end]); i >= 0 {
			// The commonest slip: "title: Talks: Defence" is no YAML.
			p.problem(start+2+i, "front matter: the value of %q has \": \" in it; put it in quotes (%s: \"...\"); treating the document as internal", key, key)
		} else {
			p.problem(start+1+yamlLine(err), "front matter: %s", yamlMessage(err))
		}
		p.doc.Audience = Internal // fail closed: the audience may be what failed
		return start, end + 1
	}
	if len(root.Content) == 0 {
		return start, end + 1 // empty front matter
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		p.problem(start+1+m.Line, "front matter is not a list of \"key: value\" lines; treating the document as internal")
		p.doc.Audience = Internal
		return start, end + 1
	}
	audience := ""
	for k := 0; k+1 < len(m.Content); k += 2 {
		key, val := m.Content[k], m.Content[k+1]
		line := start + 1 + key.Line
		name := strings.ToLower(strings.TrimSpace(key.Value))
		if val.Kind != yaml.ScalarNode && !(name == "tags" && val.Kind == yaml.SequenceNode) {
			p.problem(line, "front matter: %q must be a single value, not a nested %s; treating the document as internal", key.Value, yamlKind(val))
			p.doc.Audience = Internal
			continue
		}
		switch name {
		case "title":
			p.doc.Title = plain(val.Value)
		case "date":
			p.doc.Date = strings.TrimSpace(val.Value)
			if !isDate(p.doc.Date) {
				p.problem(line, "front matter: date %q is not a date; write it as 2026-05-04; treating the document as internal", val.Value)
				p.doc.Audience = Internal
			}
		case "tags":
			var tags tagList
			if err := tags.UnmarshalYAML(val); err != nil {
				p.problem(line, "front matter: %s", yamlMessage(err))
				p.doc.Audience = Internal
			}
			p.doc.Tags = tags
		case "audience":
			audience = strings.ToLower(strings.TrimSpace(val.Value))
			switch audience {
			case "", "public", "internal":
			default:
				p.problem(line, "front matter: audience %q is not public or internal; treating the document as internal", val.Value)
				p.doc.Audience = Internal
			}
		default:
			msg := fmt.Sprintf("front matter: unknown key %q", key.Value)
			if near := nearestKey(name); near != "" {
				msg += fmt.Sprintf("; did you mean %q?", near)
			} else {
				msg += " (keys are title, date, tags and audience)"
			}
			p.problem(line, "%s; treating the document as internal", msg)
			p.doc.Audience = Internal
		}
	}
	if audience == "internal" {
		p.doc.Audience = Internal
	}
	return start, end + 1
}

// quickFrontMatter lets frontMatter read simple front matter itself
// (see simpleFrontMatter); tests turn it off to compare.
var quickFrontMatter = true

// simpleFrontMatter reads front matter of the simplest kind, the kind
// most briefings have, into root as the YAML parser would, and reports
// whether it could: lines of "key: value", blank lines between them,
// where the key is letters, and the value is a plain word or phrase
// ("Fiji briefing 3590", "2026-05-04") or a list of plain words in
// brackets ("[security, agriculture]"). Anything else (quotes, comments,
// nesting, indentation, characters YAML gives a meaning to) is left to
// the parser. The parser is slow and allocates much for so little.
func simpleFrontMatter(lines []string, root *yaml.Node) bool {
	m := &yaml.Node{Kind: yaml.MappingNode}
	for i, line := range lines {
		if line == "" {
			continue
		}
		k := 0
		for k < len(line) && ('a' <= line[k] && line[k] <= 'z' || 'A' <= line[k] && line[k] <= 'Z') {
			k++
		}
		if k == 0 || k == len(line) || line[k] != ':' || k+1 < len(line) && line[k+1] != ' ' {
			return false
		}
		value := strings.TrimRight(line[k+1:], " ")
		value = strings.TrimLeft(value, " ")
		if value == "" {
			return false
		}
		n := i + 1
		key := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: line[:k], Line: n, Column: 1}
		var val *yaml.Node
		if inner, ok := strings.CutPrefix(value, "["); ok {
			inner, ok = strings.CutSuffix(inner, "]")
			if !ok {
				return false
			}
			val = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Style: yaml.FlowStyle, Line: n}
			if strings.TrimLeft(inner, " ") != "" {
				for item := range strings.SplitSeq(inner, ",") {
					item = strings.Trim(item, " ")
					if !plainYAML(item, false) {
						return false
					}
					val.Content = append(val.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: item, Line: n})
				}
			}
		} else {
			if !plainYAML(value, true) {
				return false
			}
			val = &yaml.Node{Kind: yaml.ScalarNode, Value: value, Line: n}
		}
		if len(m.Content) == 0 {
			m.Line, m.Column = n, 1
		}
		m.Content = append(m.Content, key, val)
	}
	if len(m.Content) == 0 {
		return false
	}
	*root = yaml.Node{Kind: yaml.DocumentNode, Line: m.Line, Column: 1, Content: []*yaml.Node{m}}
	return true
}

// plainYAML reports whether s is a scalar YAML reads as the string it
// is, on a line of its own (block) or in a list in brackets: it starts
// with a letter or a digit (a letter, in a list, and is none of the
// words YAML reads as null or a boolean), and has only letters, digits,
// spaces, single between words, and a few marks YAML gives no meaning
// there.
func plainYAML(s string, block bool) bool {
	if s == "" {
		return false
	}
	c := s[0]
	letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
	if !letter && (!block || c < '0' || c > '9') {
		return false
	}
	if !block {
		switch strings.ToLower(s) {
		case "null", "true", "false", "yes", "no", "on", "off", "y", "n":
			return false
		}
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '.', c == '_', c == '/':
		case c == ' ' && s[i+1] != ' ':
		case c == ',' && block:
		default:
			return false
		}
	}
	return true
}

// frontMatterKeys are the keys front matter may have.
var frontMatterKeys = []string{"title", "date", "tags", "audience"}

// nearestKey returns the front matter key key is a slip of, or "".
func nearestKey(key string) string {
	for _, k := range frontMatterKeys {
		if distance(key, k, 2) <= 2 {
			return k
		}
	}
	return ""
}

// findFrontMatter returns the line front matter opens on. Front matter
// must open the file with a "---" line; something that looks like front
// matter anywhere near the top (after blank lines or a heading, or opened
// by "----") is a problem, and is read all the same, failing closed.
func (p *parser) findFrontMatter(lines []string) (int, bool) {
	if strings.TrimSpace(lines[0]) == "---" {
		return 0, true
	}
	for i := 0; i < len(lines) && i < maxFrontMatterSearch; i++ {
		t := strings.TrimSpace(lines[i])
		if !isDashLine(t) || !looksLikeFrontMatter(lines[i+1:]) {
			continue
		}
		switch {
		case t != "---":
			p.problem(i+1, "front matter opens with %q; write exactly \"---\" on the first line; treating the document as internal", t)
		case i > 0:
			p.problem(i+1, "front matter must start on the first line of the file, before anything else; treating the document as internal")
		}
		p.doc.Audience = Internal
		return i, true
	}
	return 0, false
}

// maxFrontMatterSearch is how far down the top of a file front matter is
// looked for when it is not on the first line.
const maxFrontMatterSearch = 12

// isDashLine reports whether t is a line of three or more dashes only.
func isDashLine(t string) bool {
	return len(t) >= 3 && strings.Trim(t, "-") == ""
}

// looksLikeFrontMatter reports whether the lines after a dash line are
// front matter: closed by another dash line, and starting with a front
// matter key or a slip of one ("audiance: internal"), not prose ("Note:
// ...").
func looksLikeFrontMatter(lines []string) bool {
	first := true
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case i == maxFrontMatterSearch:
			return false
		case t == "" && first:
			continue
		case isDashLine(t):
			return !first
		case first:
			key, _, ok := strings.Cut(t, ":")
			key = strings.ToLower(strings.TrimSpace(key))
			if !ok || !slices.ContainsFunc(frontMatterKeys, func(k string) bool { return distance(key, k, 1) <= 1 }) {
				return false
			}
			first = false
		}
	}
	return false
}

// isDate reports whether s is a date as front matter writes one: 2026-05-04,
// optionally with a time.
func isDate(s string) bool {
	if s == "" {
		return true
	}
	for _, layout := range []string{time.DateOnly, time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04"} {
		if _, err := time.Parse(layout, s); err == nil {
			return true
		}
	}
	return false
}

func yamlKind(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "map"
	case yaml.SequenceNode:
		return "list"
	}
	return "value"
}

// tagList accepts tags as a YAML list or as one comma-separated string.
type tagList []string

// UnmarshalYAML implements yaml.Unmarshaler.
func (t *tagList) UnmarshalYAML(n *yaml.Node) error {
	switch n.Kind {
	case yaml.ScalarNode:
		for _, s := range strings.Split(n.Value, ",") {
			if s = strings.TrimSpace(s); s != "" {
				*t = append(*t, s)
			}
		}
		return nil
	case yaml.SequenceNode:
		var list []string
		if err := n.Decode(&list); err != nil {
			return err
		}
		*t = list
		return nil
	}
	return fmt.Errorf("line %d: tags must be a list or a comma-separated string", n.Line)
}

// unquotedColon returns the index of the first front matter line whose
// plain value has ": " in it, and its key; -1 when none has.
func unquotedColon(lines []string) (int, string) {
	for i, l := range lines {
		key, val, ok := strings.Cut(l, ":")
		val = strings.TrimSpace(val)
		if !ok || strings.ContainsAny(key, " \t\"'#") || key == "" || val == "" || strings.ContainsAny(val[:1], "\"'[{|>&*!") {
			continue
		}
		if strings.Contains(val, ": ") || strings.HasSuffix(val, ":") {
			return i, key
		}
	}
	return -1, ""
}

var yamlLineRE = regexp.MustCompile(`line (\d+)`)

// yamlLine finds the front matter line a YAML error points at.
func yamlLine(err error) int {
	if m := yamlLineRE.FindStringSubmatch(err.Error()); m != nil {
		n, _ := strconv.Atoi(m[1])
		return n
	}
	return 0
}

// yamlMessage strips the "yaml: line N:" prefix; the problem carries the
// file line instead.
func yamlMessage(err error) string {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	msg = yamlLineRE.ReplaceAllString(msg, "")
	return strings.TrimLeft(msg, ": ")
}

// body reads the document from line start on.
func (p *parser) body(lines []string, start int) {
	p.lines = lines
	inFence := false
	for i := start; i < len(lines); i++ {
		if isFence(lines[i]) {
			inFence = !inFence
			continue
		}
		if !inFence && isATX(lines[i]) {
			p.hashMode = true
			break
		}
	}
	inFence = false
	for i := start; i < len(lines); i++ {
		line, n := lines[i], i+1
		if isFence(line) {
			inFence = !inFence
			p.endParagraph()
			continue
		}
		if inFence {
			if strings.TrimSpace(line) != "" {
				p.text(n, line, false)
			}
			continue
		}
		trimmed := strings.TrimSpace(line)
		if trimmed == "" || isRule(line) && !strings.Contains(line, "|") {
			p.endParagraph()
			p.item = -1
			continue
		}
		if level, text, ok := atx(line); ok {
			p.heading(n, text, level)
			continue
		}
		if strings.Contains(line, "|") && i+1 < len(lines) && isTableRule(lines[i+1]) {
			i = p.table(i) - 1
			continue
		}
		if m := findBullet(line); m != "" {
			p.bullet(n, m)
			continue
		}
		if p.item >= 0 && (line[0] == ' ' || line[0] == '\t') {
			it := &p.items[p.item]
			it.Text = joinText(it.Text, plain(trimmed))
			continue
		}
		if !p.hashMode && p.isPlainHeading(i) {
			level := 2
			if len(p.secs) == 0 && !p.open && p.doc.Title == titleFromPath(p.path) && namesFile(trimmed, p.path) {
				level = 1 // the file's first line, naming what the file name does
				p.doc.lineTitled = true
			}
			p.heading(n, trimmed, level)
			continue
		}
		p.text(n, trimmed, true)
	}
	p.endSection()
}

// isRule reports whether line is a thematic break or a setext
// underline: three or more of "-", "*", "_" and "=", spaces allowed
// between them, after at most three spaces. It is what the regular
// expression `^\s{0,3}([-*_=])(\s*[-*_=]){2,}\s*$` matches, without
// running one for every bullet (FuzzIsRule holds it to that).
func isRule(line string) bool {
	i := 0
	for i < len(line) && isSpaceRE(line[i]) {
		i++
	}
	if i > 3 || i == len(line) || !isRuleChar(line[i]) {
		return false
	}
	marks := 0
	for ; i < len(line); i++ {
		switch c := line[i]; {
		case isRuleChar(c):
			marks++
		case !isSpaceRE(c):
			return false
		}
	}
	return marks >= 3
}

func isRuleChar(c byte) bool { return c == '-' || c == '*' || c == '_' || c == '=' }

// isFence reports whether line opens or closes a fenced code block.
func isFence(line string) bool {
	t := strings.TrimLeft(line, " ")
	return len(line)-len(t) <= 3 && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~"))
}

// isATX reports whether line is a "#" heading.
func isATX(line string) bool {
	_, _, ok := atx(line)
	return ok
}

// atx parses a "#" heading: at most three spaces, one to six "#", at
// least one space, the heading's text, and optionally "#"s closing it. It
// returns the number of "#" and the text. It is what the regular
// expression `^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$` matches, without running
// one (FuzzATX holds it to that).
func atx(line string) (level int, text string, ok bool) {
	i := 0
	for i < len(line) && isSpaceRE(line[i]) {
		i++
	}
	if i > 3 {
		return 0, "", false
	}
	h := i
	for h < len(line) && line[h] == '#' {
		h++
	}
	level = h - i
	if level < 1 || level > 6 || h == len(line) || !isSpaceRE(line[h]) {
		return 0, "", false
	}
	rest := line[h:]
	k := 0
	for k < len(rest) && isSpaceRE(rest[k]) {
		k++
	}
	rest = rest[k:]
	// The text is the shortest start of the rest whose remainder is
	// spaces, then "#"s, then spaces.
	end := len(rest)
	for end > 0 && isSpaceRE(rest[end-1]) {
		end--
	}
	for end > 0 && rest[end-1] == '#' {
		end--
	}
	for end > 0 && isSpaceRE(rest[end-1]) {
		end--
	}
	if strings.IndexByte(rest[:end], '\n') >= 0 {
		return 0, "", false // the text has no newline
	}
	return level, rest[:end], true
}

// findBullet returns the text of a bullet line ("- text", "* text",
// "1. text"), or "" when line is not one.
func findBullet(line string) string {
	i := 0
	for i < len(line) && isSpaceRE(line[i]) {
		i++
	}
	rest := line[i:]
	if r, size := utf8.DecodeRuneInString(rest); strings.ContainsRune("-*+•‣◦▪", r) {
		rest = rest[size:]
	} else {
		digits := 0
		for digits < len(rest) && digits < 4 && rest[digits] >= '0' && rest[digits] <= '9' {
			digits++
		}
		if digits == 0 || digits > 3 || digits == len(rest) || rest[digits] != '.' && rest[digits] != ')' {
			return ""
		}
		rest = rest[digits+1:]
	}
	text := strings.TrimLeftFunc(rest, func(r rune) bool { return r < utf8.RuneSelf && isSpaceRE(byte(r)) })
	if len(text) == len(rest) || text == "" || strings.ContainsRune(text, '\n') {
		return "" // no space after the marker, or nothing after the space
	}
	return text
}

// isSpaceRE reports whether b is a space as regular expressions' \s
// means it: ASCII space, tab, newline, form feed or carriage return.
func isSpaceRE(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// isPlainHeading reports whether line i of a document without "#"
// headings is a section heading: a short line that does not end like a
// sentence, stands on its own after a finished block, and is followed by
// something that does not continue it.
func (p *parser) isPlainHeading(i int) bool {
	line := strings.TrimSpace(p.lines[i])
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".,;:!?…", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(line)
	if !unicode.IsLetter(first) && !unicode.IsDigit(first) {
		return false
	}
	words := countFields(line)
	if words > 20 || len(line) > 160 {
		return false
	}
	if p.last == kindText && p.paraOpen {
		return false // the line continues a paragraph
	}
	next := ""
	for j := i + 1; j < len(p.lines); j++ {
		if next = strings.TrimSpace(p.lines[j]); next != "" {
			break
		}
	}
	if next == "" {
		return false // a closing line with nothing under it
	}
	if r, _ := utf8.DecodeRuneInString(next); unicode.IsLower(r) && findBullet(next) == "" {
		return false // a wrapped paragraph continues on the next line
	}
	if words > 8 {
		// Long headings are title-cased; long plain lines are prose.
		caps, count := 0, 0
		for w := range strings.FieldsSeq(line) {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsLetter(r) || isStopWord(strings.ToLower(w)) {
				continue
			}
			count++
			if unicode.IsUpper(r) {
				caps++
			}
		}
		if caps*2 < count {
			return false
		}
	}
	return true
}

// heading starts a new section. Level-1 headings also name the document
// when front matter does not.
func (p *parser) heading(n int, text string, level int) {
	p.endSection()
	text = plain(text)
	if level == 1 && p.doc.Title == titleFromPath(p.path) && len(p.secs) == 0 {
		p.doc.Title = text
	}
	p.sec, p.open = Section{Doc: p.doc, Heading: text, Line: n}, true
	p.last = kindHeading
}

// ensureSection opens a section for content that comes before any
// heading, named after the document.
func (p *parser) ensureSection(n int) {
	if !p.open {
		p.sec, p.open = Section{Doc: p.doc, Heading: p.doc.Title, Line: n}, true
	}
}

// text adds a line of prose to the current paragraph. Lines join into one
// paragraph until one ends a sentence.
func (p *parser) text(n int, line string, prose bool) {
	p.ensureSection(n)
	p.item = -1
	line = plain(line)
	if p.paraLen > 0 {
		if p.paraOpen {
			p.para = append(p.para, " ")
			p.paraLen++
		} else {
			p.endParagraph()
		}
	}
	p.para = append(p.para, line)
	p.paraLen += len(line)
	last, _ := utf8.DecodeLastRuneInString(line)
	p.paraOpen = prose && !strings.ContainsRune(".!?:;\"”’)", last)
	p.last = kindText
}

func (p *parser) endParagraph() {
	if p.paraLen > 0 {
		p.paras = append(p.paras, strings.Join(p.para, ""))
	}
	p.para, p.paraLen = p.para[:0], 0
	p.paraOpen = false
}

// bullet adds an item, "Name: description" or plain text.
func (p *parser) bullet(n int, text string) {
	p.ensureSection(n)
	p.endParagraph()
	name, desc := splitName(text)
	if name == "" {
		desc = plain(text)
		name = shorten(desc, 60)
	}
	p.item = len(p.items)
	p.items = append(p.items, parsed{Kind: Item, Title: name, Text: desc, Line: int32(n)})
	p.last = kindBullet
}

// table reads a pipe table whose header is line i and returns the index of
// the first line after it.
func (p *parser) table(i int) int {
	n := i + 1
	p.ensureSection(n)
	p.endParagraph()
	p.item = -1
	p.header = appendCells(p.header[:0], p.lines[i])
	header := p.header
	for k, h := range header {
		if h == "" {
			header[k] = fmt.Sprintf("Column %d", k+1)
		}
	}
	j := i + 2
	for ; j < len(p.lines); j++ {
		line := p.lines[j]
		if strings.TrimSpace(line) == "" || !strings.Contains(line, "|") {
			break
		}
		p.cells = appendCells(p.cells[:0], line)
		cells := p.cells
		if len(cells) != len(header) {
			p.problem(j+1, "table row has %d cells, but the header has %d", len(cells), len(header))
			if len(cells) > len(header) {
				cells[len(header)-1] = strings.Join(cells[len(header)-1:], " | ")
				cells = cells[:len(header)]
			}
		}
		if e, ok := rowEntry(j+1, header, cells); ok {
			p.items = append(p.items, e)
		}
	}
	p.last = kindTable
	return j
}

// rowEntry makes an entry of a table row, titled by its first non-empty
// cell; false for an empty row.
func rowEntry(line int, header, cells []string) (parsed, bool) {
	e := parsed{Kind: Row, Line: int32(line), Fields: make([]Field, 0, len(header))}
	var restBuf [8]Field
	rest := restBuf[:0]
	for k, h := range header {
		v := ""
		if k < len(cells) {
			v = cells[k]
		}
		e.Fields = append(e.Fields, Field{Name: h, Value: v})
		if v == "" {
			continue
		}
		if e.Title == "" {
			e.Title = v
		} else {
			rest = append(rest, Field{Name: h, Value: v})
		}
	}
	if e.Title == "" {
		return parsed{}, false
	}
	switch {
	case len(rest) == 1 && len(header) == 2:
		e.Text = rest[0].Value
	default:
		parts := make([]string, len(rest))
		for k, f := range rest {
			parts[k] = f.Name + ": " + f.Value
		}
		e.Text = strings.Join(parts, "; ")
	}
	return e, true
}

// endSection closes the current section: its own text becomes its first
// entry. Sections with nothing in them are dropped.
func (p *parser) endSection() {
	p.endParagraph()
	p.item = -1
	if !p.open {
		return
	}
	if len(p.paras) > 0 || len(p.items) > 0 {
		own := parsed{Kind: SectionText, Title: p.sec.Heading, Text: strings.Join(p.paras, "\n"), Line: int32(p.sec.Line)}
		p.entries = append(append(p.entries, own), p.items...)
		p.sizes = append(p.sizes, 1+len(p.items))
		p.secs = append(p.secs, p.sec)
	}
	clear(p.items)
	clear(p.paras)
	p.sec, p.open, p.items, p.paras = Section{}, false, p.items[:0], p.paras[:0]
}

// isTableRule reports whether line is a table's header rule: "---|---|",
// "|:--|--:|".
func isTableRule(line string) bool {
	if !strings.Contains(line, "|") {
		return false
	}
	var buf [16]string
	cells := appendCells(buf[:0], line)
	if len(cells) == 0 {
		return false
	}
	for _, c := range cells {
		c = strings.Trim(c, ":")
		if c == "" || strings.Trim(c, "-") != "" {
			return false
		}
	}
	return true
}

// appendCells appends the cells of a table line to cells, split at
// unescaped pipes; a leading and a trailing pipe are optional.
func appendCells(cells []string, line string) []string {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "|")
	if strings.HasSuffix(line, "|") && !strings.HasSuffix(line, `\|`) {
		line = line[:len(line)-1]
	}
	start, escaped := 0, false
	cell := func(end int) {
		c := line[start:end]
		if escaped {
			c = strings.ReplaceAll(c, `\|`, "|")
		}
		cells = append(cells, plain(c))
		start, escaped = end+1, false
	}
	// A pipe is escaped when a backslash is just before it: a byte at a
	// time, looking for "\\|" at every byte then for "|", this loop was
	// 1.3% of a load's instructions; IndexByte looks at many at once.
	for i := 0; ; {
		k := strings.IndexByte(line[i:], '|')
		if k < 0 {
			break
		}
		if i += k; i > 0 && line[i-1] == '\\' {
			escaped = true
		} else {
			cell(i)
		}
		i++
	}
	cell(len(line))
	return cells
}

// boldName splits a bullet that starts with a name in bold, "**Name**:
// text" or "__Name__ text", into the name and the text. It is what the
// regular expression `^(?:\*\*|__)(.+?)(?:\*\*|__)\s*[:：—–-]?\s*(.*)$`
// matches, without running one for every bullet (FuzzBoldName holds it
// to that).
func boldName(s string) (name, rest string, ok bool) {
	if !strings.HasPrefix(s, "**") && !strings.HasPrefix(s, "__") {
		return "", "", false
	}
	// The name is at least one character, up to the first "**" or "__"
	// after it that the rest can follow: neither has a newline.
	r, size := utf8.DecodeRuneInString(s[2:])
	if size == 0 || r == '\n' {
		return "", "", false
	}
	for k := 2 + size; k+1 < len(s); k++ {
		if s[k] == '\n' {
			return "", "", false
		}
		if s[k] != s[k+1] || s[k] != '*' && s[k] != '_' {
			continue
		}
		rest := s[k+2:]
		i := 0
		for i < len(rest) && isSpaceRE(rest[i]) {
			i++
		}
		if r, size := utf8.DecodeRuneInString(rest[i:]); size > 0 && strings.ContainsRune(":：—–-", r) {
			i += size
		}
		for i < len(rest) && isSpaceRE(rest[i]) {
			i++
		}
		if strings.IndexByte(rest[i:], '\n') < 0 {
			return s[2:k], rest[i:], true
		}
	}
	return "", "", false
}

// splitName splits a bullet into its name and description: "Name: text",
// "**Name**: text", "**Name:** text", "Name – text". It returns an empty
// name when the bullet has none.
func splitName(s string) (name, desc string) {
	if bold, rest, ok := boldName(s); ok {
		name = strings.TrimRight(plain(bold), ":：")
		if rest != "" || name != "" {
			return name, plain(rest)
		}
	}
	for i, r := range s {
		var rest string
		switch {
		case r == ':' || r == '：':
			rest = s[i+utf8.RuneLen(r):]
			if strings.HasPrefix(rest, "//") {
				return "", "" // a URL, not a name
			}
			if before, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsDigit(before) {
				if after, _ := utf8.DecodeRuneInString(rest); unicode.IsDigit(after) {
					continue // a time of day, 10:30
				}
			}
		case (r == '–' || r == '—' || r == '-') && i > 0 && s[i-1] == ' ' && strings.HasPrefix(s[i+utf8.RuneLen(r):], " "):
			rest = s[i+utf8.RuneLen(r):]
		default:
			continue
		}
		head := strings.TrimSpace(s[:i])
		if head == "" || len(head) > 100 || countFields(head) > 12 {
			return "", ""
		}
		return plain(head), plain(rest)
	}
	return "", ""
}

var (
	linkRE     = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	emphasisRE = regexp.MustCompile(`(^|[\s(])[*_]([^*_\s][^*_]*?)[*_]($|[\s).,;:!?])`)
)

// plain removes Markdown inline markup and collapses spaces, leaving the
// text as readers see it.
func plain(s string) string {
	// Most text has no markup and is spaced as shown already: it is
	// kept as it is, a substring of the document rather than a copy, after
	// one look at it.
	t := strings.TrimSpace(s)
	if isPlain(t) {
		return t
	}
	if strings.ContainsAny(s, "*_`[") {
		s = linkRE.ReplaceAllString(s, "$1")
		s = markupReplacer.Replace(s)
		s = emphasisRE.ReplaceAllString(s, "$1$2$3")
	}
	// Most text is spaced as shown already: it is kept as it is, a
	// substring of the document rather than a copy.
	if t := strings.TrimSpace(s); isSpaced(t) {
		return t
	}
	return strings.Join(strings.Fields(s), " ")
}

var markupReplacer = strings.NewReplacer("**", "", "__", "", "`", "")

// isPlain reports whether t, trimmed, is spaced as shown (see isSpaced)
// and has none of the characters markup starts with: plain would return
// it as it is.
func isPlain(t string) bool {
	i := 0
	for {
		// Eight bytes at a time, while they are ASCII with no control
		// character, no markup and no two spaces in a row.
		for ; i+8 <= len(t); i += 8 {
			x := swarLoad(t, i)
			if plainSuspects(x) != 0 {
				break
			}
			if sp := swarEq(x, ' '); sp != 0 {
				if sp&(sp>>8) != 0 {
					return false
				}
				if sp>>63 != 0 && (i+8 == len(t) || t[i+8] == ' ') {
					return false
				}
			}
		}
		// Then a character at a time, over the next eight bytes.
		end := min(i+8, len(t))
		for i < end {
			switch plainByte[t[i]] {
			case plainOK:
				i++
			case plainSpace:
				if i+1 == len(t) || t[i+1] == ' ' {
					return false
				}
				i++
			case plainMore:
				r, size := utf8.DecodeRuneInString(t[i:])
				if unicode.IsSpace(r) {
					return false
				}
				i += size
			default:
				return false
			}
		}
		if i >= len(t) {
			return true
		}
	}
}

// Bytes tested eight at a time, in a uint64 (SWAR).
const (
	swarOnes = 0x0101010101010101
	swarHigh = 0x8080808080808080
	swarLow  = 0x7f7f7f7f7f7f7f7f
)

// plainSuspects returns a mask, not 0 when a byte of x is not ASCII,
// is a control character, '*', or one of '[' to '`' ('[', '\\', ']',
// '^', '_', '`'): every byte that isPlain cannot pass eight at a time,
// and three it can, which it then looks at one by one. Each test is
// ORed into one mask, tested once: tested one after another, as
// swarHas, they were six branches for every eight bytes of text, and
// isPlain 3% of a load's instructions. Bytes of 0x80 or more may carry
// into the next in the other tests, but they are in the mask already.
func plainSuspects(x uint64) uint64 {
	star := x ^ swarOnes*'*'
	return (x |
		(x-swarOnes*' ')&^x | // below ' '
		(star-swarOnes)&^star | // '*'
		(x+swarOnes*(0x80-'['))&^(x+swarOnes*(0x7f-'`'))) & // '[' to '`'
		swarHigh
}

// swarLoad returns the eight bytes of s from i on, the first lowest.
// Sliced first, it is one load with one bounds check, where indexed
// from i each byte had its own.
func swarLoad(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// swarEq returns the high bit of every byte of x that is c, and no other
// bit.
func swarEq(x uint64, c byte) uint64 {
	v := x ^ swarOnes*uint64(c)
	return ^((v & swarLow) + swarLow | v) & swarHigh
}

// plainByte classes a byte of text for isPlain.
var plainByte = func() (t [256]uint8) {
	for c := range 256 {
		switch {
		case c == ' ':
			t[c] = plainSpace
		case c >= utf8.RuneSelf:
			t[c] = plainMore
		case c < ' ' || c == '*' || c == '_' || c == '`' || c == '[':
			t[c] = plainMarkup
		}
	}
	return t
}()

// The classes of plainByte.
const (
	plainOK     = iota // a character that is shown as it is
	plainSpace         // a space, which must not be followed by another
	plainMore          // the start of a character that is not ASCII
	plainMarkup        // a character markup may start with, or a control character
)

// isSpaced reports whether s is trimmed and its words are separated by
// single spaces, as most lines already are.
func isSpaced(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c > ' ' && c < utf8.RuneSelf:
		case c == ' ' && s[i+1] == ' ', c == '\t', c == '\n', c == '\r', c == '\v', c == '\f':
			return false
		case c >= utf8.RuneSelf:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// countFields counts the words of s, as len(strings.Fields(s)) does.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// joinText appends more text to a description.
func joinText(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// shorten cuts s to at most n bytes at a word boundary, marking the cut.
func shorten(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return strings.TrimRight(s[:cut], " ,;:-") + "…"
}
