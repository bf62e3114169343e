package bot

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus metrics of a running bot and its adapters.
// A nil *Metrics records nothing, so tests and tools can leave it out.
type Metrics struct {
	questions  *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	reloads    *prometheus.CounterVec
	documents  prometheus.Gauge
	entries    prometheus.Gauge
	reconnects *prometheus.CounterVec
	sends      *prometheus.CounterVec
	sendErrors *prometheus.CounterVec
}

// NewMetrics creates the metrics and registers them with reg.
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_questions_total",
			Help: "Messages handled, by platform and outcome (answered, unanswered, refused, rate_limited, command, error).",
		}, []string{"platform", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefbot_answer_seconds",
			Help:    "Time from receiving a message to having its reply, by platform.",
			Buckets: []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1},
		}, []string{"platform"}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_reloads_total",
			Help: "Knowledge base reloads, by result (ok, failed).",
		}, []string{"result"}),
		documents: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_knowledge_documents",
			Help: "Documents in the knowledge base being served.",
		}),
		entries: prometheus.NewGauge(prometheus.GaugeOpts{
			Name: "briefbot_knowledge_entries",
			Help: "Entries (initiatives, rows, section texts) in the knowledge base being served.",
		}),
		reconnects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_platform_reconnects_total",
			Help: "Connections to a platform re-established after a drop, by platform.",
		}, []string{"platform"}),
		sends: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_sends_total",
			Help: "Messages sent to a platform, by platform.",
		}, []string{"platform"}),
		sendErrors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_send_failures_total",
			Help: "Messages a platform did not accept, by platform.",
		}, []string{"platform"}),
	}
	reg.MustRegister(m.questions, m.latency, m.reloads, m.documents, m.entries,
		m.reconnects, m.sends, m.sendErrors)
	return m
}

// Reconnected records that an adapter re-established its connection.
func (m *Metrics) Reconnected(platform string) {
	if m == nil {
		return
	}
	m.reconnects.WithLabelValues(platform).Inc()
}

// Sent records one outbound message and whether the platform accepted it.
func (m *Metrics) Sent(platform string, err error) {
	if m == nil {
		return
	}
	m.sends.WithLabelValues(platform).Inc()
	if err != nil {
		m.sendErrors.WithLabelValues(platform).Inc()
	}
}

// handled records one handled message with its outcome and latency.
func (m *Metrics) handled(platform, outcome string, d time.Duration) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(platform, outcome).Inc()
	m.latency.WithLabelValues(platform).Observe(d.Seconds())
}

// reloaded records a reload's result and the size of the base now served.
func (m *Metrics) reloaded(ok bool, documents, entries int) {
	if m == nil {
		return
	}
	result := "ok"
	if !ok {
		result = "failed"
	}
	m.reloads.WithLabelValues(result).Inc()
	m.serving(documents, entries)
}

// serving sets the knowledge gauges to the base being served.
func (m *Metrics) serving(documents, entries int) {
	if m == nil {
		return
	}
	m.documents.Set(float64(documents))
	m.entries.Set(float64(entries))
}
