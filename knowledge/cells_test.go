package knowledge

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// appendCellsByByte is appendCells looking at a byte at a time, as it
// was first written.
func appendCellsByByte(cells []string, line string) []string {
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
	for i := 0; i < len(line); i++ {
		switch {
		case line[i] == '\\' && i+1 < len(line) && line[i+1] == '|':
			escaped = true
			i++
		case line[i] == '|':
			cell(i)
		}
	}
	cell(len(line))
	return cells
}

// TestAppendCells holds appendCells to the byte-by-byte loop it
// replaced: the same cells for table lines with escaped pipes, runs of
// backslashes, empty cells and no pipe at all, and for every line of up
// to seven of '|', '\', 'a' and ' '.
func TestAppendCells(t *testing.T) {
	tests := []struct {
		name, line string
		want       []string
	}{
		{"plain row", "| Size | Price |", []string{"Size", "Price"}},
		{"no outer pipes", "a | b | c", []string{"a", "b", "c"}},
		{"escaped pipe", `| a \| b | c |`, []string{"a | b", "c"}},
		{"escaped pipe at the end", `| a | b \|`, []string{"a", `b |`}},
		{"two backslashes", `| a \\| b |`, []string{`a \| b`}},
		{"backslash before a letter", `| a\b | c |`, []string{`a\b`, "c"}},
		{"empty cells", "||||", []string{"", "", ""}},
		{"no pipe", "just text", []string{"just text"}},
		{"empty", "", []string{""}},
		{"markup in a cell", "| **bold** | `code` |", []string{"bold", "code"}},
		{"not ASCII", "| café | 10 € |", []string{"café", "10 €"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appendCells(nil, tt.line)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("appendCells(%q) (-want +got):\n%s", tt.line, diff)
			}
			if diff := cmp.Diff(appendCellsByByte(nil, tt.line), got); diff != "" {
				t.Errorf("appendCells(%q), byte by byte (-) and now (+):\n%s", tt.line, diff)
			}
		})
	}
	const alphabet = `|\a `
	line := make([]byte, 0, 7)
	var all func()
	all = func() {
		s := string(line)
		if diff := cmp.Diff(appendCellsByByte([]string{"x"}, s), appendCells([]string{"x"}, s)); diff != "" {
			t.Fatalf("appendCells(%q), byte by byte (-) and now (+):\n%s", s, diff)
		}
		if len(line) == cap(line) {
			return
		}
		for _, c := range []byte(alphabet) {
			line = append(line, c)
			all()
			line = line[:len(line)-1]
		}
	}
	all()
}

// FuzzAppendCells holds appendCells to the byte-by-byte loop.
func FuzzAppendCells(f *testing.F) {
	for _, s := range []string{"| a | b |", `a \| b | c`, `\\|\|`, "||", `| x \|`, "| é | \\ |"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, line string) {
		if diff := cmp.Diff(appendCellsByByte(nil, line), appendCells(nil, line)); diff != "" {
			t.Errorf("appendCells(%q), byte by byte (-) and now (+):\n%s", line, diff)
		}
	})
}
