package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// health mounts /healthz (the process is alive), /readyz (the knowledge
// base is loaded and every platform connected) and /metrics. With git,
// /readyz's body also says which commit is served and whether the last
// fetch worked: a bot serving its cached commit is ready, and says why.
func health(mux *http.ServeMux, b *bot.Bot, platforms []running, reg *prometheus.Registry, git *gitsource.Source, l limits) {
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		// The bot answers without its state store: it is alive, and a
		// restart would not bring Redis back. The body says so.
		if degraded, since, err := b.StateDegraded(); degraded {
			answer(w, fmt.Sprintf("ok, degraded: the state store has failed since %s (%v); answering from this replica's memory\n",
				since.UTC().Format(time.RFC3339), err))
			return
		}
		answer(w, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		var down []string
		if base := b.Base(); base == nil || len(base.Docs) == 0 {
			down = append(down, "knowledge: nothing loaded")
		}
		for _, p := range platforms {
			if c, ok := p.adapter.(bot.Connector); ok && !c.Connected() {
				down = append(down, p.name+": disconnected")
			}
		}
		var status string
		if git != nil {
			status = "\nknowledge: " + git.Status()
		}
		if len(down) > 0 {
			http.Error(w, "not ready: "+strings.Join(down, "; ")+status, http.StatusServiceUnavailable)
			return
		}
		base := b.Base()
		answer(w, fmt.Sprintf("ready: knowledge %s, %d documents%s%s\n", base.Version, len(base.Docs), status, replicas(r.Context(), b)))
	})
	mux.Handle("GET /metrics", slowWrite(promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}), l.slowWrite))
}

// answer writes a health check's body. A prober that hung up needs no
// answer and has no one to tell, so the error is dropped.
func answer(w http.ResponseWriter, body string) {
	_, _ = io.WriteString(w, body)
}

// replicas says what each replica serves, for /readyz: nothing with one
// replica. A replica whose state store is down is still ready: it
// answers from its own memory.
func replicas(ctx context.Context, b *bot.Bot) string {
	list, err := b.Replicas(ctx)
	if len(list) <= 1 && err == nil {
		if _, shared := b.Cluster(); !shared {
			return ""
		}
	}
	var lines []string
	for _, r := range list {
		lines = append(lines, fmt.Sprintf("replica %s: knowledge %s since %s", r.ID, r.Version, r.Since.UTC().Format(time.RFC3339)))
	}
	if err != nil {
		lines = append(lines, fmt.Sprintf("other replicas: unknown (%v)", err))
	}
	return "\n" + strings.Join(lines, "\n")
}
