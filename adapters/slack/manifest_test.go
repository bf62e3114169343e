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
			URL          string `yaml:"url"`
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
			RequestURL string   `yaml:"request_url"`
			BotEvents  []string `yaml:"bot_events"`
		} `yaml:"event_subscriptions"`
		Interactivity struct {
			IsEnabled  bool   `yaml:"is_enabled"`
			RequestURL string `yaml:"request_url"`
		} `yaml:"interactivity"`
		SocketModeEnabled bool `yaml:"socket_mode_enabled"`
	} `yaml:"settings"`
}

// readManifest reads one of the adapter's manifests.
func readManifest(t *testing.T, path string) manifest {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var m manifest
	if err := yaml.Unmarshal(data, &m); err != nil {
		t.Fatalf("%s does not parse: %v", path, err)
	}
	return m
}

// TestManifests checks that both manifests ask for exactly what the
// adapter handles, that the HTTP-mode one gives Slack the endpoints'
// URLs and turns socket mode off, and that they differ in nothing else.
func TestManifests(t *testing.T) {
	socket := readManifest(t, "manifest.yaml")
	checkManifest(t, "manifest.yaml", socket)
	if !socket.Settings.SocketModeEnabled {
		t.Errorf("manifest.yaml: socket_mode_enabled = false, want true: socket mode is the default")
	}
	if u := socket.Settings.EventSubscriptions.RequestURL + socket.Settings.Interactivity.RequestURL; u != "" {
		t.Errorf("manifest.yaml has request URLs (%s), which socket mode does without", u)
	}

	h := readManifest(t, "manifest-http.yaml")
	checkManifest(t, "manifest-http.yaml", h)
	if h.Settings.SocketModeEnabled {
		t.Errorf("manifest-http.yaml: socket_mode_enabled = true, want false")
	}
	for _, u := range []struct{ key, got, path string }{
		{"settings.event_subscriptions.request_url", h.Settings.EventSubscriptions.RequestURL, eventsPath},
		{"features.slash_commands[0].url", h.Features.SlashCommands[0].URL, commandsPath},
		{"settings.interactivity.request_url", h.Settings.Interactivity.RequestURL, interactionsPath},
	} {
		if want := "https://YOUR-HOST" + u.path; u.got != want {
			t.Errorf("manifest-http.yaml: %s = %q, want %q", u.key, u.got, want)
		}
	}
	// Apart from the URLs and socket mode, the two are one app.
	h.Settings.SocketModeEnabled = true
	h.Settings.EventSubscriptions.RequestURL, h.Settings.Interactivity.RequestURL = "", ""
	h.Features.SlashCommands[0].URL = ""
	if diff := cmp.Diff(socket, h); diff != "" {
		t.Errorf("manifest.yaml and manifest-http.yaml differ beyond the URLs and socket mode (-socket +http):\n%s", diff)
	}
}

// checkManifest checks that m asks for exactly what the adapter
// handles: its events, its slash command, the button's interactivity,
// and the scopes those need.
func checkManifest(t *testing.T, path string, m manifest) {
	t.Helper()
	if got := slices.Sorted(slices.Values(m.Settings.EventSubscriptions.BotEvents)); !cmp.Equal(got, botEvents) {
		t.Errorf("%s: bot events = %q, want %q, the events the adapter handles", path, got, botEvents)
	}
	var commands []string
	for _, c := range m.Features.SlashCommands {
		commands = append(commands, c.Command)
		if c.Description == "" {
			t.Errorf("%s: slash command %s has no description", path, c.Command)
		}
	}
	if want := []string{command}; !cmp.Equal(commands, want) {
		t.Fatalf("%s: slash commands = %q, want %q", path, commands, want)
	}
	// app_mention needs app_mentions:read; message.channels,
	// message.groups, message.im and message.mpim need channels:,
	// groups:, im: and mpim:history; answering needs chat:write, the
	// slash command commands.
	wantScopes := []string{"app_mentions:read", "channels:history", "chat:write", "commands", "groups:history", "im:history", "mpim:history"}
	if got := slices.Sorted(slices.Values(m.OAuthConfig.Scopes.Bot)); !cmp.Equal(got, wantScopes) {
		t.Errorf("%s: bot scopes = %q, want exactly %q", path, got, wantScopes)
	}
	if len(m.OAuthConfig.Scopes.User) != 0 {
		t.Errorf("%s: user scopes = %q, want none", path, m.OAuthConfig.Scopes.User)
	}
	if !m.Settings.Interactivity.IsEnabled {
		t.Errorf("%s: interactivity is off, want on for the Share in channel button", path)
	}
	if !m.Features.AppHome.MessagesTabEnabled || m.Features.AppHome.MessagesTabReadOnlyEnabled {
		t.Errorf("%s: app home messages tab enabled %v, read-only %v; want people to be able to message the bot", path,
			m.Features.AppHome.MessagesTabEnabled, m.Features.AppHome.MessagesTabReadOnlyEnabled)
	}
	if m.Features.BotUser.DisplayName == "" {
		t.Errorf("%s: bot_user.display_name is empty", path)
	}
}
