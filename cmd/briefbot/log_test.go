package main

import (
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/config"
)

// TestLogDurations checks that durations are logged as seconds, under
// their key with "_s" added, in text and JSON alike.
func TestLogDurations(t *testing.T) {
	tests := []struct {
		format config.LogFormat
		want   string
	}{
		{config.FormatJSON, `"latency_s":0.0021`},
		{config.FormatText, `latency_s=0.0021`},
	}
	for _, tt := range tests {
		t.Run(string(tt.format), func(t *testing.T) {
			var b strings.Builder
			log := newLogger(config.Log{Level: slog.LevelInfo, Format: tt.format}, &b)
			log.Info("message handled", "latency", 2100*time.Microsecond)
			if !strings.Contains(b.String(), tt.want) {
				t.Errorf("logged %q, want it to contain %s", b.String(), tt.want)
			}
		})
	}
}
