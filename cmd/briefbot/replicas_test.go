package main

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/bot/redisstate/redistest"
)

// TestReplicas runs two `briefbot run` replicas in Socket Mode against
// one local Slack and one redis-server, as a Deployment of two does: an
// event Slack hands to both is answered once, `more` on one continues a
// question answered by the other, a reply without a mention in a thread
// one answered in reaches the other, a press on one of the other's
// answer counts on both (across a restart of both), one user's questions
// over both meet one rate limit, an admin's reload on one reloads both,
// and with Redis stopped both keep answering, then use it again once it
// is back.
func TestReplicas(t *testing.T) {
	t.Parallel() // runs binaries and waits on them: overlap with the other end-to-end tests
	redis := redistest.Start(t)
	slack := slacktest.NewServer(t)
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	ports := "Port Calls\n- Port Visits North: Navy visits to the north harbour.\n- Port Visits South: Navy visits to the south harbour.\n" +
		"- Port Security: Guards for every port.\n- Port Cranes: New cranes for the port.\n- Port Dredging: Deeper berths at the port.\n"
	if err := os.WriteFile(filepath.Join(kb, "ports.txt"), []byte(ports), 0o600); err != nil {
		t.Fatal(err)
	}
	a := startReplica(t, kb, slack, redis, "replica-a")
	connA := bottest.Receive(t, slack.Conns(), "replica-a's Socket Mode connection")
	b := startReplica(t, kb, slack, redis, "replica-b")
	connB := bottest.Receive(t, slack.Conns(), "replica-b's Socket Mode connection")
	sa := slackSide{p: a, f: slack, conn: connA}
	sb := slackSide{p: b, f: slack, conn: connB}
	for _, p := range []*process{a, b} {
		p.eventually(t, "both replicas in /readyz", func() bool {
			code, body := p.get(t, "/readyz")
			return code == http.StatusOK && strings.Contains(body, "replica replica-a:") && strings.Contains(body, "replica replica-b:")
		})
	}
	step := func(name string, f func(t *testing.T)) {
		t.Helper()
		if !t.Run(name, f) {
			t.FailNow()
		}
	}

	// sameEvent sends one event to both replicas, as Slack's retry may,
	// and checks it is answered once.
	sameEvent := func(t *testing.T, ts string) {
		t.Helper()
		handled := func(p *process) int { return strings.Count(p.log.String(), `"ignoring a delivery handled before"`) }
		before := handled(a) + handled(b)
		event := slackMention(slackUser, ts, "what coast guard training is planned?")
		for i, conn := range []*slacktest.Conn{connA, connB} {
			envelope := fmt.Sprintf("env-%s-%d", ts, i)
			conn.Send(slacktest.EventEnvelope(envelope, "Ev"+ts, event))
			if got := bottest.Receive(t, conn.Acks(), "the ack of "+envelope); got != envelope {
				t.Fatalf("ack envelope_id = %q, want %q", got, envelope)
			}
		}
		a.eventually(t, "one replica to drop the event the other answered", func() bool {
			return handled(a)+handled(b) > before && len(sa.replies(ts)) >= 1
		})
		if got := sa.replies(ts); len(got) != 1 {
			t.Errorf("Slack got %d replies to one event sent to both replicas, want 1: %+v", len(got), got)
		}
	}

	step("an event sent to both is answered once", func(t *testing.T) { sameEvent(t, "100.1") })

	step("more on b continues a question answered by a", func(t *testing.T) {
		got := sa.ask(t, slackUser, "200.1", "port visits", 1)
		checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "200.1", Text: "Port Visits"})
		more := map[string]any{"type": "app_mention", "user": slackUser, "text": "<@" + slacktest.BotUserID + "> more",
			"ts": "200.5", "thread_ts": "200.1", "channel": slackChannel, "event_ts": "200.5"}
		connB.Send(slacktest.EventEnvelope("env-200.5", "Ev200.5", more))
		bottest.Receive(t, connB.Acks(), "the ack of more")
		b.eventually(t, "the answer to more", func() bool { return len(sb.replies("200.1")) == 2 })
		if r := sb.replies("200.1")[1]; !strings.Contains(r.Text, "More on “port visits”") || !strings.Contains(r.Text, "ports.txt") {
			t.Errorf("more on replica-b = %q, want more answers to port visits", r.Text)
		}
	})

	step("a reply on b in a thread a answered needs no mention", func(t *testing.T) {
		sa.ask(t, slackUser, "220.1", "port dredging", 1)
		reply := func(ts, thread, text string) map[string]any {
			return map[string]any{"type": "message", "channel_type": "channel", "user": slackUser, "text": text,
				"ts": ts, "thread_ts": thread, "channel": slackChannel, "event_ts": ts}
		}
		// People talking in a thread the bot never posted in are left
		// alone: a question there would be answered below this one.
		connB.Send(slacktest.EventEnvelope("env-221.2", "Ev221.2", reply("221.2", "221.1", "what port cranes are planned?")))
		bottest.Receive(t, connB.Acks(), "the ack of a reply in another thread")
		connB.Send(slacktest.EventEnvelope("env-220.2", "Ev220.2", reply("220.2", "220.1", "what port cranes are planned?")))
		bottest.Receive(t, connB.Acks(), "the ack of the reply")
		b.eventually(t, "replica-b's answer in replica-a's thread", func() bool { return len(sb.replies("220.1")) == 2 })
		checkCall(t, sb.replies("220.1")[1], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "220.1", Text: "Port Cranes"})
		if got := sb.replies("221.1"); len(got) != 0 {
			t.Errorf("a reply in a thread the bot never posted in was answered: %+v", got)
		}
	})

	var pressedValue string // a Not helpful button's value
	step("a press on b of an answer by a counts on both", func(t *testing.T) {
		got := sa.ask(t, slackUser, "250.1", "port security", 1)
		value := slackButton(t, got[0], "feedback_bad")
		pressedValue = value
		if thanks := sb.press(t, "UPRESS", value, "p250"); !strings.Contains(thanks, "Thanks, noted") {
			t.Errorf("replica-b answered a press on replica-a's answer with %q, want it noted", thanks)
		}
		if thanks := sa.press(t, "UPRESS", value, "p251"); !strings.Contains(thanks, "Already noted") {
			t.Errorf("replica-a answered a second press by the same person with %q, want it already noted", thanks)
		}
		for i, s := range []slackSide{sa, sb} {
			ts := fmt.Sprintf("26%d.1", i)
			if r := s.ask(t, slackAdmin, ts, "feedback", 1)[0]; !strings.Contains(r.Text, "1× unhelpful: Port Security") || !strings.Contains(r.Text, "port security") {
				t.Errorf("feedback on replica %d = %q, want Port Security marked unhelpful once, asked as port security", i, r.Text)
			}
		}
	})

	step("30 questions over both meet one rate limit", func(t *testing.T) {
		const user = "ULIMITED"
		for i := range 30 {
			s := sa
			if i%2 == 1 {
				s = sb
			}
			// A channel each: Slack's pace of a message a second per
			// channel would otherwise make this step take half a minute.
			s.sendIn(t, fmt.Sprintf("C3%02d", i), user, fmt.Sprintf("3%02d.1", i), "what port visits are planned?")
		}
		answered := func() (answers, refusals int) {
			for _, c := range slack.Calls() {
				switch {
				case !strings.HasPrefix(c.ThreadTS, "3") || len(c.ThreadTS) != 5:
				case c.Method == "chat.postEphemeral":
					refusals++
				default:
					answers++
				}
			}
			return
		}
		limited := func() float64 {
			return a.metrics(t)[`briefbot_questions_total{outcome="rate_limited",platform="slack"}`] +
				b.metrics(t)[`briefbot_questions_total{outcome="rate_limited",platform="slack"}`]
		}
		a.eventually(t, "every question handled", func() bool {
			answers, _ := answered()
			return answers+int(limited()) == 30
		})
		if answers, refusals := answered(); answers != 20 || refusals != 1 {
			t.Errorf("30 questions over two replicas with a burst of 20: %d answered, %d told to slow down; want 20, 1", answers, refusals)
		}
	})

	step("a reload on a reloads both within 2 s", func(t *testing.T) {
		f, err := os.OpenFile(filepath.Join(kb, "maritime.txt"), os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.WriteString("- Mine Clearance: Divers clear old sea mines from the shipping lanes.\n"); err != nil {
			t.Fatal(err)
		}
		if err := f.Close(); err != nil {
			t.Fatal(err)
		}
		served := func(p *process) string {
			_, body := p.get(t, "/readyz")
			v, _, _ := strings.Cut(strings.TrimPrefix(body, "ready: knowledge "), ",")
			return v
		}
		old := served(b)
		sa.send(t, slackAdmin, "400.1", "reload")
		asked := time.Now()
		var now string
		bottest.Poll(func() bool {
			now = served(b)
			return now != old || time.Since(asked) > 2*time.Second
		})
		if took := time.Since(asked); now == old || took > 2*time.Second {
			t.Errorf("replica-b serves %s %s after the reload was sent to replica-a, want a new version within 2 s", now, took.Round(time.Millisecond))
		}
		var got []slacktest.Call
		a.eventually(t, "the reload's reply", func() bool { got = sa.replies("400.1"); return len(got) == 2 })
		checkCall(t, got[1], slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "400.1",
			Text: "Reloaded: version " + now + "\nReplicas (2): 2 serve version " + now})
		if v := served(a); v != now {
			t.Errorf("replica-a serves %s, replica-b %s; want the same", v, now)
		}
		got = sb.ask(t, slackUser, "401.1", "what is mine clearance?", 1)
		checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: "401.1", Text: "Mine Clearance"})
	})

	step("with Redis stopped both answer", func(t *testing.T) {
		redis.Stop()
		for i, s := range []slackSide{sa, sb} {
			ts := fmt.Sprintf("50%d.1", i)
			got := s.ask(t, slackUser, ts, "what coast guard training is planned?", 1)
			checkCall(t, got[0], slacktest.Call{Method: "chat.postMessage", Channel: slackChannel, ThreadTS: ts, Text: "Coast Guard Training"})
			if code, body := s.p.get(t, "/readyz"); code != http.StatusOK {
				t.Errorf("/readyz with Redis down = %d %q, want 200: the replica answers", code, body)
			}
			if code, body := s.p.get(t, "/healthz"); code != http.StatusOK || !strings.Contains(body, "degraded") {
				t.Errorf("/healthz with Redis down = %d %q, want 200 saying degraded", code, body)
			}
			if n := s.p.metrics(t)[`briefbot_state_errors_total{op="claim"}`]; n == 0 {
				t.Errorf("briefbot_state_errors_total{op=\"claim\"} = 0 with Redis down, want the failures counted")
			}
			if slackHasButton(got[0], "feedback_bad") {
				t.Errorf("an answer with Redis down has feedback buttons, whose presses could not be recorded: %+v", got[0].Blocks)
			}
			if thanks := s.press(t, "UDOWN", pressedValue, fmt.Sprintf("p50%d", i)); !strings.Contains(thanks, "not noted") {
				t.Errorf("a press with Redis down was answered %q, want it said not to be noted", thanks)
			}
			if n := s.p.metrics(t)[`briefbot_feedback_total{outcome="error",platform="slack"}`]; n != 1 {
				t.Errorf(`briefbot_feedback_total{outcome="error"} = %v with Redis down, want the press counted as an error`, n)
			}
		}
	})

	step("a restarted Redis is used again", func(t *testing.T) {
		redis.Restart()
		for _, p := range []*process{a, b} {
			p.eventually(t, "the replica to use Redis again", func() bool {
				_, body := p.get(t, "/healthz")
				return body == "ok\n"
			})
		}
		sameEvent(t, "600.1")
	})

	step("feedback survives a restart of both replicas", func(t *testing.T) {
		got := sa.ask(t, slackUser, "700.1", "port cranes", 1)
		value := slackButton(t, got[0], "feedback_bad")
		if thanks := sb.press(t, "U700", value, "p700"); !strings.Contains(thanks, "Thanks, noted") {
			t.Fatalf("a press on replica-b = %q, want it noted", thanks)
		}
		a.stop(t)
		b.stop(t)
		a2 := startReplica(t, kb, slack, redis, "replica-a")
		sa2 := slackSide{p: a2, f: slack, conn: bottest.Receive(t, slack.Conns(), "restarted replica-a's connection")}
		b2 := startReplica(t, kb, slack, redis, "replica-b")
		sb2 := slackSide{p: b2, f: slack, conn: bottest.Receive(t, slack.Conns(), "restarted replica-b's connection")}
		if thanks := sa2.press(t, "U700", value, "p701"); !strings.Contains(thanks, "Already noted") {
			t.Errorf("the same person's press after the restart = %q, want it already noted", thanks)
		}
		if thanks := sb2.press(t, "U701", value, "p702"); !strings.Contains(thanks, "Thanks, noted") {
			t.Errorf("another person's press after the restart = %q, want it noted", thanks)
		}
		for i, s := range []slackSide{sa2, sb2} {
			ts := fmt.Sprintf("71%d.1", i)
			if r := s.ask(t, slackAdmin, ts, "feedback", 1)[0]; !strings.Contains(r.Text, "2× unhelpful: Port Cranes") {
				t.Errorf("feedback on restarted replica %d = %q, want Port Cranes marked unhelpful twice", i, r.Text)
			}
		}
	})

	t.Run("log", func(t *testing.T) {
		for _, p := range []*process{a, b} {
			for _, line := range strings.Split(strings.TrimSuffix(p.log.String(), "\n"), "\n") {
				if err := checkRecord(line); err != nil {
					t.Errorf("log line %s: %v", line, err)
				}
			}
			for _, msg := range []string{"state store unreachable: answering from this replica's memory; deduplication, follow-ups and rate limits are per replica, and feedback is not recorded, until it is back",
				"state store reachable again: sharing state with the other replicas"} {
				if !p.logged(msg) {
					t.Errorf("the log does not say %q", msg)
				}
			}
		}
	})
}

// startReplica runs one replica of a Socket Mode deployment sharing
// redis, with a rate limit of a burst of 20.
func startReplica(t *testing.T, kb string, slack *slacktest.Server, redis *redistest.Server, name string) *process {
	t.Helper()
	config := fmt.Sprintf(`knowledge:
  dir: %q
bot:
  rate_limit:
    per_minute: 1
    burst: 20
http:
  listen: 127.0.0.1:0
log:
  format: json
slack:
  enabled: true
  mode: socket
  api_url: %q
  admins: [%s]
state:
  namespace: e2e
  replica: %s
  redis:
    url: %q
    timeout: 200ms
`, kb, slack.APIURL(), slackAdmin, name, redis.URL(0))
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return start(t, path)
}

// sendIn is send, in another channel than the test's.
func (s slackSide) sendIn(t *testing.T, channel, user, ts, text string) {
	t.Helper()
	envelope := "env-" + ts
	m := slackMention(user, ts, text)
	m["channel"] = channel
	s.conn.Send(slacktest.EventEnvelope(envelope, "Ev"+ts, m))
	if got := bottest.Receive(t, s.conn.Acks(), "the ack of "+envelope); got != envelope {
		t.Fatalf("ack envelope_id = %q, want %q", got, envelope)
	}
}

// press presses the Not helpful button carrying value, by user, over
// the side's Socket Mode connection, and returns what the bot says at
// the press's response_url, named id.
func (s slackSide) press(t *testing.T, user, value, id string) string {
	t.Helper()
	payload := map[string]any{
		"type":         "block_actions",
		"user":         map[string]any{"id": user, "name": "someone"},
		"channel":      map[string]any{"id": slackChannel},
		"container":    map[string]any{"type": "message", "channel_id": slackChannel, "message_ts": id},
		"response_url": s.f.ResponseURL(id),
		"actions": []any{map[string]any{"type": "button", "action_id": "feedback_bad", "block_id": "feedback", "value": value,
			"text": map[string]any{"type": "plain_text", "text": "Not helpful"}}},
	}
	s.conn.Send(slacktest.InteractiveEnvelope("env-"+id, payload))
	bottest.Receive(t, s.conn.Acks(), "the ack of press "+id)
	var said string
	s.p.eventually(t, "the reply to press "+id, func() bool {
		for _, c := range s.f.Calls() {
			if c.Method == "response_url" && c.Channel == id {
				said = c.Text
				return true
			}
		}
		return false
	})
	return said
}

// slackHasButton reports whether the message c has a button actionID.
func slackHasButton(c slacktest.Call, actionID string) bool {
	for _, b := range c.Blocks {
		els, _ := b["elements"].([]any)
		for _, e := range els {
			if m, ok := e.(map[string]any); ok && m["action_id"] == actionID {
				return true
			}
		}
	}
	return false
}
