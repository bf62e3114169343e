package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"

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
		answer(w, fmt.Sprintf("ready: knowledge %s, %d documents%s\n", base.Version, len(base.Docs), status))
	})
	mux.Handle("GET /metrics", slowWrite(promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}), l.slowWrite))
}

// answer writes a health check's body. A prober that hung up needs no
// answer and has no one to tell, so the error is dropped.
func answer(w http.ResponseWriter, body string) {
	_, _ = io.WriteString(w, body)
}
