package knowledge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSameUndoubled(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"morroco", "morocco", true},
		{"accomodate", "acommodate", true},
		{"carribean", "caribbean", true},
		{"morocco", "morocco", false}, // the same word is no slip
		{"moroco", "morocco", false},  // one letter short: an edit of its own
		{"marocco", "morocco", false},
		{"ballot", "bullet", false},
	}
	for _, tt := range tests {
		t.Run(tt.a+"/"+tt.b, func(t *testing.T) {
			if got := sameUndoubled(tt.a, tt.b); got != tt.want {
				t.Errorf("sameUndoubled(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestOneSlip(t *testing.T) {
	tests := []struct {
		typed, word string
		want        bool
	}{
		{"hlep", "help", true},
		{"thems", "themes", true},
		{"sourcse", "sources", true},
		{"help", "help", true},
		{"hello", "help", false},
		{"stauts", "status", true},
		{"", "help", false},
	}
	for _, tt := range tests {
		if got := OneSlip(tt.typed, tt.word); got != tt.want {
			t.Errorf("OneSlip(%q, %q) = %v, want %v", tt.typed, tt.word, got, tt.want)
		}
	}
}

func TestSoundAlike(t *testing.T) {
	tests := []struct {
		word string
		want []string
	}{
		{"elefant", []string{"elephant"}},
		{"photografy", []string{"photography", "fotografy"}},
		{"monkies", []string{"monkeys"}},
		{"ies", nil}, // no word before the ending
		{"tree", nil},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, soundAlike(tt.word)); diff != "" {
				t.Errorf("soundAlike(%q) (-want +got):\n%s", tt.word, diff)
			}
		})
	}
}
