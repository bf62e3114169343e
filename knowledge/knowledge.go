// Package knowledge reads a directory of briefing documents and answers
// questions from it.
//
// A briefing document is split into sections (the engagement themes) and
// each section into entries (the initiatives): every bullet, every table
// row read with its column headers, and the section's own text. Load reads
// a directory into an immutable Base; Base.Search ranks entries for a
// question. A Base is never changed after Load returns, so it can be shared
// by any number of goroutines and replaced whole on reload.
package knowledge

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Audience says who may read a document. Internal audiences see every
// document; public audiences see only public documents.
type Audience uint8

const (
	// Public is the audience of community channels, and the audience of
	// every document that does not say otherwise.
	Public Audience = iota
	// Internal is the audience of team channels; front matter
	// "audience: internal" restricts a document to it.
	Internal
)

// ParseAudience parses "public" or "internal".
func ParseAudience(s string) (Audience, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "public":
		return Public, nil
	case "internal":
		return Internal, nil
	}
	return Public, fmt.Errorf("audience %q: want public or internal", s)
}

// String returns "public" or "internal".
func (a Audience) String() string {
	if a == Internal {
		return "internal"
	}
	return "public"
}

// CanRead reports whether an asker of audience a may read a document
// meant for audience doc.
func (a Audience) CanRead(doc Audience) bool {
	return a == Internal || doc == Public
}

// Kind is the kind of an entry. It is a byte, not a string, because
// every entry holds one; String gives its name.
type Kind uint8

const (
	// SectionText is a section's own text, titled by the section heading.
	SectionText Kind = iota
	// Item is a bullet, usually "Name: description".
	Item
	// Row is a table row; its fields hold every cell with its header.
	Row
)

// kindNames are the kinds' names, as String gives them.
var kindNames = [...]string{SectionText: "section", Item: "item", Row: "row"}

// String returns "section", "item" or "row".
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Document is one briefing file.
type Document struct {
	Path     string // slash-separated, relative to the knowledge directory
	Title    string // front matter title, else the first "#" heading or a plain-text file's first line naming it (see namesFile), else from the file name
	Date     string // front matter date, as written
	Tags     []string
	Audience Audience
	Sections []*Section
	// Hash identifies the document's content, to tell changed documents
	// on reload.
	Hash string

	// glossary holds the acronyms the document defines (see
	// definitions).
	glossary glossary
	// lineTitled is whether Title is a plain-text file's first line: the
	// file name still names the briefing too (see indexer.countLabels).
	lineTitled bool
	// entries holds every entry of the document, in order: each
	// section's entries are a run of it (see Section.Entries), so that
	// a document is a few allocations however many entries it has.
	entries []Entry
	// The entries' text and cells, written one after another (see
	// Entry.body), are what a document is mostly made of, and are read
	// only to show an answer or index a document again: once loaded
	// (see seal), a document keeps them compressed only, in z, of size
	// plainLen when inflated, and plain is empty. Titles and headings,
	// which ranking and listing read, are not compressed.
	plain    string
	z        []byte
	plainLen int
	dict     *dictionary // what z was compressed against
}

// Section is a part of a document under one heading: an engagement theme.
type Section struct {
	Doc     *Document
	Heading string
	Line    int
	// The section's entries are its document's from first, n of them.
	// A slice of pointers to them took 8 bytes an entry, and its header
	// 24 a section: 4 MB at 10,000 gencorpus documents.
	first, n int32
}

// Entries returns the section's entries: its own text first, then its
// items and rows in order. They are its document's own array, not a
// copy, so an entry's address is the same however it is reached; they
// must not be changed.
func (s *Section) Entries() []Entry {
	return s.Doc.entries[s.first : s.first+s.n : s.first+s.n]
}

// Entry is one answerable unit: an initiative, a table row or a section's
// own text. Its text and cells are kept compressed with its document's:
// Text and Fields inflate the document's, which costs tens of
// microseconds unless it was read recently, and return copies.
type Entry struct {
	Section *Section
	Title   string
	Line    int32
	// body is where the entry's text starts in the document's text
	// (see Document.text), bodyLen its length; the cells follow (see
	// appendFields).
	body, bodyLen uint32
	Kind          Kind
}

// Field is one table cell with its column header.
type Field struct {
	Name  string
	Value string
}

// Doc returns the document the entry belongs to.
func (e *Entry) Doc() *Document { return e.Section.Doc }

// Text returns the entry's text: a bullet's description, a section's own
// paragraphs, a row's cells but the first.
func (e *Entry) Text() string {
	d := e.Section.Doc
	if !d.sealed() {
		return e.textIn(d.plain)
	}
	var s string
	inflated.read(d, func(t []byte) { s = string(t[e.body : e.body+e.bodyLen]) })
	return s
}

// AppendText appends the entry's text, as Text returns it, to dst: a
// caller that writes many answers reuses one buffer.
func (e *Entry) AppendText(dst []byte) []byte {
	d := e.Section.Doc
	if !d.sealed() {
		return append(dst, e.textIn(d.plain)...)
	}
	inflated.read(d, func(t []byte) { dst = append(dst, t[e.body:e.body+e.bodyLen]...) })
	return dst
}

// Fields returns a row's cells, each with its column header, in order;
// nil for other entries.
func (e *Entry) Fields() []Field {
	d := e.Section.Doc
	if !d.sealed() {
		return e.fieldsIn(d.plain, nil)
	}
	var f []Field
	inflated.read(d, func(t []byte) { f = fieldsIn(e, t, nil) })
	return f
}

// Problem is something wrong with the knowledge directory, pointing at the
// file and line a curator has to fix. Line is 0 when the problem concerns
// the whole file.
type Problem struct {
	Path string
	Line int
	Msg  string
}

// Error formats the problem as "path:line: message", on one line: the
// path as QuoteName shows it, and the message with what could forge a
// line or drive a terminal escaped.
func (p Problem) Error() string {
	msg := p.Msg
	if strings.IndexFunc(msg, hostile) >= 0 {
		msg = strconv.Quote(msg)
		msg = msg[1 : len(msg)-1]
	}
	if p.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", QuoteName(p.Path), p.Line, msg)
	}
	return fmt.Sprintf("%s: %s", QuoteName(p.Path), msg)
}

// Stats counts what a Base holds.
type Stats struct {
	Documents int
	Sections  int
	Entries   int
}

// Base is a loaded, indexed knowledge directory. It is immutable.
type Base struct {
	// Source is the directory it was loaded from, or "embedded".
	Source string
	// Docs are the documents that loaded, sorted by path.
	Docs []*Document
	// Problems are what was wrong in the directory; documents with
	// problems that made them unreadable are not in Docs.
	Problems []Problem
	// LoadedAt is when loading finished; Took is how long it took.
	LoadedAt time.Time
	Took     time.Duration
	// Version identifies the content: equal bases have equal versions.
	Version string
	// Synonyms are the curators' synonyms (see SynonymsFile).
	Synonyms Synonyms

	idx  *index
	pool sync.Pool // of *scratch
	// files is what was read of each file, by name, for Reload.
	files map[string]*fileState
	// dict is what the documents' text is compressed against; a
	// reload compresses the documents it reads against it too.
	dict *dictionary
}

// Stats counts the documents, sections and entries an audience can see.
func (b *Base) Stats(a Audience) Stats {
	var s Stats
	for _, d := range b.Docs {
		if !a.CanRead(d.Audience) {
			continue
		}
		s.Documents++
		s.Sections += len(d.Sections)
		for _, sec := range d.Sections {
			s.Entries += int(sec.n)
		}
	}
	return s
}

// Documents returns the documents an audience can see, sorted by path.
func (b *Base) Documents(a Audience) []*Document {
	var out []*Document
	for _, d := range b.Docs {
		if a.CanRead(d.Audience) {
			out = append(out, d)
		}
	}
	return out
}

// Themes returns the sections of every document an audience can see, in
// document order.
func (b *Base) Themes(a Audience) []*Section {
	var out []*Section
	for _, d := range b.Documents(a) {
		out = append(out, d.Sections...)
	}
	return out
}
