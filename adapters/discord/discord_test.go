package discord

import (
	"context"
	"io"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
)

func TestNew(t *testing.T) {
	key := newSigner().publicKey()
	ok := Options{Token: "s3cret-t0ken", ApplicationID: "app", PublicKey: key}
	tests := []struct {
		name   string
		change func(o *Options)
		err    string // "" for none; else a part of the error
	}{
		{"valid", func(*Options) {}, ""},
		{"gateway without public key", func(o *Options) { o.PublicKey = ""; o.Gateway = true }, ""},
		{"api url without slash", func(o *Options) { o.APIURL = "http://127.0.0.1:9/api/v9" }, ""},
		{"no token", func(o *Options) { o.Token = " " }, "DISCORD_BOT_TOKEN"},
		{"no application", func(o *Options) { o.ApplicationID = "" }, "discord.application_id"},
		{"bad api url", func(o *Options) { o.APIURL = "discord.com/api" }, "discord.api_url"},
		{"api url not http", func(o *Options) { o.APIURL = "ftp://discord.com/api/" }, "discord.api_url"},
		{"public key not hex", func(o *Options) { o.PublicKey = "xyz" }, "discord.public_key"},
		{"public key too short", func(o *Options) { o.PublicKey = "abcd" }, "discord.public_key"},
		{"no public key without gateway", func(o *Options) { o.PublicKey = "" }, "discord.public_key"},
		{"shard beyond count", func(o *Options) { o.ShardID, o.ShardCount = 2, 2 }, "discord.shard_id"},
		{"negative shard", func(o *Options) { o.ShardID = -1 }, "discord.shard_id"},
		{"negative count", func(o *Options) { o.ShardCount = -1 }, "discord.shard_id"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			o := ok
			tc.change(&o)
			_, err := New(o)
			switch {
			case tc.err == "" && err != nil:
				t.Errorf("New() = %v, want no error", err)
			case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
				t.Errorf("New() = %v, want an error naming %s", err, tc.err)
			case err != nil && strings.TrimSpace(o.Token) != "" && strings.Contains(err.Error(), o.Token):
				t.Errorf("New() = %v, which shows the token", err)
			}
		})
	}
}

func TestRunOnce(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	a := httpAdapter(t, f, newSigner(), Options{})
	start(t, a, newInbox(noReply))
	if err := a.Run(context.Background(), newInbox(noReply)); err == nil {
		t.Error("a second Run() = nil, want an error")
	}
}

func TestRunRegistrationFails(t *testing.T) {
	t.Parallel()
	f := discordtest.NewServer(t)
	f.Fail("applications/", http.StatusForbidden)
	a := httpAdapter(t, f, newSigner(), Options{})
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
		{DefaultAPIURL, "https://discord.com/api/v9/users/@me", "https://discord.com/api/v9/users/@me"},
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
