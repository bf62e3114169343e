package knowledge

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// TestReadAhead loads directories of more files than a load reads
// ahead, of sizes that make readers' buffers grow and be reused, some
// of them unreadable, and checks that every document is what parsing
// its file alone gives, in order, with the unreadable files' problems.
func TestReadAhead(t *testing.T) {
	tests := []struct {
		name   string
		files  int
		locked int // every locked-th file cannot be read; 0 for none
	}{
		{"none", 0, 0},
		{"one", 1, 0},
		{"fewer than the readers", readers - 1, 0},
		{"more than the window", 200, 0},
		{"some unreadable", 200, 7},
		{"all unreadable", 20, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			var wantDocs, wantProblems []string
			for i := range tt.files {
				name := fmt.Sprintf("doc-%03d.txt", i)
				if tt.locked > 0 && i%tt.locked == 0 {
					name = fmt.Sprintf("doc-%03d-locked.txt", i)
					wantProblems = append(wantProblems, name+": cannot read: permission denied")
				} else {
					wantDocs = append(wantDocs, name)
				}
				// Sizes from a few lines to a few hundred, out of order.
				var b strings.Builder
				fmt.Fprintf(&b, "Briefing %d\n", i)
				for k := range (i * 37) % 300 {
					fmt.Fprintf(&b, "- Item %d of %d: Talks on patrol %d covered drills at sea.\n", k, i, k*i)
				}
				fsys[name] = &fstest.MapFile{Data: []byte(b.String())}
			}
			base := LoadFS(failingFS{fsys}, "test")
			if diff := cmp.Diff(wantDocs, docPaths(base)); diff != "" {
				t.Errorf("LoadFS documents mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(wantProblems, problemStrings(base.Problems)); diff != "" {
				t.Errorf("LoadFS problems mismatch (-want +got):\n%s", diff)
			}
			for _, d := range base.Docs {
				want, _ := Parse(d.Path, fsys[d.Path].Data)
				if got, want := entryTexts(d), entryTexts(want); !cmp.Equal(got, want) {
					t.Errorf("%s: entries %v, want %v", d.Path, got, want)
				}
			}
		})
	}
}

// entryTexts lists a document's entries' titles and texts.
func entryTexts(d *Document) []string {
	var out []string
	for _, s := range d.Sections {
		for _, e := range s.Entries() {
			out = append(out, e.Title+"\x00"+e.Text())
		}
	}
	return out
}
