package bot

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// Replies are read by people: counts, durations and file names are
// written here the way a person writes them.

// Count writes n with noun, in the plural unless n is 1: "1 document",
// "2 entries", "0 problems". noun is a regular English noun in the
// singular.
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + pluralOf(noun)
}

// pluralOf returns the plural of a regular English noun: "entry" becomes
// "entries", "match" "matches", "document" "documents".
func pluralOf(noun string) string {
	switch {
	case strings.HasSuffix(noun, "y") && len(noun) > 1 && !strings.ContainsRune("aeiou", rune(noun[len(noun)-2])):
		return noun[:len(noun)-1] + "ies"
	case strings.HasSuffix(noun, "s"), strings.HasSuffix(noun, "x"), strings.HasSuffix(noun, "ch"), strings.HasSuffix(noun, "sh"):
		return noun + "es"
	}
	return noun + "s"
}

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// units are the units durations are written in, largest first.
var units = []struct {
	d    time.Duration
	name string
}{
	{24 * time.Hour, "day"},
	{time.Hour, "hour"},
	{time.Minute, "minute"},
	{time.Second, "second"},
}

// duration writes how long d is as a person would, to the nearest of at
// most two units: "12ms", "4.9 seconds", "3 minutes 5 seconds", "2 days 1
// hour".
func duration(d time.Duration) string {
	switch {
	case d < time.Millisecond:
		return "less than a millisecond"
	case d < time.Second:
		return fmt.Sprintf("%dms", d.Round(time.Millisecond)/time.Millisecond)
	case d < 10*time.Second:
		if s := d.Round(100 * time.Millisecond); s%time.Second != 0 {
			return fmt.Sprintf("%.1f seconds", s.Seconds())
		}
	}
	for i, u := range units {
		if d < u.d {
			continue
		}
		d = d.Round(units[min(i+1, len(units)-1)].d)
		if i > 0 && d >= units[i-1].d {
			return duration(d) // rounding reached the larger unit
		}
		out := Count(int(d/u.d), u.name)
		if i+1 < len(units) {
			if rest := int(d % u.d / units[i+1].d); rest > 0 {
				out += " " + Count(rest, units[i+1].name)
			}
		}
		return out
	}
	return "less than a second"
}

// ago says how long before now t was, rounded to its largest unit:
// "just now", "5 seconds ago", "3 minutes ago", "2 days ago".
func ago(now, t time.Time) string {
	d := now.Sub(t)
	if d < time.Second {
		return "just now"
	}
	for i, u := range units {
		if d < u.d {
			continue
		}
		n := d.Round(u.d) / u.d
		if i > 0 && n*u.d >= units[i-1].d {
			return "1 " + units[i-1].name + " ago" // rounding reached the larger unit
		}
		return Count(int(n), u.name) + " ago"
	}
	return "just now"
}

// at writes a moment as a person reads it anywhere: "2026-11-30 16:41 UTC".
func at(t time.Time) string {
	return t.UTC().Format("2006-01-02 15:04 MST")
}

// showPath writes a document's path for a reply, quoted when it holds
// what could forge a line of the reply or drive a terminal.
func showPath(p string) string { return knowledge.QuoteName(p) }
