package discord

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/config"
)

// TestNew checks that New takes what the config validated: the token
// goes to Discord with "Bot " in front, the shards and intents as set.
func TestNew(t *testing.T) {
	c := config.Default().Discord
	c.BotToken, c.ApplicationID, c.PublicKey = "s3cret-t0ken", "1", newSigner().publicKey()
	c.ShardID, c.ShardCount, c.MessageContent = 1, 3, true
	a, err := New(c, Options{})
	if err != nil {
		t.Fatalf("New() = %v", err)
	}
	s := a.session
	if s.Token != "Bot s3cret-t0ken" || s.ShardID != 1 || s.ShardCount != 3 || s.Identify.Intents&discordgo.IntentsMessageContent == 0 || len(a.publicKey) != 32 {
		t.Errorf("New() session: token %q, shard %d of %d, intents %b, key %d bytes", s.Token, s.ShardID, s.ShardCount, s.Identify.Intents, len(a.publicKey))
	}
}

func TestRunOnce(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a := httpAdapter(t, f, newSigner(), config.Discord{}, Options{})
	start(t, a, newInbox(noReply))
	if err := a.Run(context.Background(), newInbox(noReply)); err == nil {
		t.Error("a second Run() = nil, want an error")
	}
}

func TestRunRegistrationFails(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	f.Fail("applications/", http.StatusForbidden)
	a := httpAdapter(t, f, newSigner(), config.Discord{}, Options{})
	err := a.Run(context.Background(), newInbox(noReply))
	if err == nil || !strings.Contains(err.Error(), "register slash commands") {
		t.Errorf("Run() = %v, want an error about registering the commands", err)
	}
	if a.Connected() {
		t.Error("Connected() after a failed Run = true")
	}
}

func TestRewrite(t *testing.T) {
	tests := []struct {
		api, in, want string
	}{
		{"http://127.0.0.1:8080/api/v9/", "https://discord.com/api/v9/channels/1/messages", "http://127.0.0.1:8080/api/v9/channels/1/messages"},
		{"https://proxy.example/discord/", "https://discord.com/api/v9/webhooks/app/tok/messages/@original", "https://proxy.example/discord/webhooks/app/tok/messages/@original"},
		{"https://proxy.example/discord/", "https://discord.com/api/v9/webhooks/app/tok?wait=true", "https://proxy.example/discord/webhooks/app/tok?wait=true"},
		{"https://proxy.example/discord/", "https://discord.com/api/v9/gateway", "https://proxy.example/discord/gateway"},
		{"https://proxy.example/discord/", "https://cdn.discordapp.com/avatars/1/2.png", "https://cdn.discordapp.com/avatars/1/2.png"},
		{discordgo.EndpointAPI, "https://discord.com/api/v9/users/@me", "https://discord.com/api/v9/users/@me"},
	}
	for _, tc := range tests {
		var got string
		api, err := url.Parse(tc.api)
		if err != nil {
			t.Fatal(err)
		}
		rt := rewrite{api: api, base: roundTripFunc(func(r *http.Request) (*http.Response, error) {
			got = r.URL.String()
			return &http.Response{StatusCode: 204, Body: io.NopCloser(strings.NewReader("")), Request: r}, nil
		})}
		req, err := http.NewRequest(http.MethodGet, tc.in, nil)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := rt.RoundTrip(req); err != nil {
			t.Fatalf("RoundTrip(%s) = %v", tc.in, err)
		}
		if got != tc.want {
			t.Errorf("RoundTrip(%s) with api_url %s went to %s, want %s", tc.in, tc.api, got, tc.want)
		}
		if req.URL.String() != tc.in {
			t.Errorf("RoundTrip(%s) changed the caller's request to %s", tc.in, req.URL)
		}
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }
