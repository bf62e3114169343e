package main

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// brokenOutput fails every write, as a full disk or a closed pipe does.
type brokenOutput struct{}

func (brokenOutput) Write([]byte) (int, error) { return 0, errors.New("no space left on device") }

// TestOutputErrors checks that a command whose output cannot be written
// fails: a JSON stream cut short must not exit 0 as if it were complete.
func TestOutputErrors(t *testing.T) {
	tests := []struct {
		args  []string
		stdin string
		want  string // in standard error
	}{
		{[]string{"ask", "--json", "data sharing"}, "", "briefbot ask: writing the answers: no space left on device"},
		{[]string{"ask", "--json"}, "data sharing\nmaritime law\n", "briefbot ask: writing the answers: no space left on device"},
		{[]string{"ask", "data sharing"}, "", "briefbot ask: writing the answers: no space left on device"},
		{[]string{"check"}, "", "briefbot check: writing the report: no space left on device"},
		{[]string{"help"}, "", "briefbot: no space left on device"},
		{[]string{"ask", "--help"}, "", "briefbot ask: no space left on device"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			var stderr strings.Builder
			e := &env{stdin: strings.NewReader(tt.stdin), stdout: brokenOutput{}, stderr: &stderr,
				getenv: func(string) string { return "" }}
			if code := e.main(context.Background(), tt.args); code != 1 || !strings.Contains(stderr.String(), tt.want) {
				t.Errorf("briefbot %q with a broken output: exit %d, stderr %q; want exit 1 and %q", tt.args, code, stderr.String(), tt.want)
			}
		})
	}
}
