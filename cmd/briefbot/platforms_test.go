package main

import (
	"log/slog"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
)

// TestPlatforms checks the platform table: each platform is named as its
// section of the config file, opens nothing when the config does not
// enable it, and gives the bot its people's policy either way.
func TestPlatforms(t *testing.T) {
	sections := map[string]bool{}
	typ := reflect.TypeFor[config.Config]()
	for i := range typ.NumField() {
		name, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ",")
		sections[name] = true
	}
	cfg := config.Default()
	cfg.Slack.Admins = []string{"U1"}
	cfg.Discord.Channels = map[string]knowledge.Audience{"1": knowledge.Internal}
	policies := map[string]bot.Policy{}
	got, err := openPlatforms(cfg, slog.New(slog.DiscardHandler), nil, policies)
	if err != nil || len(got) != 0 {
		t.Fatalf("openPlatforms(defaults) = %v, %v, want no platform", got, err)
	}
	want := map[string]bot.Policy{
		console.Platform: {Audience: knowledge.Internal, Everyone: true, Unlimited: true},
		"slack":          {Audience: knowledge.Internal, Admins: []string{"U1"}},
		"discord":        {Audience: knowledge.Public, Channels: map[string]knowledge.Audience{"1": knowledge.Internal}},
	}
	for name, policy := range want {
		if diff := cmp.Diff(policy, policies[name]); diff != "" {
			t.Errorf("policy of %s (-want +got):\n%s", name, diff)
		}
	}
	for _, p := range platforms {
		if !sections[p.name] {
			t.Errorf("platform %q has no section of that name in the config file", p.name)
		}
		if _, ok := policies[p.name]; !ok {
			t.Errorf("platform %q gave the bot no policy", p.name)
		}
	}
}
