package bot

import (
	"runtime"
	"runtime/debug"
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// Metrics are the Prometheus metrics of a running bot and its adapters.
// A nil *Metrics records nothing, so tests and tools can leave it out.
type Metrics struct {
	questions  *prometheus.CounterVec
	answer     *prometheus.HistogramVec
	delivery   *prometheus.HistogramVec
	reloads    *prometheus.CounterVec
	documents  prometheus.Gauge
	entries    prometheus.Gauge
	reconnects *prometheus.CounterVec
	sends      *prometheus.CounterVec
	sendErrors *prometheus.CounterVec
	feedback   *prometheus.CounterVec
	stateErrs  *prometheus.CounterVec
}

// Build identifies the running binary, for briefbot_build_info.
type Build struct {
	Version   string // a release such as v1.2.0, or "(devel)"
	Commit    string // the VCS revision it was built from
	GoVersion string // the Go release that built it, such as go1.27.3
}

// answerBuckets reach from the sub-millisecond answers of a typical
// question past the three seconds Slack and Discord wait for an
// acknowledgement, for answers that include a reload.
var answerBuckets = []float64{.0001, .00025, .0005, .001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 3, 10, 30}

// deliveryBuckets reach past every window a platform retries or gives up
// in: 3 s (Slack's and Discord's acknowledgement), 60 s (the Retry-After
// Slack's rate limit asks for by default), 300 s (Slack's last retry of an
// event) and 900 s (the life of a Discord interaction's token).
var deliveryBuckets = []float64{.01, .025, .05, .1, .25, .5, 1, 2, 3, 5, 10, 30, 60, 120, 300, 900}

// NewMetrics creates the metrics and registers them with reg, with
// briefbot_build_info labelled by build. Fields of build left empty are
// read from the binary's own build information.
func NewMetrics(reg prometheus.Registerer, build Build) *Metrics {
	m := &Metrics{
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_questions_total",
			Help: "Messages handled, by platform and outcome (answered, unanswered, command, refused, rate_limited, error).",
		}, []string{"platform", "outcome"}),
		answer: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefbot_answer_seconds",
			Help:    "Time to work out the replies to a message, sending left out, by platform and outcome.",
			Buckets: answerBuckets,
		}, []string{"platform", "outcome"}),
		delivery: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "briefbot_delivery_seconds",
			Help:    "Time spent delivering the replies to a message (pacing and the platform's retries included), by platform and outcome.",
			Buckets: deliveryBuckets,
		}, []string{"platform", "outcome"}),
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
		feedback: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_feedback_total",
			Help: "Presses of answers' feedback controls, by platform and outcome (helpful, unhelpful, duplicate, unknown, error).",
		}, []string{"platform", "outcome"}),
		stateErrs: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_state_errors_total",
			Help: "Operations on the shared state store (Redis) that failed or were skipped while it was down, answered from the replica's own memory instead, by operation.",
		}, []string{"op"}),
	}
	build = build.complete()
	info := prometheus.NewGauge(prometheus.GaugeOpts{
		Name:        "briefbot_build_info",
		Help:        "Always 1, labelled with the version, commit and Go release of the running binary.",
		ConstLabels: prometheus.Labels{"version": build.Version, "commit": build.Commit, "goversion": build.GoVersion},
	})
	info.Set(1)
	reg.MustRegister(m.questions, m.answer, m.delivery, m.reloads, m.documents, m.entries,
		m.reconnects, m.sends, m.sendErrors, m.feedback, m.stateErrs, info)
	for _, r := range []string{reloadOK, reloadFailed} {
		m.reloads.WithLabelValues(r)
	}
	return m
}

// complete fills the empty fields of b from the binary's build
// information: the main module's version, the VCS revision the go command
// stamped, and the Go release.
func (b Build) complete() Build {
	unknown := "unknown"
	if info, ok := debug.ReadBuildInfo(); ok {
		if b.Version == "" {
			b.Version = info.Main.Version
		}
		for _, s := range info.Settings {
			if s.Key == "vcs.revision" && b.Commit == "" {
				b.Commit = s.Value
			}
		}
	}
	if b.Version == "" {
		b.Version = unknown
	}
	if b.Commit == "" {
		b.Commit = unknown
	}
	if b.GoVersion == "" {
		b.GoVersion = runtime.Version()
	}
	return b
}

// AddPlatform creates the series of a platform the bot serves, at zero,
// so that dashboards and alerts see them before the first message.
func (m *Metrics) AddPlatform(platform string) {
	if m == nil {
		return
	}
	for _, o := range outcomes {
		m.questions.WithLabelValues(platform, o)
		m.answer.WithLabelValues(platform, o)
		m.delivery.WithLabelValues(platform, o)
	}
	for _, o := range feedbackOutcomes {
		m.feedback.WithLabelValues(platform, o)
	}
	m.reconnects.WithLabelValues(platform)
	m.sends.WithLabelValues(platform)
	m.sendErrors.WithLabelValues(platform)
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

// handled records one handled message with its outcome, how long
// answering it took and, when replies were sent, how long delivering
// them took.
func (m *Metrics) handled(platform, outcome string, answer, delivery time.Duration, delivered bool) {
	if m == nil {
		return
	}
	m.questions.WithLabelValues(platform, outcome).Inc()
	m.answer.WithLabelValues(platform, outcome).Observe(answer.Seconds())
	if delivered {
		m.delivery.WithLabelValues(platform, outcome).Observe(delivery.Seconds())
	}
}

// The results of a reload, as briefbot_reloads_total labels them.
const (
	reloadOK     = "ok"
	reloadFailed = "failed"
)

// reloaded records a reload's result and the size of the base now served.
func (m *Metrics) reloaded(ok bool, documents, entries int) {
	if m == nil {
		return
	}
	result := reloadOK
	if !ok {
		result = reloadFailed
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

// rated records one press of a feedback control and its outcome.
func (m *Metrics) rated(platform, outcome string) {
	if m == nil {
		return
	}
	m.feedback.WithLabelValues(platform, outcome).Inc()
}

// stateOps are the operations on the shared state store, as
// briefbot_state_errors_total labels them.
var stateOps = []string{"claim", "save_conversation", "conversation", "allow", "add_miss", "top_misses",
	"add_reload", "reloads", "report", "replicas", "publish_reload", "misses_since", "mark", "marked", "remember", "rate", "feedback_report"}

// stateError records an operation on the shared state store that failed.
func (m *Metrics) stateError(op string) {
	if m == nil {
		return
	}
	m.stateErrs.WithLabelValues(op).Inc()
}

// AddStateOps creates the series of briefbot_state_errors_total at zero,
// for a bot that shares its state, so that alerts see them before the
// first error.
func (m *Metrics) AddStateOps() {
	if m == nil {
		return
	}
	for _, op := range stateOps {
		m.stateErrs.WithLabelValues(op)
	}
}
