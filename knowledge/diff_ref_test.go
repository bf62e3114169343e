package knowledge

import (
	"cmp"
	"fmt"
	"slices"
)

// compareSprint is Compare as it was first written, building every key
// and content with fmt: the reference TestCompareMatchesSprint holds
// Compare to.

func compareSprint(old, new *Base) Diff {
	var d Diff
	type item struct {
		name, doc, content string
		audience           Audience
	}
	collect := func(b *Base) (docs, themes, entries map[string]item) {
		docs, themes, entries = map[string]item{}, map[string]item{}, map[string]item{}
		if b == nil {
			return
		}
		for _, doc := range b.Docs {
			docs[doc.Path] = item{doc.Path, doc.Path, doc.Hash + doc.Audience.String(), doc.Audience}
			for _, s := range doc.Sections {
				var content string
				for _, e := range s.Entries() {
					key := fmt.Sprintf("%s\x00%s\x00%s\x00%s", doc.Path, s.Heading, e.Kind, e.Title)
					if _, dup := entries[key]; dup {
						key += fmt.Sprintf("\x00%d", e.Line) // the same title twice in a theme
					}
					entryContent := fmt.Sprint(e.Text(), e.Fields())
					content += entryContent
					if e.Kind != SectionText {
						entries[key] = item{e.Title, doc.Path, entryContent, doc.Audience}
					}
				}
				themes[doc.Path+"\x00"+s.Heading] = item{s.Heading, doc.Path, content, doc.Audience}
			}
		}
		return
	}
	od, ot, oe := collect(old)
	nd, nt, ne := collect(new)
	compare := func(before, after map[string]item) Changes {
		var c Changes
		change := func(it item, other Audience) Change {
			return Change{Name: it.name, Document: it.doc, Audience: max(it.audience, other)}
		}
		for k, a := range after {
			b, ok := before[k]
			switch {
			case !ok:
				c.Added = append(c.Added, change(a, a.audience))
			case a.content != b.content || a.audience != b.audience:
				c.Changed = append(c.Changed, change(a, b.audience))
			}
		}
		for k, b := range before {
			if _, ok := after[k]; !ok {
				c.Removed = append(c.Removed, change(b, b.audience))
			}
		}
		for _, list := range [][]Change{c.Added, c.Removed, c.Changed} {
			slices.SortFunc(list, func(x, y Change) int {
				if c := cmp.Compare(x.Document, y.Document); c != 0 {
					return c
				}
				return cmp.Compare(x.Name, y.Name)
			})
		}
		return c
	}
	d.Documents = compare(od, nd)
	d.Themes = compare(ot, nt)
	d.Entries = compare(oe, ne)
	rules := func(b *Base) map[string]item {
		m := map[string]item{}
		if b != nil {
			for _, r := range b.Synonyms.Rules {
				m[r.Text] = item{r.Text, SynonymsFile, r.Text, Public}
			}
		}
		return m
	}
	d.Synonyms = compare(rules(old), rules(new))
	return d
}
