package bot

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// Limits of `what's new`: the reloads and the dated documents it shows.
const (
	newsReloads   = 3
	newsDocuments = 5
)

// whatsNew is the `what's new` command: what the latest reloads added or
// changed, and the newest dated briefings, of what the asker's audience
// may read.
func (r *request) whatsNew(string) string {
	b := r.bot
	now := b.now()
	var lines []string
	shown := 0
	for _, rl := range b.guard.reloads(r.ctx) {
		changes := diffLines(rl.Diff, r.audience, false)
		if len(changes) == 0 {
			continue
		}
		if shown == newsReloads {
			break
		}
		shown++
		lines = append(lines, fmt.Sprintf("Reloaded %s (%s):", ago(now, rl.At), at(rl.At)))
		lines = append(lines, changes...)
	}
	if shown == 0 {
		lines = append(lines, fmt.Sprintf("Nothing was added or changed since I started, %s.", ago(now, b.started)))
	}
	if docs := newest(b.Base().Documents(r.audience), newsDocuments); len(docs) > 0 {
		lines = append(lines, "", "Newest briefings:")
		for _, d := range docs {
			lines = append(lines, fmt.Sprintf("- %s: %s (%s)", d.Date, d.Title, showPath(d.Path)))
		}
	}
	r.send(Reply{Kind: Info, Title: "What's new", Body: strings.Join(lines, "\n")})
	return outcomeCommand
}

// dateLayouts are the ways front matter writes a date that newest reads.
var dateLayouts = []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04", "2006-01", "2006", "January 2, 2006", "2 January 2006"}

// newest returns up to n of docs with a date, newest first.
func newest(docs []*knowledge.Document, n int) []*knowledge.Document {
	type dated struct {
		doc *knowledge.Document
		at  time.Time
	}
	var list []dated
	for _, d := range docs {
		for _, layout := range dateLayouts {
			if t, err := time.Parse(layout, d.Date); err == nil {
				list = append(list, dated{d, t})
				break
			}
		}
	}
	slices.SortFunc(list, func(x, y dated) int {
		if c := y.at.Compare(x.at); c != 0 {
			return c
		}
		return cmp.Compare(x.doc.Path, y.doc.Path)
	})
	var out []*knowledge.Document
	for _, d := range list[:min(n, len(list))] {
		out = append(out, d.doc)
	}
	return out
}
