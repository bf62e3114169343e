package main

import (
	"bytes"
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot/bottest"
)

// The signing secrets of the feedback test's Slack and Discord.
const e2eSigningSecret = "e2e-slack-signing-secret"

var e2eDiscordKey = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{5}, ed25519.SeedSize))

// TestFeedbackAcrossRestart runs `briefbot run` with Slack in HTTP mode
// and Discord's interactions endpoint, every request signed as the
// platforms sign them: people press the feedback buttons of answers, the
// admins read `feedback` (each audience its own), and after a restart on
// the same state directory `feedback` and `misses` report the same and
// a second press by the same person is already noted.
func TestFeedbackAcrossRestart(t *testing.T) {
	t.Parallel() // runs binaries and waits on them: overlap with the other end-to-end tests
	slack := slacktest.NewServer(t)
	discord := discordtest.NewServer(t)
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	state := t.TempDir()
	config := writeFeedbackConfig(t, kb, state, slack, discord)
	env := "SLACK_SIGNING_SECRET=" + e2eSigningSecret
	p := start(t, config, env)
	waitReady(t, p)

	// On Slack: a question in a channel, its answer's Not helpful button.
	answer := slackEvent(t, p, slack, slackUser, "100.1", "what coast guard training is planned?")
	value := slackButton(t, answer, "feedback_bad")
	thanks := slackPress(t, p, slack, slackUser, value, "press-1")
	checkCall(t, thanks, slacktest.Call{Method: "response_url", Channel: "press-1", ResponseType: "ephemeral", Text: "Thanks, noted"})
	slackEvent(t, p, slack, slackUser, "110.1", "where is the cafeteria?")

	// On Discord (public): /brief ask, its answer's Not helpful button.
	resp := discordInteraction(t, p, discordAsk("7001", "tok-7001", "port visits"))
	if resp.Data == nil || len(resp.Data.CustomIDs()) != 2 {
		t.Fatalf("the Discord answer = %+v, want it with two buttons", resp)
	}
	bad := resp.Data.CustomIDs()[1]
	resp = discordInteraction(t, p, discordtest.ButtonPress("7002", "tok-7002", bad, discordGuild, discordChannel, discordUser))
	if resp.Type != 4 || resp.Data == nil || resp.Data.Flags&64 == 0 || len(resp.Data.Embeds) == 0 || resp.Data.Embeds[0].Title != "Thanks, noted" {
		t.Errorf("the Discord press got %+v, want an ephemeral thanks", resp)
	}

	wantSlack := []string{
		"1× unhelpful: Coast Guard Training (maritime.txt · Maritime Security · line 3)",
		"asked as “what coast guard training is planned?” (1×)",
		"1× unhelpful: Port Visits (maritime.txt · Maritime Security · line 4)",
		"asked as “port visits” (1×)",
		"Counting since ",
	}
	slackFeedback := askSlackAdmin(t, p, slack, "200.1", "feedback")
	for _, want := range wantSlack {
		if !strings.Contains(slackFeedback.Text, want) {
			t.Errorf("feedback on Slack = %q, want it to contain %q", slackFeedback.Text, want)
		}
	}
	discordFeedback := discordAdminFeedback(t, p, "7003")
	if !strings.Contains(discordFeedback, "Port Visits") || strings.Contains(discordFeedback, "Coast Guard") {
		t.Errorf("feedback on Discord (public) = %q, want what was rated in public alone", discordFeedback)
	}
	for _, id := range []string{slackUser, discordUser} {
		if strings.Contains(slackFeedback.Text, id) || strings.Contains(discordFeedback, id) {
			t.Errorf("feedback shows the user ID %s", id)
		}
	}
	misses := askSlackAdmin(t, p, slack, "210.1", "misses")
	p.eventually(t, "the feedback metrics", func() bool {
		m := p.metrics(t)
		return m[`briefbot_feedback_total{outcome="unhelpful",platform="slack"}`] == 1 &&
			m[`briefbot_feedback_total{outcome="unhelpful",platform="discord"}`] == 1
	})
	stop(t, p)
	if _, err := os.Stat(filepath.Join(state, "state.json")); err != nil {
		t.Fatalf("no state file after SIGTERM: %v", err)
	}

	// The same bot again, on the same state directory.
	p = start(t, config, env)
	waitReady(t, p)
	if got := askSlackAdmin(t, p, slack, "300.1", "feedback"); withoutAges(got.Text) != withoutAges(slackFeedback.Text) {
		t.Errorf("feedback after a restart = %q, want %q", got.Text, slackFeedback.Text)
	}
	if got := askSlackAdmin(t, p, slack, "310.1", "misses"); withoutAges(got.Text) != withoutAges(misses.Text) || !strings.Contains(got.Text, "cafeteria") {
		t.Errorf("misses after a restart = %q, want %q", got.Text, misses.Text)
	}
	if got := discordAdminFeedback(t, p, "7004"); withoutAges(got) != withoutAges(discordFeedback) {
		t.Errorf("feedback on Discord after a restart = %q, want %q", got, discordFeedback)
	}
	again := slackPress(t, p, slack, slackUser, value, "press-2")
	checkCall(t, again, slacktest.Call{Method: "response_url", Channel: "press-2", ResponseType: "ephemeral", Text: "Already noted"})
	other := slackPress(t, p, slack, "U3", value, "press-3")
	checkCall(t, other, slacktest.Call{Method: "response_url", Channel: "press-3", ResponseType: "ephemeral", Text: "Thanks, noted"})
	if got := askSlackAdmin(t, p, slack, "320.1", "feedback"); !strings.Contains(got.Text, "2× unhelpful: Coast Guard Training") {
		t.Errorf("feedback = %q, want the press before and after the restart counted", got.Text)
	}
	stop(t, p)
}

// withoutAges is s without the "3 seconds ago" that differ from one
// reading to the next.
func withoutAges(s string) string { return agesRE.ReplaceAllString(s, "(some time ago)") }

var agesRE = regexp.MustCompile(`just now|\d+ (second|minute)s? ago`)

// writeFeedbackConfig writes a config serving kb, keeping state in
// state, with Slack in HTTP mode and Discord without the gateway.
func writeFeedbackConfig(t *testing.T, kb, state string, slack *slacktest.Server, discord *discordtest.Server) string {
	t.Helper()
	config := fmt.Sprintf(`knowledge:
  dir: %q
bot:
  rate_limit: {per_minute: 600, burst: 100}
state:
  dir: %q
http:
  listen: 127.0.0.1:0
log:
  format: json
slack:
  enabled: true
  mode: http
  api_url: %q
  admins: [%s]
discord:
  enabled: true
  gateway: false
  api_url: %q
  application_id: %q
  public_key: %q
  admins: [%q]
`, kb, state, slack.APIURL(), slackAdmin, discord.APIURL(), discordtest.ApplicationID,
		hex.EncodeToString(e2eDiscordKey.Public().(ed25519.PublicKey)), discordAdmin)
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func waitReady(t *testing.T, p *process) {
	t.Helper()
	p.eventually(t, "/readyz to say ready", func() bool {
		code, _ := p.get(t, "/readyz")
		return code == http.StatusOK
	})
}

// stop sends SIGTERM and waits for a clean exit.
func stop(t *testing.T, p *process) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(bottest.Patience):
		t.Fatal("briefbot did not exit after SIGTERM")
	}
	if p.err != nil {
		t.Fatalf("briefbot exited with %v after SIGTERM, want status 0", p.err)
	}
}

// post sends a signed request to briefbot's HTTP server and returns the
// status and body.
func (p *process) post(t *testing.T, path string, body []byte, h http.Header) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodPost, "http://"+p.addr+path, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header = h
	resp, err := (&http.Client{Timeout: bottest.Patience}).Do(req)
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		err = resp.Body.Close()
	}
	if err != nil {
		t.Fatalf("POST %s: %v", path, err)
	}
	return resp.StatusCode, b
}

// slackSigned is the headers Slack signs body with, now.
func slackSigned(body []byte) http.Header {
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	mac := hmac.New(sha256.New, []byte(e2eSigningSecret))
	mac.Write([]byte("v0:" + ts + ":"))
	mac.Write(body)
	h := http.Header{}
	h.Set("X-Slack-Request-Timestamp", ts)
	h.Set("X-Slack-Signature", "v0="+hex.EncodeToString(mac.Sum(nil)))
	return h
}

// slackEvent posts a signed app mention by user in a new thread ts and
// returns the first reply in the thread.
func slackEvent(t *testing.T, p *process, f *slacktest.Server, user, ts, text string) slacktest.Call {
	t.Helper()
	body, err := json.Marshal(slacktest.EventEnvelope("", "Ev"+ts, slackMention(user, ts, text))["payload"])
	if err != nil {
		t.Fatal(err)
	}
	h := slackSigned(body)
	h.Set("Content-Type", "application/json")
	if code, resp := p.post(t, "/slack/events", body, h); code != http.StatusOK {
		t.Fatalf("POST /slack/events = %d %s, want 200", code, resp)
	}
	var got slacktest.Call
	p.eventually(t, "the reply in thread "+ts, func() bool {
		for _, c := range f.Calls() {
			if c.ThreadTS == ts {
				got = c
				return true
			}
		}
		return false
	})
	return got
}

// askSlackAdmin asks the admin's command in a new thread ts and returns the
// private reply.
func askSlackAdmin(t *testing.T, p *process, f *slacktest.Server, ts, command string) slacktest.Call {
	t.Helper()
	got := slackEvent(t, p, f, slackAdmin, ts, command)
	if got.Method != "chat.postEphemeral" || got.User != slackAdmin {
		t.Errorf("%s: %s to %q, want an ephemeral reply to the admin", command, got.Method, got.User)
	}
	return got
}

// slackButton returns the value of the button actionID in a call.
func slackButton(t *testing.T, c slacktest.Call, actionID string) string {
	t.Helper()
	for _, b := range c.Blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			if m, ok := e.(map[string]any); ok && m["action_id"] == actionID {
				v, _ := m["value"].(string)
				return v
			}
		}
	}
	t.Fatalf("the answer %q has no button %s", c.Text, actionID)
	return ""
}

// slackPress posts a signed block_actions press of the Not helpful
// button carrying value by user, with a response_url for id, and returns
// what the bot posts there.
func slackPress(t *testing.T, p *process, f *slacktest.Server, user, value, id string) slacktest.Call {
	t.Helper()
	payload, err := json.Marshal(map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "name": "someone"},
		"channel":      map[string]any{"id": slackChannel},
		"container":    map[string]any{"type": "message", "channel_id": slackChannel, "message_ts": "100.2"},
		"response_url": f.ResponseURL(id),
		"actions": []any{map[string]any{"type": "button", "action_id": "feedback_bad", "block_id": "feedback", "value": value,
			"text": map[string]any{"type": "plain_text", "text": "Not helpful"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := []byte(url.Values{"payload": {string(payload)}}.Encode())
	h := slackSigned(body)
	h.Set("Content-Type", "application/x-www-form-urlencoded")
	if code, resp := p.post(t, "/slack/interactions", body, h); code != http.StatusOK {
		t.Fatalf("POST /slack/interactions = %d %s, want 200", code, resp)
	}
	var got slacktest.Call
	p.eventually(t, "the answer to the press "+id, func() bool {
		for _, c := range f.Calls() {
			if c.Method == "response_url" && c.Channel == id {
				got = c
				return true
			}
		}
		return false
	})
	return got
}

// discordInteraction posts an interaction to the endpoint, signed as
// Discord signs it, and returns the response.
func discordInteraction(t *testing.T, p *process, in map[string]any) discordtest.Callback {
	t.Helper()
	body, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Signature-Timestamp", ts)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(e2eDiscordKey, append([]byte(ts), body...))))
	code, resp := p.post(t, "/discord/interactions", body, h)
	if code != http.StatusOK {
		t.Fatalf("POST /discord/interactions = %d %s, want 200", code, resp)
	}
	var cb discordtest.Callback
	if err := json.Unmarshal(resp, &cb); err != nil {
		t.Fatalf("the interaction's response %s: %v", resp, err)
	}
	return cb
}

// discordAdminFeedback runs /brief feedback as the Discord admin and
// returns what the answer shows.
func discordAdminFeedback(t *testing.T, p *process, id string) string {
	t.Helper()
	in := discordAsk(id, "tok-"+id, "")
	in["member"].(map[string]any)["user"] = map[string]any{"id": discordAdmin, "username": "admin"}
	in["data"].(map[string]any)["options"] = []any{map[string]any{"name": "feedback", "type": 1}}
	cb := discordInteraction(t, p, in)
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags&64 == 0 || len(cb.Data.Embeds) == 0 {
		t.Fatalf("/brief feedback got %+v, want an ephemeral answer", cb)
	}
	var parts []string
	for _, e := range cb.Data.Embeds {
		parts = append(parts, e.Title, e.Description)
	}
	return strings.Join(parts, "\n")
}
