package knowledge

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParentheticals(t *testing.T) {
	tests := []struct {
		s    string
		want map[string][]string // acronym: its long form
	}{
		{"The Maritime Domain Awareness (MDA) programme", map[string][]string{"MDA": {"maritime", "domain", "awareness"}}},
		{"met the Ministry of Health (MoH) in Accra", map[string][]string{"MoH": {"ministry", "of", "health"}}},
		{"the African Continental Free Trade Area (AfCFTA)", map[string][]string{"AfCFTA": {"african", "continental", "free", "trade", "area"}}},
		{"The Direction des ressources marines (DRM) of French Polynesia", map[string][]string{"DRM": {"direction", "des", "ressources", "marines"}}},
		{"advice from a consultancy (McKinsey)", nil}, // spells nothing before it
		{"a fee (Ltd)", nil},
	}
	for _, tt := range tests {
		var got map[string][]string
		parentheticals(tt.s, func(short string, long []string) {
			if got == nil {
				got = map[string][]string{}
			}
			got[short] = long
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("parentheticals(%q) (-want +got):\n%s", tt.s, diff)
		}
	}
}
