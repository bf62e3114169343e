package knowledge

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The answers golden files pin the ranking: every answer to every
// question of the held-out sets, for both audiences, with its score and
// coverage to six decimals. The index may change how it stores things;
// it may not change an answer. Run with -update only after a deliberate
// change to the ranking.
//
// Scores are float32 sums; on amd64 Go never fuses a multiply and an add,
// so they are the same on every such machine. Architectures that fuse
// (arm64) may differ in the last digits.

// answerLines lists the answers to a question for an audience, one line
// each, as the golden files hold them.
func answerLines(b *Base, q string, a Audience) []string {
	var out []string
	for _, ans := range b.Search(q, a) {
		e := ans.Entry
		out = append(out, fmt.Sprintf("  %s:%d %s %q %.6f %.6f", e.Doc().Path, e.Line, e.Kind, e.Title, ans.Score, ans.Coverage))
	}
	return out
}

// goldenAnswers writes the answers to questions, each asked with both
// audiences, the question's own (if any) first.
func goldenAnswers(w io.Writer, b *Base, questions []heldOutQuestion) error {
	bw := bufio.NewWriter(w)
	for _, q := range questions {
		own := Public
		if q.audience != "" {
			var err error
			if own, err = ParseAudience(q.audience); err != nil {
				return err
			}
		}
		for _, a := range []Audience{own, 1 - own} {
			// A bufio.Writer keeps its first error for Flush.
			_, _ = fmt.Fprintf(bw, "%s %s %q\n", q.id, a, q.question)
			for _, l := range answerLines(b, q.question, a) {
				_, _ = fmt.Fprintln(bw, l)
			}
		}
	}
	return bw.Flush()
}

// checkGolden compares got with the golden file path (gzipped if its
// name ends in .gz), rewriting it with -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := writeMaybeGzip(path, got); err != nil {
			t.Fatal(err)
		}
	}
	want, err := readMaybeGzip(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it, on the ranking it must keep)", err)
	}
	if want == got {
		return
	}
	// Report the questions whose answers differ, not one huge diff.
	wq, gq := splitQuestions(want), splitQuestions(got)
	shown := 0
	for k, w := range wq {
		if g := gq[k]; g != w && shown < 10 {
			shown++
			t.Errorf("answers to %s changed (-want +got):\n%s", k, cmp.Diff(w, g))
		}
	}
	if len(wq) != len(gq) {
		t.Errorf("%d questions answered, golden has %d", len(gq), len(wq))
	}
	if shown == 0 {
		t.Errorf("answers differ from %s in order only", path)
	}
}

// splitQuestions splits a golden listing by question: each question line
// with the answer lines after it.
func splitQuestions(s string) map[string]string {
	out := map[string]string{}
	var key string
	for _, line := range strings.SplitAfter(s, "\n") {
		if !strings.HasPrefix(line, " ") {
			key = strings.TrimSuffix(line, "\n")
		}
		out[key] += line
	}
	return out
}

func writeMaybeGzip(path, data string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if !strings.HasSuffix(path, ".gz") {
		return os.WriteFile(path, []byte(data), 0o644)
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression) // no time stamp: the same answers, the same bytes
	if _, err := io.WriteString(zw, data); err != nil {
		_ = f.Close()
		return err
	}
	if err := zw.Close(); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

func readMaybeGzip(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil || !strings.HasSuffix(path, ".gz") {
		return string(data), err
	}
	zr, err := gzip.NewReader(strings.NewReader(string(data)))
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return "", fmt.Errorf("%s: %w", path, err)
	}
	return string(out), nil
}

// TestAnswersGolden asks every question of every held-out set, with its
// audience and with the other, and compares the answers with
// testdata/golden.
func TestAnswersGolden(t *testing.T) {
	sets, err := filepath.Glob(filepath.Join("testdata", "eval*", "questions.tsv"))
	if err != nil || len(sets) == 0 {
		t.Fatalf("no held-out sets in testdata: %v", err)
	}
	for _, path := range sets {
		set := filepath.Base(filepath.Dir(path))
		t.Run(set, func(t *testing.T) {
			checkSetGolden(t, set, path)
		})
		// However the entries fall into segments, the answers are the
		// same.
		t.Run(set+"/small-segments", func(t *testing.T) {
			smallSegments(t, 7)
			checkSetGolden(t, set, path)
		})
	}
}

// checkSetGolden compares the answers to a held-out set's questions with
// its golden file.
func checkSetGolden(t *testing.T, set, path string) {
	b, err := Load(filepath.Join("testdata", set, "briefings"))
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	if err := goldenAnswers(&got, b, readQuestions(t, path)); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "golden", set+".answers"), got.String())
}

// TestCorpusGolden is TestAnswersGolden on the synthetic corpus of
// ../shared/bench/gencorpus, which is generated, not kept: with
// BRIEFBOT_CORPUS set to one (gencorpus's default seed), it asks the
// corpus's questions and compares the answers with
// testdata/golden/gencorpus-N.answers.gz, N the corpus's documents.
//
//	python3 ../shared/bench/gencorpus 2000 /tmp/bench/corpus
//	BRIEFBOT_CORPUS=/tmp/bench/corpus go test -run TestCorpusGolden ./knowledge
func TestCorpusGolden(t *testing.T) {
	dir := os.Getenv("BRIEFBOT_CORPUS")
	if dir == "" {
		t.Skip("set BRIEFBOT_CORPUS to a directory written by ../shared/bench/gencorpus")
	}
	questions := corpusQuestions(t, dir)
	b, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var qs []heldOutQuestion
	for i, q := range questions {
		qs = append(qs, heldOutQuestion{id: fmt.Sprintf("q%04d", i+1), question: q})
	}
	var got strings.Builder
	if err := goldenAnswers(&got, b, qs); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, filepath.Join("testdata", "golden", fmt.Sprintf("gencorpus-%d.answers.gz", len(b.Docs))), got.String())
}

// corpusQuestions reads the questions gencorpus wrote beside dir.
func corpusQuestions(t testing.TB, dir string) []string {
	t.Helper()
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(filepath.Clean(dir)), "questions-*.txt"))
	if len(matches) == 0 {
		t.Fatalf("no questions-*.txt beside %s", dir)
	}
	data, err := os.ReadFile(matches[0])
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}
