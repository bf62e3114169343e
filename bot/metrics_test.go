package bot_test

import (
	"context"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/testutil/promlint"
	dto "github.com/prometheus/client_model/go"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// series gathers reg and returns its series by name and labels, written
// as name{label="value",...} in the labels' order, with the value of a
// counter or gauge, or a histogram's count of observations.
func series(t *testing.T, reg *prometheus.Registry) map[string]float64 {
	t.Helper()
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			var labels []string
			for _, l := range m.GetLabel() {
				labels = append(labels, l.GetName()+`="`+l.GetValue()+`"`)
			}
			name := mf.GetName()
			if len(labels) > 0 {
				name += "{" + strings.Join(labels, ",") + "}"
			}
			switch mf.GetType() {
			case dto.MetricType_COUNTER:
				out[name] = m.GetCounter().GetValue()
			case dto.MetricType_GAUGE:
				out[name] = m.GetGauge().GetValue()
			case dto.MetricType_HISTOGRAM:
				out[name] = float64(m.GetHistogram().GetSampleCount())
			}
		}
	}
	return out
}

// TestMetricsBeforeTraffic checks that every series a dashboard or an
// alert reads exists, at zero, before the first message, and that the
// exposition passes promlint.
func TestMetricsBeforeTraffic(t *testing.T) {
	reg := prometheus.NewRegistry()
	m := NewMetrics(reg, Build{Version: "v1.2.3", Commit: "abc123"})
	m.AddPlatform("slack")
	got := series(t, reg)
	var want []string
	for _, o := range []string{"answered", "unanswered", "command", "refused", "rate_limited", "error"} {
		for _, name := range []string{"briefbot_questions_total", "briefbot_answer_seconds", "briefbot_delivery_seconds"} {
			want = append(want, name+`{outcome="`+o+`",platform="slack"}`)
		}
	}
	want = append(want,
		`briefbot_reloads_total{result="ok"}`, `briefbot_reloads_total{result="failed"}`,
		`briefbot_platform_reconnects_total{platform="slack"}`,
		`briefbot_sends_total{platform="slack"}`, `briefbot_send_failures_total{platform="slack"}`,
		`briefbot_knowledge_documents`, `briefbot_knowledge_entries`)
	for _, o := range []string{"helpful", "unhelpful", "duplicate", "unknown", "error"} {
		want = append(want, `briefbot_feedback_total{outcome="`+o+`",platform="slack"}`)
	}
	for _, s := range want {
		if v, ok := got[s]; !ok || v != 0 {
			t.Errorf("%s = %v (present %v) before any traffic, want present at 0", s, v, ok)
		}
	}
	info := `briefbot_build_info{commit="abc123",goversion="` + runtime.Version() + `",version="v1.2.3"}`
	if got[info] != 1 {
		t.Errorf("%s = %v, want 1; series: %v", info, got[info], got)
	}

	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	problems, err := promlint.NewWithMetricFamilies(mfs).Lint()
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("promlint: %s: %s", p.Metric, p.Text)
	}
}

// TestBuildInfoFromBinary checks that a build left unnamed is labelled
// from the binary's build information, never with empty labels.
func TestBuildInfoFromBinary(t *testing.T) {
	reg := prometheus.NewRegistry()
	NewMetrics(reg, Build{})
	for name := range series(t, reg) {
		if !strings.HasPrefix(name, "briefbot_build_info{") {
			continue
		}
		if strings.Contains(name, `=""`) || !strings.Contains(name, `goversion="`+runtime.Version()+`"`) {
			t.Errorf("build info %s, want every label set and goversion %s", name, runtime.Version())
		}
		return
	}
	t.Errorf("no briefbot_build_info series")
}

// clock is a test's time, which moves only when told.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// slowPlatform takes a while to deliver each reply, as Slack's pacing or
// a 429's Retry-After make it.
type slowPlatform struct {
	bottest.Recorder
	clock *clock
	takes time.Duration
}

func (p *slowPlatform) Send(ctx context.Context, m *Message, r Reply) error {
	p.clock.advance(p.takes)
	return p.Recorder.Send(ctx, m, r)
}

func (p *slowPlatform) SendPrivate(ctx context.Context, m *Message, r Reply) error {
	return p.Send(ctx, m, r)
}

// TestAnswerAndDeliveryTimes checks that the time a platform takes to
// take a reply is counted as delivery, not as answering, under the
// message's outcome.
func TestAnswerAndDeliveryTimes(t *testing.T) {
	c := &clock{now: time.Unix(1700000000, 0)}
	reg := prometheus.NewRegistry()
	b := testBot(t, newKB(), func(o *Options) {
		o.Now = c.Now
		o.Metrics = NewMetrics(reg, Build{})
	})
	p := &slowPlatform{clock: c, takes: 45 * time.Second}
	if got := p.Ask(t, b.Inbox(p), slackMsg("U1", "C1", "port visits")); len(got) != 1 {
		t.Fatalf("the question got %d replies, want 1", len(got))
	}
	mfs, err := reg.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]float64{}
	for _, mf := range mfs {
		for _, m := range mf.GetMetric() {
			if h := m.GetHistogram(); h != nil && h.GetSampleCount() > 0 {
				var labels []string
				for _, l := range m.GetLabel() {
					labels = append(labels, l.GetValue())
				}
				sums[mf.GetName()+" "+strings.Join(labels, " ")] = h.GetSampleSum()
			}
		}
	}
	want := map[string]float64{
		"briefbot_answer_seconds answered slack":   0,
		"briefbot_delivery_seconds answered slack": 45,
	}
	if diff := cmp.Diff(want, sums); diff != "" {
		t.Errorf("observed seconds (-want +got):\n%s", diff)
	}
}
