package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/prometheus/client_golang/prometheus/testutil/promlint"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot/bottest"
)

// The people of the end-to-end test.
const (
	slackAdmin   = "UADMIN"
	slackUser    = "U2"
	slackChannel = "C1"

	discordAdmin   = "1002"
	discordUser    = "1001"
	discordGuild   = "2001"
	discordChannel = "3001"
)

// TestEndToEnd runs `briefbot run` as a deployment does, with Slack and
// Discord played by local fakes: it waits for readiness, asks on both
// platforms, has an admin reload an edited knowledge base, reads the
// metrics and stops the process with SIGTERM while an answer is in flight.
func TestEndToEnd(t *testing.T) {
	t.Parallel() // runs binaries and waits on them: overlap with the other end-to-end tests
	slack := slacktest.NewUnstartedServer(t)
	discord := discordtest.NewUnstartedServer(t)
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	p := start(t, writeConfig(t, kb, slack, discord))
	// Each step builds on the ones before.
	step := func(name string, f func(t *testing.T)) {
		t.Helper()
		if !t.Run(name, f) {
			t.FailNow()
		}
	}

	// The fakes do not answer yet, so neither platform can connect.
	step("not ready before the platforms connect", func(t *testing.T) {
		code, body := p.get(t, "/readyz")
		if code != http.StatusServiceUnavailable || !strings.Contains(body, "slack: disconnected") || !strings.Contains(body, "discord: disconnected") {
			t.Errorf("GET /readyz = %d %q, want 503 naming slack and discord as disconnected", code, body)
		}
		if code, body := p.get(t, "/healthz"); code != http.StatusOK {
			t.Errorf("GET /healthz = %d %q, want 200", code, body)
		}
	})
	slack.Start()
	discord.Start()
	p.eventually(t, "/readyz to say ready", func() bool {
		code, _ := p.get(t, "/readyz")
		return code == http.StatusOK
	})
	before := p.metrics(t)
	s := slackSide{p: p, f: slack, conn: bottest.Receive(t, slack.Conns(), "the Socket Mode connection")}

	step("metrics before traffic", func(t *testing.T) {
		for _, platform := range []string{"slack", "discord"} {
			for _, outcome := range []string{"answered", "unanswered", "command", "refused", "rate_limited", "error"} {
				for _, name := range []string{"briefbot_questions_total", "briefbot_answer_seconds_count", "briefbot_delivery_seconds_count"} {
					series := fmt.Sprintf(`%s{outcome=%q,platform=%q}`, name, outcome, platform)
					if v, ok := before[series]; !ok || v != 0 {
						t.Errorf("%s = %v (present %v) before any message, want 0", series, v, ok)
					}
				}
			}
		}
		found := false
		for series, v := range before {
			if strings.HasPrefix(series, "briefbot_build_info{") && v == 1 && strings.Contains(series, `goversion="go`) {
				found = true
			}
		}
		if !found {
			t.Errorf("no briefbot_build_info series with a goversion")
		}
		_, body := p.get(t, "/metrics")
		problems, err := promlint.New(strings.NewReader(body)).Lint()
		if err != nil {
			t.Fatal(err)
		}
		for _, pr := range problems {
			t.Errorf("promlint: %s: %s", pr.Metric, pr.Text)
		}
	})

	slackTests := []struct {
		name, user, ts, text string
		want                 slacktest.Call // Text: lines Slack must show
	}{{
		name: "question on slack", user: slackUser, ts: "100.1", text: "what coast guard training is planned?",
		want: slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "100.1",
			Text: "Coast Guard Training\nJoint drills for coast guard crews at sea.\nmaritime.txt · Maritime Security · line 3"},
	}, {
		name: "reload refused to a non-admin", user: slackUser, ts: "200.1", text: "reload",
		want: slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackUser, ThreadTS: "200.1",
			Text: "That command is for admins"},
	}}
	for _, tc := range slackTests {
		step(tc.name, func(t *testing.T) {
			checkCall(t, s.ask(t, tc.user, tc.ts, tc.text, 1)[0], tc.want)
		})
	}

	step("mention on discord", func(t *testing.T) {
		const id = "4001"
		discord.Dispatch("MESSAGE_CREATE", discordMention(id, "what port visits are planned?"))
		var got discordtest.Message
		p.eventually(t, "the reply on discord", func() bool {
			for _, r := range discord.Sent("POST", "channels/"+discordChannel+"/messages") {
				if m, ok, _ := r.Message(); ok && m.Reference != nil && m.Reference.MessageID == id {
					got = m
					return true
				}
			}
			return false
		})
		checkEmbed(t, got, embed{
			title:       "Port Visits",
			description: "Two navy port visits a year, open to @\u200beveryone in the fleet.",
			footer:      "maritime.txt · Maritime Security · line 4",
		})
	})

	step("slash command on discord", func(t *testing.T) {
		const id, token = "5001", "interaction-token-1"
		discord.Dispatch("INTERACTION_CREATE", discordAsk(id, token, "coast guard training"))
		var got discordtest.Message
		p.eventually(t, "the answer to /brief ask", func() bool {
			var ok bool
			got, ok = interactionAnswer(discord, id, token)
			return ok
		})
		checkEmbed(t, got, embed{
			title:       "Coast Guard Training",
			description: "Joint drills for coast guard crews at sea.",
			footer:      "maritime.txt · Maritime Security · line 3",
		})
	})

	step("reload by an admin", func(t *testing.T) {
		f, err := os.OpenFile(filepath.Join(kb, "maritime.txt"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(f, "- Mine Clearance: Divers clear old sea mines from the shipping lanes.\n"); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		// "Reloading…" first, then the result in its place: an ephemeral
		// message cannot be updated, so it is posted again.
		got := s.ask(t, slackAdmin, "300.1", "reload", 2)
		checkCall(t, got[0], slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "300.1",
			Text: "Reloading the knowledge base…"})
		checkCall(t, got[1], slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "300.1",
			Text: "Reloaded: version\nServing 2 documents, 2 themes, 6 entries.\nInitiatives: 1 added\n• added: Mine Clearance (maritime.txt)"})

		got = s.ask(t, slackUser, "400.1", "what is mine clearance?", 1)
		checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "400.1",
			Text: "Mine Clearance\nDivers clear old sea mines from the shipping lanes.\nmaritime.txt · Maritime Security · line 5"})
	})

	step("metrics", func(t *testing.T) {
		tests := []struct {
			series        string
			before, after float64
		}{
			{`briefbot_questions_total{outcome="answered",platform="slack"}`, 0, 2},
			{`briefbot_questions_total{outcome="refused",platform="slack"}`, 0, 1},
			{`briefbot_questions_total{outcome="command",platform="slack"}`, 0, 1},
			{`briefbot_questions_total{outcome="answered",platform="discord"}`, 0, 2},
			{`briefbot_reloads_total{result="ok"}`, 0, 1},
			{`briefbot_knowledge_documents`, 2, 2},
			{`briefbot_knowledge_entries`, 5, 6},
			{`briefbot_sends_total{platform="slack"}`, 0, 5},
			{`briefbot_sends_total{platform="discord"}`, 0, 2},
		}
		// The bot counts a message once its reply is sent, so the counts
		// may trail what the fakes have seen for a moment.
		var after map[string]float64
		poll(p, func() bool {
			after = p.metrics(t)
			for _, tc := range tests {
				if after[tc.series] != tc.after {
					return false
				}
			}
			return true
		})
		for _, tc := range tests {
			if got := before[tc.series]; got != tc.before {
				t.Errorf("%s at the start = %v, want %v", tc.series, got, tc.before)
			}
			if got := after[tc.series]; got != tc.after {
				t.Errorf("%s at the end = %v, want %v", tc.series, got, tc.after)
			}
		}
	})

	step("SIGHUP reloads", func(t *testing.T) {
		if err := p.cmd.Process.Signal(syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		p.eventually(t, "a second reload", func() bool {
			return p.metrics(t)[`briefbot_reloads_total{result="ok"}`] == 2
		})
	})

	step("SIGTERM finishes the answer in flight", func(t *testing.T) {
		// Slack has the question once its envelope is acknowledged, so
		// its answer must be delivered. The channel was just posted in,
		// so the answer waits its turn in the outbound queue: it is in
		// flight when the signal arrives.
		s.send(t, slackUser, "500.1", "what port visits are planned?")
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		select {
		case <-p.done:
		case <-time.After(bottest.Patience):
			t.Fatal("briefbot did not exit after SIGTERM")
		}
		if p.err != nil {
			t.Errorf("briefbot exited with %v after SIGTERM, want status 0", p.err)
		}
		got := s.replies("500.1")
		if len(got) != 1 {
			t.Fatalf("Slack got %d replies to the question in flight at SIGTERM, want 1; all calls: %+v", len(got), slack.Calls())
		}
		checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "500.1", Text: "Port Visits"})
		if !p.logged("stopped") {
			t.Error("the log does not say briefbot stopped")
		}
	})

	t.Run("log", func(t *testing.T) {
		for _, line := range strings.Split(strings.TrimSuffix(p.log.String(), "\n"), "\n") {
			if err := checkRecord(line); err != nil {
				t.Errorf("log line %s: %v", line, err)
			}
		}
		handled := 0
		for _, rec := range p.records() {
			for k, v := range rec {
				if k == "err" || k == "user_id" || k == "in" {
					t.Errorf("log record %v has the key %q, want error, user and durations in seconds", rec, k)
				}
				if _, ok := v.(float64); strings.HasSuffix(k, "_s") && !ok {
					t.Errorf("log record %v: %s = %v, want seconds", rec, k, v)
				}
			}
			if rec["msg"] == "message handled" {
				handled++
				if _, ok := rec["latency_s"].(float64); !ok || rec["user"] == nil {
					t.Errorf("message handled: %v, want latency_s in seconds and the user", rec)
				}
			}
		}
		if handled == 0 {
			t.Errorf("no message handled was logged")
		}
		for _, secret := range []string{slacktest.BotToken, slacktest.AppToken, discordtest.Token} {
			if strings.Contains(p.log.String(), secret) {
				t.Errorf("the log shows the secret %q", secret)
			}
		}
	})
}

// TestDiscordUnreachable runs `briefbot run` while Discord cannot be
// reached: Slack still answers, /readyz says 503 naming Discord, and once
// Discord comes up the bot connects and is ready.
func TestDiscordUnreachable(t *testing.T) {
	slack := slacktest.NewServer(t)
	discord := discordtest.NewServer(t)
	discord.SetReachable(false)
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	p := start(t, writeConfig(t, kb, slack, discord))
	s := slackSide{p: p, f: slack, conn: bottest.Receive(t, slack.Conns(), "the Socket Mode connection")}

	got := s.ask(t, slackUser, "100.1", "what coast guard training is planned?", 1)
	checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "100.1", Text: "Coast Guard Training"})
	p.eventually(t, "Discord's first failed attempt", func() bool { return p.logged("discord: cannot reach Discord; trying again") })
	if code, body := p.get(t, "/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "discord: disconnected") || strings.Contains(body, "slack") {
		t.Errorf("GET /readyz = %d %q, want 503 naming discord alone", code, body)
	}

	discord.SetReachable(true)
	p.eventually(t, "/readyz to say ready once Discord is up", func() bool {
		code, _ := p.get(t, "/readyz")
		return code == http.StatusOK
	})
	for _, rec := range p.records() {
		if rec["msg"] != "discord: cannot reach Discord; trying again" {
			continue
		}
		msg, _ := rec["error"].(string)
		if !strings.Contains(msg, discord.URL) || strings.Contains(msg, "discord.com") || strings.Contains(msg, "discord: discord:") {
			t.Errorf("logged %q, want the address dialled, %s, and discord named once", msg, discord.URL)
		}
		if _, ok := rec["retry_in_s"].(float64); !ok {
			t.Errorf("logged %v, want retry_in_s in seconds", rec)
		}
	}
}

// checkRecord reports why a log line is not one JSON object with each
// key once: log pipelines drop or mangle the others.
func checkRecord(line string) error {
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return errors.New("not a JSON object")
	}
	seen := map[string]bool{}
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if seen[key] {
			return fmt.Errorf("key %q appears twice", key)
		}
		seen[key] = true
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return err
		}
	}
	if _, err := dec.Token(); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("more after the object")
	}
	return nil
}

// process is a running briefbot.
type process struct {
	cmd  *exec.Cmd
	addr string          // of the HTTP server
	log  *bottest.Buffer // standard error: JSON lines
	done chan struct{}
	err  error // how it exited, once done is closed
}

// start runs `briefbot run --config config` until the test ends, and
// waits until its HTTP server listens. env adds NAME=value variables.
func start(t *testing.T, config string, env ...string) *process {
	t.Helper()
	// Only what briefbot needs, so the test's own environment cannot
	// change what it does.
	return startWith(t, []string{"run", "--config", config}, append([]string{
		"SLACK_BOT_TOKEN=" + slacktest.BotToken,
		"SLACK_APP_TOKEN=" + slacktest.AppToken,
		"DISCORD_BOT_TOKEN=" + discordtest.Token,
	}, env...))
}

// startWith runs briefbot with args in the environment env until the
// test ends, and waits until its HTTP server listens.
func startWith(t *testing.T, args, env []string) *process {
	t.Helper()
	p := &process{
		cmd:  exec.Command(binary, args...),
		log:  &bottest.Buffer{},
		done: make(chan struct{}),
	}
	p.cmd.Env = env
	p.cmd.Stderr = p.log
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		p.err = p.cmd.Wait()
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = p.cmd.Process.Kill() // it exits either way
			<-p.done
		}
		if t.Failed() {
			t.Logf("briefbot's log:\n%s", p.log)
		}
	})
	p.eventually(t, "the HTTP server to listen", func() bool {
		for _, rec := range p.records() {
			if rec["msg"] == "http server listening" {
				p.addr, _ = rec["addr"].(string)
				return true
			}
		}
		return false
	})
	return p
}

// records returns the log records so far.
func (p *process) records() []map[string]any {
	var out []map[string]any
	for _, line := range strings.Split(p.log.String(), "\n") {
		var rec map[string]any
		if json.Unmarshal([]byte(line), &rec) == nil {
			out = append(out, rec)
		}
	}
	return out
}

// logged reports whether a log record has the message msg.
func (p *process) logged(msg string) bool {
	for _, rec := range p.records() {
		if rec["msg"] == msg {
			return true
		}
	}
	return false
}

// eventually waits until cond holds, failing the test if briefbot exits
// first or patience runs out.
func (p *process) eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	if !poll(p, cond) {
		select {
		case <-p.done:
			t.Fatalf("briefbot exited (%v) while the test waited for %s", p.err, what)
		default:
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}

// exited reports whether briefbot has exited.
func (p *process) exited() bool {
	select {
	case <-p.done:
		return true
	default:
		return false
	}
}

// poll reports whether cond came to hold while briefbot runs, within
// patience.
func poll(p *process, cond func() bool) bool {
	return bottest.Poll(func() bool { return p.exited() || cond() }) && !p.exited()
}

// get requests path from briefbot's HTTP server and returns the status
// and body.
func (p *process) get(t *testing.T, path string) (int, string) {
	t.Helper()
	c := &http.Client{Timeout: bottest.Patience}
	resp, err := c.Get("http://" + p.addr + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	b, err := io.ReadAll(resp.Body)
	if err == nil {
		err = resp.Body.Close()
	}
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, string(b)
}

// metrics reads /metrics: the value of every series, named as the
// Prometheus text format writes it, name{label="value",...}.
func (p *process) metrics(t *testing.T) map[string]float64 {
	t.Helper()
	code, body := p.get(t, "/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d %q, want 200", code, body)
	}
	out := map[string]float64{}
	for _, line := range strings.Split(body, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		i := strings.LastIndexByte(line, ' ')
		v, err := strconv.ParseFloat(line[i+1:], 64)
		if i < 0 || err != nil {
			t.Fatalf("/metrics line %q is not a series and a value", line)
		}
		out[line[:i]] = v
	}
	return out
}

// slackSide is the test's side of Slack: the fake and its Socket Mode
// connection to briefbot.
type slackSide struct {
	p    *process
	f    *slacktest.Server
	conn *slacktest.Conn
}

// ask sends an app mention by user in a new thread ts, checks that it is
// acknowledged and returns the replies in the thread once there are as
// many as wanted.
func (s slackSide) ask(t *testing.T, user, ts, text string, replies int) []slacktest.Call {
	t.Helper()
	s.send(t, user, ts, text)
	var got []slacktest.Call
	s.p.eventually(t, fmt.Sprintf("%d replies in thread %s", replies, ts), func() bool {
		got = s.replies(ts)
		return len(got) >= replies
	})
	if len(got) != replies {
		t.Fatalf("Slack got %d replies in thread %s, want %d: %+v", len(got), ts, replies, got)
	}
	return got
}

// send sends an app mention by user in a new thread ts and waits until
// it is acknowledged: from then on Slack counts it delivered.
func (s slackSide) send(t *testing.T, user, ts, text string) {
	t.Helper()
	envelope := "env-" + ts
	s.conn.Send(slacktest.EventEnvelope(envelope, "Ev"+ts, slackMention(user, ts, text)))
	if got := bottest.Receive(t, s.conn.Acks(), "the ack of "+envelope); got != envelope {
		t.Fatalf("ack envelope_id = %q, want %q", got, envelope)
	}
}

// replies returns the calls Slack got in thread ts.
func (s slackSide) replies(ts string) []slacktest.Call {
	var out []slacktest.Call
	for _, c := range s.f.Calls() {
		if c.ThreadTS == ts {
			out = append(out, c)
		}
	}
	return out
}

// checkCall compares a Slack call with want, whose Text lists what the
// message must show, line by line, in its blocks and in its plain-text
// fallback.
func checkCall(t *testing.T, got, want slacktest.Call) {
	t.Helper()
	for _, line := range strings.Split(want.Text, "\n") {
		if !strings.Contains(got.Shown(), line) {
			t.Errorf("%s shows %q, want it to contain %q", got.Method, got.Shown(), line)
		}
		if !strings.Contains(got.Text, line) {
			t.Errorf("%s text = %q, want it to contain %q", got.Method, got.Text, line)
		}
	}
	got.Text, want.Text = "", ""
	got.Blocks = nil
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Slack call (-want +got):\n%s", diff)
	}
}

// embed is what a Discord answer shows.
type embed struct {
	title, description, footer string
}

// checkEmbed checks that m shows want in one embed and pings nobody.
func checkEmbed(t *testing.T, m discordtest.Message, want embed) {
	t.Helper()
	if len(m.Embeds) != 1 {
		t.Fatalf("the answer has %d embeds, want 1", len(m.Embeds))
	}
	e := m.Embeds[0]
	got := embed{title: e.Title, description: e.Description}
	if e.Footer != nil {
		got.footer = e.Footer.Text
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(embed{})); diff != "" {
		t.Errorf("embed (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&discordtest.AllowedMentions{Parse: &[]string{}}, m.AllowedMentions); diff != "" {
		t.Errorf("allowed_mentions (-want +got):\n%s", diff)
	}
}

// interactionAnswer returns the message that answered an interaction:
// its response or, when the answer was deferred, the edit that followed.
func interactionAnswer(f *discordtest.Server, id, token string) (discordtest.Message, bool) {
	for _, r := range f.Requests() {
		if r.Path != "interactions/"+id+"/"+token+"/callback" &&
			r.Path != "webhooks/"+discordtest.ApplicationID+"/"+token+"/messages/@original" {
			continue
		}
		if m, ok, _ := r.Message(); ok && (len(m.Embeds) > 0 || m.Content != "") {
			return m, true
		}
	}
	return discordtest.Message{}, false
}

// slackMention is an app_mention event saying text to the bot in the
// test's channel.
func slackMention(user, ts, text string) map[string]any {
	return map[string]any{"type": "app_mention", "user": user, "text": "<@" + slacktest.BotUserID + "> " + text,
		"ts": ts, "channel": slackChannel, "event_ts": ts}
}

// discordMention is a MESSAGE_CREATE from a member, saying text to the
// bot in the test's channel.
func discordMention(id, text string) map[string]any {
	return map[string]any{
		"id":         id,
		"type":       0,
		"channel_id": discordChannel,
		"guild_id":   discordGuild,
		"content":    "<@" + discordtest.BotUserID + "> " + text,
		"author":     map[string]any{"id": discordUser, "username": "ann"},
		"member":     map[string]any{"roles": []string{}},
		"mentions":   []any{map[string]any{"id": discordtest.BotUserID, "username": "briefbot", "bot": true}},
	}
}

// discordAsk is an INTERACTION_CREATE for /brief ask question:<question>.
func discordAsk(id, token, question string) map[string]any {
	return map[string]any{
		"id":             id,
		"application_id": discordtest.ApplicationID,
		"type":           2,
		"token":          token,
		"channel_id":     discordChannel,
		"guild_id":       discordGuild,
		"member": map[string]any{
			"user":  map[string]any{"id": discordUser, "username": "ann"},
			"roles": []string{},
		},
		"data": map[string]any{
			"id": "6001", "name": "brief", "type": 1,
			"options": []any{map[string]any{"name": "ask", "type": 1, "options": []any{
				map[string]any{"name": "question", "type": 3, "value": question},
			}}},
		},
		"version": 1,
	}
}

// writeConfig writes a config that serves the knowledge in kb to the two
// fakes and returns its path.
func writeConfig(t *testing.T, kb string, slack *slacktest.Server, discord *discordtest.Server) string {
	t.Helper()
	config := fmt.Sprintf(`knowledge:
  dir: %q
  watch: false
bot:
  rate_limit:
    per_minute: 600
    burst: 100
  shutdown_timeout: 15s
http:
  listen: 127.0.0.1:0
log:
  format: json
slack:
  enabled: true
  mode: socket
  api_url: %q
  admins: [%s]
discord:
  enabled: true
  gateway: true
  api_url: %q
  application_id: %q
  admins: [%q]
`, kb, slack.APIURL(), slackAdmin, discord.APIURL(), discordtest.ApplicationID, discordAdmin)
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// copyDir copies the files of dir into a temporary directory the test
// may change, and returns it.
func copyDir(t *testing.T, dir string) string {
	t.Helper()
	out := t.TempDir()
	if err := os.CopyFS(out, os.DirFS(dir)); err != nil {
		t.Fatal(err)
	}
	return out
}
