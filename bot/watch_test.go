package bot

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// traced is one thing the watcher reported.
type traced struct{ what, path string }

// TestWatch edits a watched directory as an editor and a curator do, and
// follows what the watcher reports: it waits for events, never for time
// to pass.
func TestWatch(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "maritime.txt")
	write := func(path, data string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(doc, "Maritime Security\n- Port Visits: Two navy port visits a year.\n")
	var loads atomic.Int32
	load := func(prev *knowledge.Base) (*knowledge.Base, error) {
		loads.Add(1)
		return knowledge.Reload(prev, dir)
	}
	base, err := knowledge.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b := New(base, load, Options{Bot: config.Default().Bot})
	events := make(chan traced, 1000)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Go(func() {
		err := b.watch(ctx, dir, 200*time.Millisecond, func(what, path string) { events <- traced{what, path} })
		if err != nil {
			t.Errorf("Watch = %v", err)
		}
	})
	defer func() {
		cancel()
		wg.Wait()
	}()
	// next returns the next thing the watcher reports.
	next := func(waitingFor string) traced {
		t.Helper()
		select {
		case e := <-events:
			return e
		case <-time.After(20 * time.Second):
			t.Fatalf("timed out waiting for %s", waitingFor)
			panic("unreachable")
		}
	}
	if e := next("the watcher to start"); e != (traced{traceWatching, dir}) {
		t.Fatalf("first report = %v, want the directory watched", e)
	}

	// An editor's burst: a swap file, several writes, a rename. It is
	// one reload, after every change of the burst.
	write(filepath.Join(dir, ".maritime.txt.swp"), "x")
	for i := range 5 {
		write(doc, "Maritime Security\n- Fisheries Patrols: Shared schedules "+string(rune('a'+i))+".\n")
	}
	tmp := filepath.Join(dir, "energy.md.tmp")
	write(tmp, "## Energy\n- Solar Farms: Panels.\n")
	if err := os.Rename(tmp, filepath.Join(dir, "energy.md")); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for e := next("the reload"); e.what != traceReloaded; e = next("the reload") {
		if e.what != traceChanged {
			t.Errorf("during the burst the watcher reported %v, want changes only", e)
		}
		seen[filepath.Base(e.path)] = true
	}
	for _, name := range []string{"maritime.txt", "energy.md"} {
		if !seen[name] {
			t.Errorf("the reload came before the change to %s", name)
		}
	}
	if seen[".maritime.txt.swp"] || seen["energy.md.tmp"] {
		t.Errorf("editor files counted as changes: %v", seen)
	}
	if got := b.Base().Search("solar farms", knowledge.Internal); len(got) == 0 || got[0].Entry.Title != "Solar Farms" {
		t.Errorf("after the watched reload, the new document is not served")
	}

	// A new subdirectory is watched too. Nothing else happened since
	// the burst's reload: the watcher's next report is about it.
	sub := filepath.Join(dir, "pacific")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if e := next("the new subdirectory"); e != (traced{traceWatching, sub}) {
		t.Fatalf("after the burst's reload the watcher reported %v, want the new subdirectory watched (one reload a burst)", e)
	}
	if n := loads.Load(); n != 1 {
		t.Errorf("a burst of writes caused %d reloads, want 1", n)
	}
	write(filepath.Join(sub, "tonga.md"), "## Tonga\n- Tide Gauges: Replaced.\n")
	for changed := false; ; {
		e := next("the reload of the subdirectory's document")
		changed = changed || e == traced{traceChanged, filepath.Join(sub, "tonga.md")}
		if changed && e.what == traceReloaded {
			break
		}
	}
	if got := b.Base().Search("tide gauges", knowledge.Internal); len(got) == 0 || got[0].Entry.Title != "Tide Gauges" {
		t.Errorf("the new subdirectory's document is not served")
	}
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
