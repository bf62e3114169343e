package main

import (
	"path/filepath"
	"testing"

	"github.com/briefbot/briefbot/config"
)

func TestOpenKnowledge(t *testing.T) {
	kb := filepath.Join("testdata", "kb")
	tests := []struct {
		name    string
		k       config.Knowledge
		wantDir string // "" for the embedded briefing
		wantErr bool
	}{
		{"nothing configured", config.Knowledge{}, "", false},
		{"a directory", config.Knowledge{Dir: kb}, kb, false},
		{"the directory before the mount", config.Knowledge{Dir: kb, Mount: filepath.Join("testdata", "bad")}, kb, false},
		{"the mount", config.Knowledge{Mount: kb}, kb, false},
		{"nothing mounted", config.Knowledge{Mount: filepath.Join("testdata", "none")}, "", false},
		{"a file mounted", config.Knowledge{Mount: filepath.Join(kb, "maritime.txt")}, "", false},
		{"a missing directory", config.Knowledge{Dir: filepath.Join("testdata", "none")}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			src, err := openKnowledge(tt.k)
			if tt.wantErr {
				if err == nil {
					t.Fatalf("openKnowledge(%+v) = %+v, want an error", tt.k, src)
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
