package knowledge

import (
	"bufio"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"
)

// The benchmarks run on the synthetic corpus of ../shared/bench/gencorpus:
//
//	python3 ../shared/bench/gencorpus 2000 /tmp/bench/corpus
//	BRIEFBOT_CORPUS=/tmp/bench/corpus go test -run '^$' -bench . -benchmem ./knowledge
//
// gencorpus writes the questions beside the corpus, in questions-2000.txt.

func benchCorpus(b testing.TB) (dir string, questions []string) {
	b.Helper()
	dir = os.Getenv("BRIEFBOT_CORPUS")
	if dir == "" {
		b.Skip("set BRIEFBOT_CORPUS to a directory written by ../shared/bench/gencorpus")
	}
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(filepath.Clean(dir)), "questions-*.txt"))
	if len(matches) == 0 {
		b.Fatalf("no questions-*.txt beside %s", dir)
	}
	f, err := os.Open(matches[0])
	if err != nil {
		b.Fatal(err)
	}
	defer func() { _ = f.Close() }() // read only
	in := bufio.NewScanner(f)
	for in.Scan() {
		questions = append(questions, in.Text())
	}
	return dir, questions
}

// loaded keeps the last base BenchmarkLoad loaded, so that a heap
// profile (-memprofile, inuse_space) shows what a base holds.
var loaded *Base

// BenchmarkLoad measures loading and indexing the corpus, and reports
// the heap a loaded base holds (live-MB, after a collection) beside the
// corpus's bytes (text-MB).
func BenchmarkLoad(b *testing.B) {
	dir, _ := benchCorpus(b)
	b.ReportAllocs()
	cpu := cpuTime()
	for b.Loop() {
		loaded = nil
		var err error
		if loaded, err = Load(dir); err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	b.ReportMetric((cpuTime()-cpu).Seconds()/float64(b.N), "cpu-s/op")
	b.ReportMetric(float64(liveHeap())/1e6, "live-MB")
	b.ReportMetric(float64(corpusBytes(b, dir))/1e6, "text-MB")
}

// liveHeap is the heap in use after a full collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// corpusBytes is the size of the corpus's briefings.
func corpusBytes(b *testing.B, dir string) int64 {
	var n int64
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		info, err := d.Info()
		n += info.Size()
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	return n
}

// BenchmarkIndexDoc measures the indexer alone, in one goroutine: counting
// the words of every document of the corpus, parsed once, as each of
// loading's workers does for the documents it reads.
func BenchmarkIndexDoc(b *testing.B) {
	dir, _ := benchCorpus(b)
	base, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	x := newIndexer()
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, d := range base.Docs {
			x.indexDoc(d).release()
		}
	}
	b.ReportMetric(float64(len(base.Docs)*b.N)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearch measures answering the corpus's questions on one core,
// reporting questions per second and the 99th percentile latency.
func BenchmarkSearch(b *testing.B) {
	elapsed, n := benchQuestions(b, func(base *Base, q string) { base.Search(q, Internal) })
	b.ReportMetric(float64(n)/elapsed.Seconds(), "questions/s")
}

// BenchmarkAnswers is BenchmarkSearch reading every answer's text and
// cells too, as showing the answers does: what inflating the documents
// they are in costs a question.
func BenchmarkAnswers(b *testing.B) {
	read := 0
	elapsed, n := benchQuestions(b, func(base *Base, q string) {
		for _, a := range base.Search(q, Internal) {
			read += len(a.Entry.Text()) + len(a.Entry.Fields())
		}
	})
	b.ReportMetric(float64(elapsed.Microseconds())/float64(n), "µs/question")
	if read == 0 {
		b.Fatal("no answer had any text")
	}
}

// benchQuestions loads the corpus and asks its questions in turn on one
// core, each with ask, reporting the CPU time a question takes and the
// 99th percentile latency. It returns the time taken and how many
// questions were asked.
func benchQuestions(b *testing.B, ask func(base *Base, q string)) (time.Duration, int) {
	dir, questions := benchCorpus(b)
	base, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC() // settle the garbage of loading before timing
	lat := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cpuTime()
	start := time.Now()
	i := 0
	for b.Loop() {
		t := time.Now()
		ask(base, questions[i%len(questions)])
		lat = append(lat, time.Since(t))
		i++
	}
	elapsed := time.Since(start)
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(i), "cpu-µs/op")
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	return elapsed, i
}

// BenchmarkReload measures a reload after one document changed: reading
// the directory's file times, reading and parsing that document,
// rebuilding its segment, and the diff a reload shows (Compare). It
// reloads a copy of the corpus made of hard links (a real copy where
// links cannot be made), editing one document in turn. It reports how
// much more heap the new base takes while the old one is still held
// (extra-MB), beside the heap of one base (live-MB).
func BenchmarkReload(b *testing.B) {
	src, _ := benchCorpus(b)
	dir := linkCorpus(b, src)
	base, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	docs := slices.Clone(base.Docs)
	live := liveHeap()
	var extra uint64
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		b.StopTimer()
		d := docs[(i*7919)%len(docs)]
		path := filepath.Join(dir, filepath.FromSlash(d.Path))
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		edited := append(data, fmt.Sprintf("- Benchmark Edit %d: A line added to reload.\n", i)...)
		if err := replaceFile(path, edited); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		next, err := Reload(base, dir)
		if err != nil || len(next.Problems) > 0 {
			b.Fatalf("Reload = %v, %v", err, next.Problems)
		}
		if diff := Compare(base, next); diff.Entries.Len() != 1 {
			b.Fatalf("Compare after editing %s: %+v", d.Path, diff.Entries)
		}
		b.StopTimer()
		if i == 0 {
			extra = liveHeap() - live // both bases held
			runtime.KeepAlive(base)
		}
		base = next
		i++
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(float64(live)/1e6, "live-MB")
	b.ReportMetric(float64(extra)/1e6, "extra-MB")
}

// linkCorpus makes a copy of a corpus in a temporary directory, of hard
// links where it can.
func linkCorpus(b *testing.B, src string) string {
	b.Helper()
	dir := b.TempDir()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		to := filepath.Join(dir, rel)
		if d.IsDir() {
			return os.MkdirAll(to, 0o755)
		}
		if os.Link(path, to) == nil {
			return nil
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(to, data, 0o644)
	})
	if err != nil {
		b.Fatal(err)
	}
	return dir
}

// replaceFile writes data to a new file and renames it over path, as
// editors do, so that a hard link's other names keep the old content.
func replaceFile(path string, data []byte) error {
	tmp := path + ".tmp~"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// BenchmarkCompare measures the diff of two loads of the corpus, which
// share no document: the worst case, a full reload's.
func BenchmarkCompare(b *testing.B) {
	dir, _ := benchCorpus(b)
	old, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	next, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if d := Compare(old, next); !d.Empty() {
			b.Fatalf("Compare of two loads of one directory: %+v", d)
		}
	}
}
