package knowledge

import (
	"bufio"
	"os"
	"sort"
	"testing"
	"time"
)

func TestSlowQueries(t *testing.T) {
	b, _ := Load("/tmp/gc/corpus")
	f, _ := os.Open("/tmp/gc/questions-2000.txt")
	in := bufio.NewScanner(f)
	type r struct {
		q string
		d time.Duration
	}
	var rs []r
	var qs []string
	for in.Scan() {
		qs = append(qs, in.Text())
	}
	for range 3 {
		for _, q := range qs {
			t0 := time.Now()
			b.Search(q, Internal)
			rs = append(rs, r{q, time.Since(t0)})
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	for _, x := range rs[:25] {
		q := b.idx.analyze(x.q)
		n := 0
		for _, it := range q.items {
			n += int(b.idx.start[it.term+1] - b.idx.start[it.term])
		}
		t.Logf("%v %q items=%d postings=%d", x.d, x.q, len(q.items), n)
	}
}
