// Package statetest is the test suite every bot.State passes: the
// in-memory State and the Redis store run the same tests, so that a bot
// behaves the same with one replica or several.
package statetest

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/knowledge"
)

// Run runs the suite. open returns an empty State for one test; states
// it returns for one test must not share data with those of another.
func Run(t *testing.T, open func(t *testing.T) bot.State) {
	tests := []struct {
		name string
		test func(t *testing.T, s bot.State)
	}{
		{"claim", testClaim},
		{"claim expires", testClaimExpires},
		{"claim at once", testClaimAtOnce},
		{"marks", testMarks},
		{"marks expire", testMarksExpire},
		{"conversations", testConversations},
		{"conversation expires", testConversationExpires},
		{"rate limit", testAllow},
		{"rate limit at once", testAllowAtOnce},
		{"misses", testMisses},
		{"misses bounded", testMissesBounded},
		{"misses since", testMissesSince},
		{"reloads", testReloads},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { tc.test(t, open(t)) })
	}
}

var ctx = context.Background()

func testClaim(t *testing.T, s bot.State) {
	for _, step := range []struct {
		key  string
		want bool
	}{{"event:slack:Ev1", true}, {"event:slack:Ev1", false}, {"event:slack:Ev2", true}, {"event:discord:Ev1", true}, {"event:slack:Ev1", false}} {
		got, err := s.Claim(ctx, step.key, time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		if got != step.want {
			t.Errorf("Claim(%q) = %v, want %v", step.key, got, step.want)
		}
	}
}

func testClaimExpires(t *testing.T, s bot.State) {
	if first, err := s.Claim(ctx, "k", 100*time.Millisecond); err != nil || !first {
		t.Fatalf("Claim = %v, %v, want true", first, err)
	}
	bottest.Eventually(t, "the claim to expire", func() bool {
		again, err := s.Claim(ctx, "k", time.Hour)
		if err != nil {
			t.Fatal(err)
		}
		return again
	})
	if again, _ := s.Claim(ctx, "k", time.Hour); again {
		t.Error("Claim after claiming again = true, want false")
	}
}

// testClaimAtOnce claims one key from many goroutines: one wins.
func testClaimAtOnce(t *testing.T, s bot.State) {
	var mu sync.Mutex
	won := 0
	var wg sync.WaitGroup
	for range 20 {
		wg.Go(func() {
			ok, err := s.Claim(ctx, "race", time.Hour)
			if err != nil {
				t.Error(err)
			}
			if ok {
				mu.Lock()
				won++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if won != 1 {
		t.Errorf("%d of 20 simultaneous claims won, want 1", won)
	}
}

func testMarks(t *testing.T, s bot.State) {
	marked := func(key string) bool {
		t.Helper()
		ok, err := s.Marked(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		return ok
	}
	if marked("thread:slack:C1:100.1") {
		t.Fatal("Marked before any mark = true, want false")
	}
	for range 2 {
		if err := s.Mark(ctx, "thread:slack:C1:100.1", time.Hour); err != nil {
			t.Fatal(err)
		}
	}
	for key, want := range map[string]bool{"thread:slack:C1:100.1": true, "thread:slack:C1:100.2": false,
		"thread:slack:C2:100.1": false, "thread:discord:C1:100.1": false} {
		if got := marked(key); got != want {
			t.Errorf("Marked(%q) = %v, want %v", key, got, want)
		}
	}
	// A mark is not a claim: the same key claims as ever.
	if first, err := s.Claim(ctx, "thread:slack:C1:100.1", time.Hour); err != nil || !first {
		t.Errorf("Claim of a marked key = %v, %v; want true", first, err)
	}
}

// testMarksExpire marks again a key about to expire: the mark lasts its
// new ttl, then expires.
func testMarksExpire(t *testing.T, s bot.State) {
	if err := s.Mark(ctx, "k", 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if err := s.Mark(ctx, "k", 2*time.Second); err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond) // past the first ttl
	if ok, err := s.Marked(ctx, "k"); err != nil || !ok {
		t.Fatalf("Marked after the first ttl of a key marked again = %v, %v; want true", ok, err)
	}
	bottest.Eventually(t, "the mark to expire", func() bool {
		ok, err := s.Marked(ctx, "k")
		if err != nil {
			t.Fatal(err)
		}
		return !ok
	})
}

func testConversations(t *testing.T, s bot.State) {
	at := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	c := bot.Conversation{Question: "what about “ports”?", Shown: 2, At: at, Answers: []bot.EntryRef{
		{Doc: "maritime.txt", Line: 3, Title: "Coast Guard Training"},
		{Doc: "dir/ünïcode file.md", Line: 12, Title: "Port Visits"},
		{Doc: "maritime.txt", Line: 1, Title: "Maritime Security"},
	}}
	if _, ok, err := s.Conversation(ctx, "slack:C1:100.1"); ok || err != nil {
		t.Fatalf("Conversation before any = ok %v, %v, want none", ok, err)
	}
	if err := s.SaveConversation(ctx, "slack:C1:100.1", c, time.Hour); err != nil {
		t.Fatal(err)
	}
	got, ok, err := s.Conversation(ctx, "slack:C1:100.1")
	if err != nil || !ok {
		t.Fatalf("Conversation = ok %v, %v, want the one saved", ok, err)
	}
	if diff := cmp.Diff(c, got); diff != "" {
		t.Errorf("Conversation (-saved +got):\n%s", diff)
	}
	if _, ok, _ := s.Conversation(ctx, "slack:C1:100.2"); ok {
		t.Error("another thread's conversation was found")
	}
	c.Shown = 3
	if err := s.SaveConversation(ctx, "slack:C1:100.1", c, time.Hour); err != nil {
		t.Fatal(err)
	}
	if got, _, _ := s.Conversation(ctx, "slack:C1:100.1"); got.Shown != 3 {
		t.Errorf("Shown after saving again = %d, want 3", got.Shown)
	}
	none := bot.Conversation{Question: "nothing fits", At: at}
	if err := s.SaveConversation(ctx, "discord:3001:", none, time.Hour); err != nil {
		t.Fatal(err)
	}
	if got, ok, _ := s.Conversation(ctx, "discord:3001:"); !ok || !cmp.Equal(none, got, cmpopts.EquateEmpty()) {
		t.Errorf("Conversation without answers = %+v, %v, want %+v", got, ok, none)
	}
}

func testConversationExpires(t *testing.T, s bot.State) {
	if err := s.SaveConversation(ctx, "k", bot.Conversation{Question: "q"}, 100*time.Millisecond); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := s.Conversation(ctx, "k"); !ok {
		t.Fatal("the conversation is gone at once")
	}
	bottest.Eventually(t, "the conversation to expire", func() bool {
		_, ok, err := s.Conversation(ctx, "k")
		if err != nil {
			t.Fatal(err)
		}
		return !ok
	})
}

func testAllow(t *testing.T, s bot.State) {
	l := bot.Limit{PerMinute: 60, Burst: 3} // a token a second
	t0 := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	const ok, refused, told = "ok", "refused", "refused, told"
	steps := []struct {
		at   time.Duration
		key  string
		want string
	}{
		{0, "slack:U1", ok}, {0, "slack:U1", ok}, {0, "slack:U1", ok},
		{0, "slack:U1", told}, {0, "slack:U1", refused},
		{0, "slack:U2", ok}, // another user has a bucket of their own
		{time.Second, "slack:U1", ok}, {time.Second, "slack:U1", refused},
		{1500 * time.Millisecond, "slack:U1", refused},
		{30 * time.Second, "slack:U1", ok}, {30 * time.Second, "slack:U1", ok}, {30 * time.Second, "slack:U1", ok},
		{30 * time.Second, "slack:U1", refused}, // told 30 s ago: not again
		{29 * time.Second, "slack:U1", refused}, // a clock behind takes nothing back
		{61 * time.Second, "slack:U1", ok}, {61 * time.Second, "slack:U1", ok}, {61 * time.Second, "slack:U1", ok},
		{61 * time.Second, "slack:U1", told}, // a minute since told
		{62 * time.Second, "slack:U1", ok}, {62 * time.Second, "slack:U1", refused},
	}
	for i, step := range steps {
		a, err := s.Allow(ctx, step.key, l, t0.Add(step.at))
		if err != nil {
			t.Fatal(err)
		}
		got := ok
		switch {
		case !a.Allowed && a.Notify:
			got = told
		case !a.Allowed:
			got = refused
		case a.Notify:
			got = "ok, told"
		}
		if got != step.want {
			t.Errorf("step %d: Allow(%s, t0+%s) = %s, want %s", i, step.key, step.at, got, step.want)
		}
	}
}

// testAllowAtOnce takes from one bucket from many goroutines: no more
// than its burst get through.
func testAllowAtOnce(t *testing.T, s bot.State) {
	now := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	var mu sync.Mutex
	allowed := 0
	var wg sync.WaitGroup
	for range 30 {
		wg.Go(func() {
			a, err := s.Allow(ctx, "slack:U9", bot.Limit{PerMinute: 1, Burst: 5}, now)
			if err != nil {
				t.Error(err)
			}
			if a.Allowed {
				mu.Lock()
				allowed++
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	if allowed != 5 {
		t.Errorf("%d of 30 simultaneous questions allowed, want the burst, 5", allowed)
	}
}

func testMisses(t *testing.T, s bot.State) {
	t0 := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	asks := []struct {
		q  string
		a  knowledge.Audience
		at time.Duration
	}{
		{"Where is the fleet?", knowledge.Public, 0},
		{"where is THE fleet", knowledge.Public, time.Minute},
		{"secret plans", knowledge.Internal, 2 * time.Minute},
		{"secret plans?", knowledge.Internal, 3 * time.Minute},
		{"secret plans!", knowledge.Internal, 4 * time.Minute},
		{"budget", knowledge.Public, 5 * time.Minute},
		{"zebra", knowledge.Public, 5 * time.Minute},
		{"apple", knowledge.Internal, 5 * time.Minute},
	}
	for _, a := range asks {
		if err := s.AddMiss(ctx, a.q, a.a, t0.Add(a.at)); err != nil {
			t.Fatal(err)
		}
	}
	tests := []struct {
		a    knowledge.Audience
		n    int
		want []bot.Miss
	}{
		{knowledge.Public, 10, []bot.Miss{
			{Text: "Where is the fleet?", Count: 2, Last: t0.Add(time.Minute)},
			{Text: "budget", Count: 1, Last: t0.Add(5 * time.Minute)},
			{Text: "zebra", Count: 1, Last: t0.Add(5 * time.Minute)},
		}},
		{knowledge.Internal, 10, []bot.Miss{
			{Text: "secret plans", Count: 3, Last: t0.Add(4 * time.Minute)},
			{Text: "Where is the fleet?", Count: 2, Last: t0.Add(time.Minute)},
			{Text: "apple", Count: 1, Last: t0.Add(5 * time.Minute)},
			{Text: "budget", Count: 1, Last: t0.Add(5 * time.Minute)},
			{Text: "zebra", Count: 1, Last: t0.Add(5 * time.Minute)},
		}},
		{knowledge.Internal, 2, []bot.Miss{
			{Text: "secret plans", Count: 3, Last: t0.Add(4 * time.Minute)},
			{Text: "Where is the fleet?", Count: 2, Last: t0.Add(time.Minute)},
		}},
	}
	for _, tc := range tests {
		got, err := s.TopMisses(ctx, tc.a, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("TopMisses(%s, %d) (-want +got):\n%s", tc.a, tc.n, diff)
		}
	}
}

func testMissesBounded(t *testing.T, s bot.State) {
	t0 := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	for range 3 {
		if err := s.AddMiss(ctx, "asked often", knowledge.Public, t0); err != nil {
			t.Fatal(err)
		}
	}
	for i := range bot.MaxMisses + 20 {
		if err := s.AddMiss(ctx, fmt.Sprintf("question %d", i), knowledge.Public, t0.Add(time.Duration(i)*time.Millisecond)); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.TopMisses(ctx, knowledge.Internal, 2*bot.MaxMisses)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) > bot.MaxMisses || len(got) < bot.MaxMisses*8/10 {
		t.Errorf("%d misses kept, want at most %d and most of them", len(got), bot.MaxMisses)
	}
	if len(got) == 0 || got[0].Text != "asked often" || got[0].Count != 3 {
		t.Errorf("the most asked = %+v, want “asked often”, kept", got[:min(1, len(got))])
	}
}

func testReloads(t *testing.T, s bot.State) {
	t0 := time.Date(2026, 11, 30, 16, 0, 0, 0, time.UTC)
	diff := knowledge.Diff{Documents: knowledge.Changes{
		Added:   []knowledge.Change{{Name: "energy.md", Document: "energy.md", Audience: knowledge.Public}},
		Changed: []knowledge.Change{{Name: "secret.md", Document: "secret.md", Audience: knowledge.Internal}},
	}, Synonyms: knowledge.Changes{Removed: []knowledge.Change{{Name: "ship = vessel", Document: "synonyms.txt"}}}}
	r1 := bot.Reloaded{At: t0, Old: "v1", New: "v2", Diff: diff}
	r2 := bot.Reloaded{At: t0.Add(time.Minute), Old: "v2", New: "v3", Diff: knowledge.Diff{Entries: knowledge.Changes{
		Added: []knowledge.Change{{Name: "Mine Clearance", Document: "maritime.txt"}}}}}
	// Two replicas record the same change.
	for _, r := range []bot.Reloaded{r1, r1, r2} {
		if err := s.AddReload(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.Reloads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]bot.Reloaded{r2, r1}, got, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("Reloads (-want +got):\n%s", diff)
	}
	for i := range bot.MaxReloads + 5 {
		r := bot.Reloaded{At: t0.Add(time.Duration(i+2) * time.Minute), Old: fmt.Sprint("w", i), New: fmt.Sprint("w", i+1)}
		if err := s.AddReload(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	got, err = s.Reloads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != bot.MaxReloads || got[0].New != fmt.Sprint("w", bot.MaxReloads+5) {
		t.Errorf("after %d more reloads: %d kept, newest %q; want %d, newest w%d", bot.MaxReloads+5, len(got), got[0].New, bot.MaxReloads, bot.MaxReloads+5)
	}
}

// testMissesSince checks that the first call starts the count and later
// ones, at later times, keep it.
func testMissesSince(t *testing.T, s bot.State) {
	start := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	for i, now := range []time.Time{start, start.Add(time.Hour), start.Add(48 * time.Hour)} {
		got, err := s.MissesSince(ctx, now)
		if err != nil {
			t.Fatal(err)
		}
		if !got.Equal(start) {
			t.Errorf("MissesSince call %d at %s = %s, want %s", i+1, now, got, start)
		}
	}
}
