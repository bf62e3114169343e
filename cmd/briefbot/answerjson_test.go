package main

import (
	"bytes"
	"encoding/json"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// marshalJSON is how `briefbot ask --json` wrote its objects before
// jsonWriter, with encoding/json: what jsonWriter must write.
func marshalJSON(w io.Writer, q string, answers []knowledge.Answer) error {
	r := resultJSON{Query: q, Answers: make([]answerJSON, 0, len(answers))}
	for _, a := range answers {
		e := a.Entry
		r.Answers = append(r.Answers, answerJSON{
			Document: e.Doc().Path,
			Section:  e.Section.Heading,
			Title:    e.Title,
			Kind:     e.Kind.String(),
			Text:     e.Text(),
			Line:     int(e.Line),
			Score:    math.Round(a.Score*1e4) / 1e4,
		})
	}
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	data = append(data, '\n')
	_, err = w.Write(data)
	return err
}

func TestAppendJSONString(t *testing.T) {
	var every strings.Builder
	for c := range 256 {
		every.WriteByte(byte(c))
	}
	for _, s := range []string{
		"",
		"plain words",
		every.String(),
		`quote " and \ backslash`,
		"<b>Tom & Jerry</b>",
		"tab\tnew line\ncarriage\rbell\afeed\fback\b",
		"café, naïve — “quoted” 日本語 😀",
		"line\u2028para\u2029end",
		"bad \xff\xfe utf-8 \xe2\x82 cut",
		"\x00\x1f\x7f",
	} {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !sameJSON(got, want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
		if got := appendJSONString(nil, []byte(s)); !sameJSON(got, want) {
			t.Errorf("appendJSONString([]byte(%q)) = %s, want %s", s, got, want)
		}
	}
}

// sameJSON reports whether got is want byte for byte, or, where the
// string has invalid UTF-8, the same string: Go 1.27's encoding/json
// writes U+FFFD for a bad byte as the character, as appendJSONString
// does, and Go 1.26's as the escape \ufffd.
func sameJSON(got, want []byte) bool {
	if bytes.Equal(got, want) {
		return true
	}
	if !bytes.Contains(want, []byte(`\ufffd`)) {
		return false
	}
	var g, w string
	return json.Unmarshal(got, &g) == nil && json.Unmarshal(want, &w) == nil && g == w
}

func FuzzAppendJSONString(f *testing.F) {
	f.Add("café <&> \u2028 \xff")
	f.Fuzz(func(t *testing.T, s string) {
		want, err := json.Marshal(s)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONString(nil, s); !sameJSON(got, want) {
			t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
		}
	})
}

func TestAppendJSONFloat(t *testing.T) {
	for _, f := range []float64{0, 1, -1, 0.5, 12.3456, 1e-7, 1.5e-9, 123456789, 1e20, 1e21, 3.2e25, -4e-8, math.Round(7.123456789*1e4) / 1e4} {
		want, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		if got := appendJSONFloat(nil, f); !bytes.Equal(got, want) {
			t.Errorf("appendJSONFloat(%v) = %s, want %s", f, got, want)
		}
	}
}

// TestJSONWriterMatchesMarshal checks jsonWriter against encoding/json
// on the embedded briefings' answers.
func TestJSONWriterMatchesMarshal(t *testing.T) {
	base := knowledge.Embedded()
	var jw jsonWriter
	for _, q := range []string{"who leads the climate work", "budget", "xyzzy nothing", "what is <b> & \"quoted\"", "partners in Italy"} {
		for _, aud := range []knowledge.Audience{knowledge.Internal, knowledge.Public} {
			answers := base.Search(q, aud)
			var got, want bytes.Buffer
			if err := jw.write(&got, q, answers); err != nil {
				t.Fatal(err)
			}
			if err := marshalJSON(&want, q, answers); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want.Bytes()) {
				t.Errorf("jsonWriter.write(%q) = %s, want %s", q, got.Bytes(), want.Bytes())
			}
		}
	}
}

func TestAppendJSONStringAllocs(t *testing.T) {
	s := "café, naïve — “quoted” <&> \xff 日本語"
	buf := make([]byte, 0, 256)
	if n := testing.AllocsPerRun(100, func() {
		buf = appendJSONString(buf[:0], s)
		buf = appendJSONString(buf[:0], []byte(s))
	}); n != 0 {
		t.Errorf("appendJSONString allocates %v times, want 0", n)
	}
}
