package gitsource

import (
	"testing"

	"github.com/briefbot/briefbot/knowledge"
)

// BenchmarkLoad loads the sample and evaluation briefings from a commit
// and, to compare, from a checkout of the same files.
func BenchmarkLoad(b *testing.B) {
	o := newOrigin(b)
	files := briefings(b)
	h := o.commit("main", "Add", files)
	dir := b.TempDir()
	checkout(b, dir, files)
	b.Run("commit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if base := knowledge.LoadFS(o.fsOf(h, ""), "git"); len(base.Docs) != len(files) {
				b.Fatalf("loaded %d documents", len(base.Docs))
			}
		}
	})
	b.Run("checkout", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if base, err := knowledge.Load(dir); err != nil || len(base.Docs) != len(files) {
				b.Fatalf("loaded %v, %v", base, err)
			}
		}
	})
}
