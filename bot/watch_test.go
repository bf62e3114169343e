package bot

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// waitFor polls cond until it holds or a generous deadline passes.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func TestWatch(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "maritime.txt")
	if err := os.WriteFile(doc, []byte(publicDoc), 0o644); err != nil {
		t.Fatal(err)
	}
	var loads atomic.Int32
	load := func() (*knowledge.Base, error) {
		loads.Add(1)
		return knowledge.Load(dir)
	}
	base, err := knowledge.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := New(base, load, Options{})
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		if err := b.Watch(ctx, dir, 200*time.Millisecond); err != nil {
			t.Errorf("Watch = %v", err)
		}
	})
	defer func() {
		cancel()
		wg.Wait()
	}()
	time.Sleep(50 * time.Millisecond) // let the watcher start

	// An editor's burst: a swap file, several writes, a rename.
	os.WriteFile(filepath.Join(dir, ".maritime.txt.swp"), []byte("x"), 0o644)
	for i := range 5 {
		os.WriteFile(doc, []byte(publicDoc+"- Fisheries Patrols: Shared schedules "+string(rune('a'+i))+".\n"), 0o644)
	}
	tmp := filepath.Join(dir, "energy.md.tmp")
	os.WriteFile(tmp, []byte("## Energy\n- Solar Farms: Panels.\n"), 0o644)
	os.Rename(tmp, filepath.Join(dir, "energy.md"))

	waitFor(t, "a reload", func() bool { return loads.Load() >= 1 })
	time.Sleep(500 * time.Millisecond)
	if n := loads.Load(); n != 1 {
		t.Errorf("a burst of writes caused %d reloads, want 1", n)
	}
	if got := b.Base().Search("solar farms", knowledge.Internal); len(got) == 0 || got[0].Entry.Title != "Solar Farms" {
		t.Errorf("after the watched reload, the new document is not served")
	}

	// A new subdirectory is watched too.
	sub := filepath.Join(dir, "pacific")
	os.Mkdir(sub, 0o755)
	time.Sleep(100 * time.Millisecond)
	os.WriteFile(filepath.Join(sub, "tonga.md"), []byte("## Tonga\n- Tide Gauges: Replaced.\n"), 0o644)
	waitFor(t, "the new subdirectory's document", func() bool {
		got := b.Base().Search("tide gauges", knowledge.Internal)
		return len(got) > 0 && got[0].Entry.Title == "Tide Gauges"
	})
}

func TestRelevant(t *testing.T) {
	tests := map[string]bool{
		"/k/a.md": true, "/k/a.TXT": true, "/k/a.markdown": true, "/k/sub": true,
		"/k/.a.md.swp": false, "/k/a.md~": false, "/k/4913": true, "/k/image.png": false, "/k/.git": false,
	}
	for path, want := range tests {
		if got := relevant(path); got != want {
			t.Errorf("relevant(%q) = %v, want %v", path, got, want)
		}
	}
}
