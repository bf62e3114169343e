package knowledge

import (
	"bufio"
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

func benchCorpus(b *testing.B) (dir string, questions []string) {
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

// BenchmarkLoad measures loading and indexing the corpus.
func BenchmarkLoad(b *testing.B) {
	dir, _ := benchCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearch measures answering the corpus's questions on one core,
// reporting questions per second and the 99th percentile latency.
func BenchmarkSearch(b *testing.B) {
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
		base.Search(questions[i%len(questions)], Internal)
		lat = append(lat, time.Since(t))
		i++
	}
	elapsed := time.Since(start)
	b.ReportMetric(float64((cpuTime()-cpu).Microseconds())/float64(i), "cpu-µs/op")
	slices.Sort(lat)
	b.ReportMetric(float64(i)/elapsed.Seconds(), "questions/s")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
}
