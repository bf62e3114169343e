package slack

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/redisstate"
	"github.com/briefbot/briefbot/bot/redisstate/redistest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// BenchmarkHTTPQuestions measures questions a second through the Slack
// HTTP path, from a signed Events API request to the answer posted to a
// local Slack, with the bot's state in memory and in Redis (a local
// redis-server): each question claims its event ID, takes a rate-limit
// token and saves its conversation there. The README reports the ratio.
func BenchmarkHTTPQuestions(b *testing.B) {
	b.Run("memory", func(b *testing.B) { benchmarkHTTP(b, bot.NewMemoryState(nil)) })
	b.Run("redis", func(b *testing.B) {
		srv := redistest.Start(b)
		st, err := redisstate.Open(redisstate.Options{URL: srv.URL(0), Namespace: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { _ = st.Close() })
		benchmarkHTTP(b, st)
	})
}

func benchmarkHTTP(b *testing.B, st bot.State) {
	f := slacktest.NewServer(b)
	now := time.Now()
	c := config.Slack{Enabled: true, Mode: config.HTTPMode, APIURL: f.APIURL(), BotToken: slacktest.BotToken, SigningSecret: testSecret}
	a := New(c, Options{Logger: slog.New(slog.DiscardHandler), SendInterval: time.Nanosecond, Now: func() time.Time { return now }})
	cfg := config.Default().Bot
	cfg.RateLimit = config.RateLimit{PerMinute: 1 << 30, Burst: 1 << 30}
	bt := bot.New(knowledge.Embedded(), nil, bot.Options{Bot: cfg, State: st, MaxConcurrent: 64,
		Platforms: map[string]bot.Policy{Platform: {Audience: knowledge.Internal}}})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { _ = bt.Serve(ctx, a) }()
	bottest.Eventually(b, "the adapter to take requests", a.Connected)
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	defer srv.Close()
	var answered atomic.Int64
	go func() {
		for range f.Posted() {
			answered.Add(1)
		}
	}()
	var seq atomic.Int64
	client := srv.Client()
	b.ResetTimer()
	start := time.Now()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			n := seq.Add(1)
			ts := fmt.Sprintf("%d.1", n)
			body := eventBody(fmt.Sprintf("Ev%d", n), mention(ts, "", fmt.Sprintf("C%d", n%50), "<@UBOT> what joint training initiatives were discussed?"))
			req, _ := http.NewRequest(http.MethodPost, srv.URL+eventsPath, strings.NewReader(body))
			req.Header = sign(body, now)
			resp, err := client.Do(req)
			if err != nil {
				b.Error(err)
				return
			}
			_, _ = io.Copy(io.Discard, resp.Body)
			_ = resp.Body.Close()
			if resp.StatusCode != http.StatusOK {
				b.Errorf("status %d", resp.StatusCode)
				return
			}
		}
	})
	if !bottest.Poll(func() bool { return answered.Load() >= int64(b.N) }) {
		b.Fatalf("%d of %d questions answered", answered.Load(), b.N)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "questions/s")
}
