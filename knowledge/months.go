package knowledge

import "strings"

// monthWords are the months' names as the tokenizer gives them, January
// first.
var monthWords = [12][]byte{
	[]byte("january"), []byte("february"), []byte("march"), []byte("april"), []byte("may"), []byte("june"),
	[]byte("july"), []byte("august"), []byte("september"), []byte("october"), []byte("november"), []byte("december"),
}

// monthOf returns the month (0 for January) a word names, lowercased as
// the tokenizer gives it, by its name or its usual short form ("Nov",
// "Sept"), or -1. Only a word written with a capital names a month:
// "may" and "mar" are words of their own.
func monthOf(w []byte) int {
	if len(w) < 3 || len(w) > 9 {
		return -1
	}
	// The indexer asks of every word written with a capital: two
	// letters turn nearly all of them away.
	var m int
	switch uint16(w[0])<<8 | uint16(w[1]) {
	case 'j'<<8 | 'a':
		m = 0
	case 'f'<<8 | 'e':
		m = 1
	case 'm'<<8 | 'a':
		if m = 2; w[2] == 'y' {
			m = 4
		}
	case 'a'<<8 | 'p':
		m = 3
	case 'j'<<8 | 'u':
		if m = 5; w[2] == 'l' {
			m = 6
		}
	case 'a'<<8 | 'u':
		m = 7
	case 's'<<8 | 'e':
		m = 8
	case 'o'<<8 | 'c':
		m = 9
	case 'n'<<8 | 'o':
		m = 10
	case 'd'<<8 | 'e':
		m = 11
	default:
		return -1
	}
	name := monthWords[m]
	if string(w) == string(name) || len(w) == 3 && string(w) == string(name[:3]) || m == 8 && string(w) == "sept" {
		return m
	}
	return -1
}

// monthsBetween calls fn with each month that a range of months in s
// spans, its ends left out, as they are words of s already: "from
// November to March" spans December, January and February; "15 June to
// 15 September" July and August; "between May and August" June and
// July. A range is two months written with capitals and joined by "to",
// "until", "till", "through", "thru" or a dash, or by "and" after
// "between", with at most day numbers beside them.
func monthsBetween(s string, fn func(month int)) {
	type mark struct{ m, start, end int }
	var marks []mark
	for i := 0; i < len(s); {
		if c := s[i]; c < 'A' || c > 'Z' || i > 0 && isASCIILetter(s[i-1]) {
			i++
			continue
		}
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) {
			j++
		}
		if m := monthOf([]byte(strings.ToLower(s[i:j]))); m >= 0 {
			marks = append(marks, mark{m, i, j})
		}
		i = j
	}
	for k := 1; k < len(marks); k++ {
		a, b := marks[k-1], marks[k]
		if a.m == b.m || !joinsRange(s[a.end:b.start], s[:a.start]) {
			continue
		}
		for m := (a.m + 1) % 12; m != b.m; m = (m + 1) % 12 {
			fn(m)
		}
	}
}

// joinsRange reports whether gap, the text between two months, makes
// them the ends of a range; before is the text before the first. Day
// numbers ("15", "1st") and commas between them do not count.
func joinsRange(gap, before string) bool {
	var words []string
	for _, f := range strings.Fields(gap) {
		if f = strings.Trim(f, ",."); !isDay(f) && f != "" {
			words = append(words, f)
		}
	}
	if len(words) != 1 {
		return false
	}
	switch words[0] {
	case "to", "until", "till", "through", "thru", "-", "–", "—":
		return true
	case "and":
		prev := strings.Fields(strings.ToLower(before))
		for len(prev) > 0 && (isDay(prev[len(prev)-1]) || prev[len(prev)-1] == "the") {
			prev = prev[:len(prev)-1]
		}
		return len(prev) > 0 && prev[len(prev)-1] == "between"
	}
	return false
}

// isDay reports whether f is a day of the month: "15", "1st", "22nd".
func isDay(f string) bool {
	for _, suffix := range []string{"st", "nd", "rd", "th"} {
		f = strings.TrimSuffix(f, suffix)
	}
	return f != "" && len(f) <= 2 && strings.Trim(f, "0123456789") == ""
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
