package main

import (
	"io"
	"math"
	"strconv"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// jsonWriter writes `briefbot ask --json`'s objects as encoding/json
// writes a resultJSON, byte for byte, into buffers it reuses: marshalling
// each question's answers, with copies of their text, was half of what
// the questions allocated after a load (the collector seldom runs then,
// so it all stays resident; see the README's sixteenth round).
type jsonWriter struct {
	buf, text []byte
}

// write writes one question's object and a newline.
func (j *jsonWriter) write(w io.Writer, q string, answers []knowledge.Answer) error {
	b := append(j.buf[:0], `{"query":`...)
	b = appendJSONString(b, q)
	b = append(b, `,"answers":[`...)
	for i, a := range answers {
		e := a.Entry
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"document":`...)
		b = appendJSONString(b, e.Doc().Path)
		b = append(b, `,"section":`...)
		b = appendJSONString(b, e.Section.Heading)
		b = append(b, `,"title":`...)
		b = appendJSONString(b, e.Title)
		b = append(b, `,"kind":`...)
		b = appendJSONString(b, e.Kind.String())
		b = append(b, `,"text":`...)
		j.text = e.AppendText(j.text[:0])
		b = appendJSONString(b, j.text)
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(e.Line), 10)
		b = append(b, `,"score":`...)
		b = appendJSONFloat(b, math.Round(a.Score*1e4)/1e4)
		b = append(b, '}')
	}
	b = append(b, "]}\n"...)
	j.buf = b
	_, err := w.Write(b)
	return err
}

// appendJSONFloat appends f as encoding/json writes a float64.
func appendJSONFloat(b []byte, f float64) []byte {
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if format == 'e' {
		// e-09 to e-9, as encoding/json does
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// appendJSONString appends s quoted as encoding/json quotes a string,
// with its HTML escaping: invalid UTF-8 becomes U+FFFD, and <, >, &,
// U+2028 and U+2029 are escaped. It allocates nothing past b's growth.
func appendJSONString[S string | []byte](b []byte, s S) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		var r rune
		var size int
		switch v := any(s).(type) {
		case string:
			r, size = utf8.DecodeRuneInString(v[i:])
		case []byte:
			r, size = utf8.DecodeRune(v[i:])
		}
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, "\uFFFD"...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
