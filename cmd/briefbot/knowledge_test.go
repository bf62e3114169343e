package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/config"
)

func TestOpenKnowledge(t *testing.T) {
	kb := filepath.Join("testdata", "kb")
	empty := t.TempDir()
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "a.md"), []byte("caf\xe9"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		k       config.Knowledge
		wantDir string // "" for the embedded briefing
		wantErr string // what the error says, "" for none
	}{
		{"nothing configured", config.Knowledge{}, "", ""},
		{"a directory", config.Knowledge{Dir: kb}, kb, ""},
		{"the directory before the mount", config.Knowledge{Dir: kb, Mount: filepath.Join("testdata", "bad")}, kb, ""},
		{"the mount", config.Knowledge{Mount: kb}, kb, ""},
		{"a missing directory", config.Knowledge{Dir: filepath.Join("testdata", "none")}, "", "testdata/none does not exist"},
		{"nothing mounted", config.Knowledge{Mount: filepath.Join("testdata", "none")}, "", "BRIEFBOT_KNOWLEDGE=testdata/none: knowledge directory testdata/none does not exist; mount"},
		{"a file mounted", config.Knowledge{Mount: filepath.Join(kb, "maritime.txt")}, "", "is not a directory"},
		{"an empty directory", config.Knowledge{Dir: empty}, "", "has no briefing documents"},
		{"an empty mount", config.Knowledge{Mount: empty}, "", "has no briefing documents"},
		{"nothing loads", config.Knowledge{Dir: broken}, "", "no briefing document in " + broken + " loads (1 problem, the first: a.md:1: invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := openKnowledge(tt.k)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("openKnowledge(%+v) = %v, want an error saying %q", tt.k, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("openKnowledge(%+v) = %v", tt.k, err)
			}
			if src.Dir != tt.wantDir || (src.Load == nil) != (tt.wantDir == "") {
				t.Errorf("openKnowledge(%+v) serves %q (reloadable %v), want %q", tt.k, src.Dir, src.Load != nil, tt.wantDir)
			}
			if tt.wantDir == "" && src.Base.Source != "embedded" {
				t.Errorf("openKnowledge(%+v) serves %s, want the embedded briefing", tt.k, src.Base.Source)
			}
			if src.Load != nil {
				if again, err := src.Load(src.Base); err != nil || again.Version != src.Base.Version {
					t.Errorf("reloading %s = %v, %v, want the same version %s", src.Dir, again, err, src.Base.Version)
				}
			}
		})
	}
}

// TestKnowledgeFromTheEnvironment checks that chat, ask and check serve
// $BRIEFBOT_KNOWLEDGE as run does, and fail when it names no knowledge
// directory, rather than serve the built-in sample.
func TestKnowledgeFromTheEnvironment(t *testing.T) {
	kb, _ := filepath.Abs(filepath.Join("testdata", "kb"))
	missing := filepath.Join(t.TempDir(), "not-mounted")
	tests := []struct {
		env   string
		args  []string
		stdin string
		code  int
		want  string // in standard output, or standard error when code is not 0
	}{
		{kb, []string{"ask", "--json", "grant ceiling"}, "", 0, `"document":"budget.md"`},
		{kb, []string{"check"}, "", 0, "2 documents, 2 sections, 6 entries, 0 problems"},
		{kb, []string{"chat"}, "sources\n", 0, "- budget.md: Budget Notes"},
		{missing, []string{"ask", "data sharing"}, "", 1, "BRIEFBOT_KNOWLEDGE=" + missing + ": knowledge directory " + missing + " does not exist"},
		{missing, []string{"chat"}, "data sharing\n", 1, "BRIEFBOT_KNOWLEDGE=" + missing},
		{missing, []string{"check"}, "", 1, "does not exist"},
		{missing, []string{"ask", "--knowledge", kb, "grant ceiling"}, "", 0, "Grant Ceiling"}, // the flag first
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runWith(t, []string{"BRIEFBOT_KNOWLEDGE=" + tt.env}, tt.stdin, tt.args...)
			shown := r.stdout
			if tt.code != 0 {
				shown = r.stderr + r.stdout
			}
			if r.code != tt.code || !strings.Contains(shown, tt.want) {
				t.Errorf("BRIEFBOT_KNOWLEDGE=%s briefbot %q: exit %d, stdout %q, stderr %q; want exit %d and %q",
					tt.env, tt.args, r.code, r.stdout, r.stderr, tt.code, tt.want)
			}
		})
	}
}
