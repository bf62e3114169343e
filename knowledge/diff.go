package knowledge

import (
	"cmp"
	"slices"
	"strconv"
)

// Diff is what changed between two knowledge bases: documents, themes
// (sections) and entries added, removed and changed.
type Diff struct {
	Documents Changes
	Themes    Changes
	Entries   Changes
	// Synonyms are the curators' synonym rules added and removed, each
	// named by its text (see Synonyms).
	Synonyms Changes
}

// Changes lists the items added, removed and changed.
type Changes struct {
	Added, Removed, Changed []Change
}

// Change is one added, removed or changed item.
type Change struct {
	// Name is the document's path, the theme's heading or the entry's
	// title.
	Name string
	// Document is the path of the document the item is in.
	Document string
	// Audience is the audience that may read the item: internal when the
	// document is internal before or after the change.
	Audience Audience
}

// Len counts the changes.
func (c Changes) Len() int { return len(c.Added) + len(c.Removed) + len(c.Changed) }

// Empty reports whether nothing changed.
func (d Diff) Empty() bool {
	return d.Documents.Len()+d.Themes.Len()+d.Entries.Len()+d.Synonyms.Len() == 0
}

// Compare returns what changed from old to new. Documents are matched by
// path, themes by document and heading, entries by document, theme, kind
// and title; a document, theme or entry whose content differs is changed.
//
// A document both bases share (a reload that did not read it again), or
// whose content is the same, is not looked into; others are compared one at a time, so that comparing
// two large bases costs little more than reading their text once.
func Compare(old, new *Base) Diff {
	var d Diff
	var c comparer
	before := map[string]*Document{}
	if old != nil {
		for _, doc := range old.Docs {
			before[doc.Path] = doc
		}
	}
	if new != nil {
		for _, doc := range new.Docs {
			prev, ok := before[doc.Path]
			delete(before, doc.Path)
			switch {
			case !ok:
				c.document(&d, nil, doc)
			case prev != doc && prev.Hash != doc.Hash:
				// The same content (read again by "reload all")
				// has the same themes and entries.
				c.document(&d, prev, doc)
			}
		}
	}
	for _, doc := range before {
		c.document(&d, doc, nil)
	}
	for _, ch := range []*Changes{&d.Documents, &d.Themes, &d.Entries} {
		ch.sort()
	}
	rules := func(b *Base) map[string]bool {
		m := map[string]bool{}
		if b != nil {
			for _, r := range b.Synonyms.Rules {
				m[r.Text] = true
			}
		}
		return m
	}
	was, is := rules(old), rules(new)
	for r := range is {
		if !was[r] {
			d.Synonyms.Added = append(d.Synonyms.Added, Change{Name: r, Document: SynonymsFile})
		}
	}
	for r := range was {
		if !is[r] {
			d.Synonyms.Removed = append(d.Synonyms.Removed, Change{Name: r, Document: SynonymsFile})
		}
	}
	d.Synonyms.sort()
	return d
}

// sort orders each list by document, then name.
func (c *Changes) sort() {
	for _, list := range [][]Change{c.Added, c.Removed, c.Changed} {
		slices.SortStableFunc(list, func(x, y Change) int {
			if c := cmp.Compare(x.Document, y.Document); c != 0 {
				return c
			}
			return cmp.Compare(x.Name, y.Name)
		})
	}
}

// comparer compares the themes and entries of one document at a time.
// A theme's or entry's content is its text and cells as
// fmt.Sprint(e.Text(), e.Fields()) writes them, written out by hand into one
// buffer: formatting every entry of a large base with fmt took seconds
// and a gigabyte.
type comparer struct {
	buf    []byte
	fields []Field
}

// diffItem is a theme or entry of one document: its name and where its
// content is in the comparer's buffer.
type diffItem struct {
	name     string
	from, to int
}

// document adds the changes from old to new, versions of one document
// (nil when it is missing on that side).
func (c *comparer) document(d *Diff, old, new *Document) {
	c.buf = c.buf[:0]
	ot, oe := c.items(old)
	nt, ne := c.items(new)
	var oa, na Audience
	if old != nil {
		oa = old.Audience
	}
	if new != nil {
		na = new.Audience
	}
	path := ""
	switch {
	case old == nil:
		path = new.Path
		d.Documents.Added = append(d.Documents.Added, Change{Name: path, Document: path, Audience: na})
	case new == nil:
		path = old.Path
		d.Documents.Removed = append(d.Documents.Removed, Change{Name: path, Document: path, Audience: oa})
	default:
		path = new.Path
		if old.Hash != new.Hash || oa != na {
			d.Documents.Changed = append(d.Documents.Changed, Change{Name: path, Document: path, Audience: max(oa, na)})
		}
	}
	c.compare(&d.Themes, path, ot, nt, oa, na)
	c.compare(&d.Entries, path, oe, ne, oa, na)
}

// compare adds the items added, removed and changed from before to after.
func (c *comparer) compare(ch *Changes, path string, before, after map[string]diffItem, oa, na Audience) {
	for k, a := range after {
		b, ok := before[k]
		switch {
		case !ok:
			ch.Added = append(ch.Added, Change{Name: a.name, Document: path, Audience: na})
		case oa != na || string(c.buf[a.from:a.to]) != string(c.buf[b.from:b.to]):
			ch.Changed = append(ch.Changed, Change{Name: a.name, Document: path, Audience: max(oa, na)})
		}
	}
	for k, b := range before {
		if _, ok := after[k]; !ok {
			ch.Removed = append(ch.Removed, Change{Name: b.name, Document: path, Audience: oa})
		}
	}
}

// items lists a document's themes, by heading, and entries other than
// the themes' own text, by heading, kind and title (and line, for the
// same title twice in a theme), writing their content to c.buf.
func (c *comparer) items(doc *Document) (themes, entries map[string]diffItem) {
	themes, entries = map[string]diffItem{}, map[string]diffItem{}
	if doc == nil {
		return
	}
	var key []byte
	t := doc.text()
	for _, s := range doc.Sections {
		from := len(c.buf)
		es := s.Entries()
		for i := range es {
			e := &es[i]
			key = append(append(append(append(append(key[:0], s.Heading...), 0), e.Kind.String()...), 0), e.Title...)
			if _, dup := entries[string(key)]; dup {
				key = strconv.AppendInt(append(key, 0), int64(e.Line), 10)
			}
			at := len(c.buf)
			c.buf = c.appendContent(c.buf, e, t)
			if e.Kind != SectionText {
				entries[string(key)] = diffItem{e.Title, at, len(c.buf)}
			}
		}
		themes[s.Heading] = diffItem{s.Heading, from, len(c.buf)}
	}
	return
}

// appendContent appends what fmt.Sprint(e.Text(), e.Fields()) would write,
// from the entry's document's text t:
// the text, then the cells as "[{Name Value} {Name Value}]".
func (c *comparer) appendContent(b []byte, e *Entry, t string) []byte {
	b = append(append(b, e.textIn(t)...), '[')
	c.fields = e.fieldsIn(t, c.fields[:0])
	for i, f := range c.fields {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(append(append(append(append(b, '{'), f.Name...), ' '), f.Value...), '}')
	}
	return append(b, ']')
}
