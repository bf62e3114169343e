package slack

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// manifest is the part of a Slack app manifest the adapter depends on.
type manifest struct {
	Features struct {
		AppHome struct {
			MessagesTabEnabled         bool `yaml:"messages_tab_enabled"`
			MessagesTabReadOnlyEnabled bool `yaml:"messages_tab_read_only_enabled"`
		} `yaml:"app_home"`
		BotUser struct {
			DisplayName string `yaml:"display_name"`
		} `yaml:"bot_user"`
		SlashCommands []struct {
			Command      string `yaml:"command"`
			Description  string `yaml:"description"`
			ShouldEscape bool   `yaml:"should_escape"`
		} `yaml:"slash_commands"`
	} `yaml:"features"`
	OAuthConfig struct {
		Scopes struct {
			Bot  []string `yaml:"bot"`
			User []string `yaml:"user"`
		} `yaml:"scopes"`
	} `yaml:"oauth_config"`
	Settings struct {
		EventSubscriptions struct {
			BotEvents []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled bool `yaml:"is_enabled"`
		} `yaml:"interactivity"`
		SocketModeEnabled bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// TestManifest checks that manifest.yaml asks for exactly what the
// adapter handles: its events, its slash command, the button's
// interactivity, and the scopes those need.
func TestManifest(t *testing.T) {
	data, err := os.ReadFile("manifest.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("manifest.yaml does not parse: %v", err)
	}

	if got := slices.Sorted(slices.Values(m.Settings.EventSubscriptions.BotEvents)); !cmp.Equal(got, botEvents) {
		t.Errorf("bot events = %q, want %q, the events the adapter handles", got, botEvents)
	}
	var commands []string
	for _, c := range m.Features.SlashCommands {
		commands = append(commands, c.Command)
		if c.Description == "" {
			t.Errorf("slash command %s has no description", c.Command)
		}
	}
	if want := []string{command}; !cmp.Equal(commands, want) {
		t.Errorf("slash commands = %q, want %q", commands, want)
	}
	// app_mention needs app_mentions:read, message.channels
	// channels:history, message.im im:history; answering needs
	// chat:write, the slash command commands.
	wantScopes := []string{"app_mentions:read", "channels:history", "chat:write", "commands", "im:history"}
	if got := slices.Sorted(slices.Values(m.OAuthConfig.Scopes.Bot)); !cmp.Equal(got, wantScopes) {
		t.Errorf("bot scopes = %q, want exactly %q", got, wantScopes)
	}
	if len(m.OAuthConfig.Scopes.User) != 0 {
		t.Errorf("user scopes = %q, want none", m.OAuthConfig.Scopes.User)
	}
	if !m.Settings.SocketModeEnabled {
		t.Errorf("socket_mode_enabled = false, want true: socket mode is the default")
	}
	if !m.Settings.Interactivity.IsEnabled {
		t.Errorf("interactivity is off, want on for the Share in channel button")
	}
	if !m.Features.AppHome.MessagesTabEnabled || m.Features.AppHome.MessagesTabReadOnlyEnabled {
		t.Errorf("app home messages tab enabled %v, read-only %v; want people to be able to message the bot",
			m.Features.AppHome.MessagesTabEnabled, m.Features.AppHome.MessagesTabReadOnlyEnabled)
	}
	if m.Features.BotUser.DisplayName == "" {
		t.Errorf("bot_user.display_name is empty")
	}
}
