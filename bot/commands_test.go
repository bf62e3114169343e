package bot

import (
	"strings"
	"testing"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestCommandNames checks that every command in the registry is reached
// by its name, in any case and with a question mark, and that a command
// that stands alone is not reached by a longer message.
func TestCommandNames(t *testing.T) {
	b := New(knowledge.Embedded(), nil, Options{Bot: config.Default().Bot})
	for _, c := range Commands() {
		t.Run(c.Name, func(t *testing.T) {
			if c.Name == "" || c.Help == "" || c.run == nil {
				t.Fatalf("command %+v lacks a name, help or handler", c)
			}
			for _, text := range []string{c.Name, strings.ToUpper(c.Name) + "?"} {
				got, args, ok := b.command(text)
				if !ok || got.Name != c.Name || args != "" {
					t.Errorf("command(%q) = %v, %q, %v, want %s", text, got, args, ok, c.Name)
				}
			}
			got, args, ok := b.command(c.Name + " on trade")
			switch {
			case c.Alone && ok && got.Name == c.Name:
				t.Errorf("command(%q) = %s, want a question: %s stands alone", c.Name+" on trade", got.Name, c.Name)
			case !c.Alone && (!ok || got.Name != c.Name || args != "on trade"):
				t.Errorf("command(%q) = %v, %q, %v, want %s with arguments", c.Name+" on trade", got, args, ok, c.Name)
			}
		})
	}
}

// TestCommandOfSeveralWords checks that the longest name that starts a
// message wins, so "reload anyway" is a command beside "reload"; that
// apostrophes do not matter ("whats new"); and that a numbered command
// takes a number but no other words.
func TestCommandOfSeveralWords(t *testing.T) {
	b := New(knowledge.Embedded(), nil, Options{Bot: config.Default().Bot})
	b.commands = append(b.commands, Command{Name: "news since", Arg: "day"})
	tests := []struct {
		text, want, args string
	}{
		{"reload", "reload", ""},
		{"reload anyway", "reload anyway", ""},
		{"Reload Anyway!", "reload anyway", ""},
		{"reload anyway please", "", ""},
		{"what's new?", "what's new", ""},
		{"What’s new?", "what's new", ""},
		{"whats new", "what's new", ""},
		{"what's new in trade", "", ""},
		{"what's", "", ""},
		{"news since monday", "news since", "monday"},
		{"source", "source", ""},
		{"source 2", "source", "2"},
		{"Source 2?", "source", "2"},
		{"source of funds", "", ""},
		{"source 2 3", "", ""},
		{"more 2", "", ""},
	}
	for _, tt := range tests {
		c, args, ok := b.command(tt.text)
		name := ""
		if ok {
			name = c.Name
		}
		if name != tt.want || args != tt.args {
			t.Errorf("command(%q) = %q, %q, want %q, %q", tt.text, name, args, tt.want, tt.args)
		}
	}
}
