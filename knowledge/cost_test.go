package knowledge

import (
	"fmt"
	"os"
	"runtime"
	"slices"
	"testing"
	"time"
)

// TestQuestionCosts prints what each of the corpus's questions costs,
// slowest first: its best time of three, the postings and context
// postings its lists hold, its terms, and whether it took a second look.
// It runs only with BRIEFBOT_COSTS set, beside BRIEFBOT_CORPUS:
//
//	BRIEFBOT_CORPUS=/tmp/bench30k/corpus BRIEFBOT_COSTS=1 go test -run QuestionCosts -v ./knowledge
func TestQuestionCosts(t *testing.T) {
	if os.Getenv("BRIEFBOT_COSTS") == "" {
		t.Skip("set BRIEFBOT_COSTS and BRIEFBOT_CORPUS to measure each question")
	}
	dir, questions := benchCorpus(t)
	base, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC()
	type cost struct {
		q                 string
		best, an, rk      time.Duration
		settled           int
		post, ctx, terms  int64
		second, gated, ok bool
	}
	costs := make([]cost, 0, len(questions))
	ix := base.idx
	var total time.Duration
	for _, question := range questions {
		c := cost{q: question, best: time.Hour}
		for range 3 {
			start := time.Now()
			base.Search(question, Internal)
			c.best = min(c.best, time.Since(start))
		}
		total += c.best
		c.an, c.rk = time.Hour, time.Hour
		var q *query
		for range 3 {
			start := time.Now()
			q = ix.view(Internal).analyze(question)
			c.an = min(c.an, time.Since(start))
		}
		c.terms = int64(len(q.items))
		for _, it := range q.items {
			for l := range int32(listsPerTerm) {
				list := listOf(it.term, l%2 == 0, l >= 2)
				for _, r := range ix.runs[ix.runStart[list]:ix.runStart[list+1]] {
					c.post += int64(r.to - r.from)
				}
			}
			for _, r := range ix.ctxRuns[ix.ctxRunStart[it.term]:ix.ctxRunStart[it.term+1]] {
				c.ctx += int64(r.to - r.from)
			}
		}
		if q.total > 0 {
			s := base.scratch()
			c.gated = ix.gateOf(q, Internal, s) != 0
			var top []candidate
			for range 3 {
				start := time.Now()
				top = ix.rank(q, Internal, s)
				c.rk = min(c.rk, time.Since(start))
			}
			c.settled = len(s.settling)
			c.second = len(top) == 0 && len(q.items) > 0 && q.answerable()
			c.ok = len(top) > 0
			base.pool.Put(s)
		}
		costs = append(costs, c)
	}
	slices.SortFunc(costs, func(a, b cost) int { return int(b.best - a.best) })
	seconds := 0
	for _, c := range costs {
		if c.second {
			seconds++
		}
	}
	fmt.Printf("questions %d, mean %.3f ms, p99 %.3f ms, second looks %d\n",
		len(costs), total.Seconds()*1e3/float64(len(costs)), costs[len(costs)/100].best.Seconds()*1e3, seconds)
	for i, c := range costs {
		if i == 15 {
			break
		}
		fmt.Printf("%7.3f ms (analyze %6.3f rank %6.3f) post %8d ctx %6d terms %2d settled %4d second %-5v gated %-5v %q\n",
			c.best.Seconds()*1e3, c.an.Seconds()*1e3, c.rk.Seconds()*1e3, c.post, c.ctx, c.terms, c.settled, c.second, c.gated, c.q)
	}
}

// TestQuestionProfile asks BRIEFBOT_QUESTION over and over, for a CPU
// profile of one question.
func TestQuestionProfile(t *testing.T) {
	question := os.Getenv("BRIEFBOT_QUESTION")
	if question == "" {
		t.Skip("set BRIEFBOT_QUESTION and BRIEFBOT_CORPUS")
	}
	dir, _ := benchCorpus(t)
	base, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	runtime.GC()
	start := time.Now()
	cpu := cpuTime()
	for range 200 {
		base.Search(question, Internal)
	}
	fmt.Printf("%q: %.3f ms, cpu %.3f ms\n", question, time.Since(start).Seconds()*1e3/200, (cpuTime()-cpu).Seconds()*1e3/200)
}
