package bot

import (
	"testing"
	"time"
)

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		noun string
		want string
	}{
		{1, "document", "1 document"},
		{2, "document", "2 documents"},
		{0, "problem", "0 problems"},
		{1, "entry", "1 entry"},
		{3, "entry", "3 entries"},
		{2, "day", "2 days"},
		{2, "match", "2 matches"},
	}
	for _, tt := range tests {
		if got := Count(tt.n, tt.noun); got != tt.want {
			t.Errorf("Count(%d, %q) = %q, want %q", tt.n, tt.noun, got, tt.want)
		}
	}
}

func TestDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{300 * time.Microsecond, "less than a millisecond"},
		{12*time.Millisecond + 400*time.Microsecond, "12ms"},
		{4930 * time.Millisecond, "4.9 seconds"},
		{time.Second, "1 second"},
		{9960 * time.Millisecond, "10 seconds"},
		{59600 * time.Millisecond, "1 minute"},
		{3*time.Minute + 5*time.Second, "3 minutes 5 seconds"},
		{2 * time.Hour, "2 hours"},
		{2*time.Hour + 3*time.Minute + 40*time.Second, "2 hours 4 minutes"},
		{49*time.Hour + 10*time.Minute, "2 days 1 hour"},
	}
	for _, tt := range tests {
		if got := duration(tt.d); got != tt.want {
			t.Errorf("duration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}

func TestAgo(t *testing.T) {
	now := time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC)
	tests := []struct {
		before time.Duration
		want   string
	}{
		{0, "just now"},
		{4930 * time.Millisecond, "5 seconds ago"},
		{59600 * time.Millisecond, "1 minute ago"},
		{time.Minute, "1 minute ago"},
		{3*time.Hour + 20*time.Minute, "3 hours ago"},
		{23*time.Hour + 50*time.Minute, "1 day ago"},
		{50 * time.Hour, "2 days ago"},
	}
	for _, tt := range tests {
		if got := ago(now, now.Add(-tt.before)); got != tt.want {
			t.Errorf("ago(%v before) = %q, want %q", tt.before, got, tt.want)
		}
	}
}
