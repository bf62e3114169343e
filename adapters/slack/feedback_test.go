package slack

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// answerID is the ID the stand-in bot gives its answers.
const answerID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// rateable answers questions with an answer that has feedback buttons,
// and thanks a press privately, as the bot does.
func rateable(m bot.Message) bot.Reply {
	if m.Rating != nil {
		return bot.Reply{Kind: bot.Info, Title: "Thanks, noted", Private: true}
	}
	r := answer(m)
	r.AnswerID = answerID
	return r
}

func TestRenderFeedbackButtons(t *testing.T) {
	r := answer(bot.Message{})
	if got := buttons(slacktest.Call{Blocks: blocks(t, render(r, "")[0])}); len(got) != 0 {
		t.Errorf("an answer without an ID has buttons %q, want none", got)
	}
	r.AnswerID = answerID
	want := []string{"feedback_good=" + bot.Control(answerID, bot.Helpful), "feedback_bad=" + bot.Control(answerID, bot.Unhelpful)}
	if got := buttons(slacktest.Call{Blocks: blocks(t, render(r, "")[0])}); !cmp.Equal(got, want) {
		t.Errorf("buttons = %q, want %q", got, want)
	}
	// A long answer has them once, in its last message.
	r.Body = strings.Repeat("A long line of the answer's text, to split it.\n", 400)
	msgs := render(r, "what is apollo")
	if len(msgs) < 2 {
		t.Fatalf("a long answer rendered as %d messages, want several", len(msgs))
	}
	for i, m := range msgs {
		got := buttons(slacktest.Call{Blocks: blocks(t, m)})
		want := []string(nil)
		if i == len(msgs)-1 {
			want = []string{"share=what is apollo", "feedback_good=" + bot.Control(answerID, bot.Helpful), "feedback_bad=" + bot.Control(answerID, bot.Unhelpful)}
		}
		if !cmp.Equal(got, want) {
			t.Errorf("message %d of %d: buttons %q, want %q", i+1, len(msgs), got, want)
		}
	}
}

// TestFeedbackSocketMode presses an answer's button over Socket Mode: the
// press is acknowledged, reaches the bot as a Rating, and the thanks go
// to the presser alone through the response_url, leaving the answer as
// it was. A forged value reaches nobody.
func TestFeedbackSocketMode(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.SocketMode, nil)
	in := newInbox(a.Adapter, rateable)
	start(t, a.Adapter, in)
	conn := bottest.Receive(t, f.Conns(), "the socket mode connection")

	conn.Send(slacktest.EventEnvelope("env-1", "Ev1", mention("100.1", "", "C1", "<@UBOT> what is apollo?")))
	bottest.Receive(t, conn.Acks(), "the ack of the question")
	in.Next(t)
	answered := bottest.Receive(t, f.Posted(), "the answer")
	var value string
	for _, b := range buttons(answered) {
		if v, ok := strings.CutPrefix(b, unhelpfulActionID+"="); ok {
			value = v
		}
	}
	if value == "" {
		t.Fatalf("the answer has no Not helpful button: %q", buttons(answered))
	}

	conn.Send(slacktest.InteractiveEnvelope("env-2", pressClick(unhelpfulActionID, value, f.ResponseURL("r2"))))
	if got := bottest.Receive(t, conn.Acks(), "the ack of the press"); got != "env-2" {
		t.Errorf("ack = %q, want env-2", got)
	}
	m := in.Next(t)
	want := bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", UserID: "U2", UserName: "bo", Via: bot.Press,
		Rating: &bot.Rating{Answer: answerID, Verdict: bot.Unhelpful}}
	if diff := cmp.Diff(want, m, ignoreRef); diff != "" {
		t.Errorf("press (-want +got):\n%s", diff)
	}
	thanks := bottest.Receive(t, f.Posted(), "the thanks")
	if diff := cmp.Diff(slacktest.Call{Method: "response_url", Channel: "r2", ResponseType: "ephemeral", Text: "Thanks, noted"}, thanks, ignoreBlocks); diff != "" {
		t.Errorf("thanks (-want +got):\n%s", diff)
	}

	// Forged or foreign values: acknowledged, never heard.
	for i, v := range []string{"fb:bad:" + strings.ToLower(answerID), "fb:meh:" + answerID, "reload", ""} {
		id := "env-f" + string(rune('0'+i))
		conn.Send(slacktest.InteractiveEnvelope(id, pressClick(unhelpfulActionID, v, f.ResponseURL("r3"))))
		if got := bottest.Receive(t, conn.Acks(), "the ack of a forged press"); got != id {
			t.Errorf("ack = %q, want %q", got, id)
		}
	}
	conn.Send(slacktest.InteractiveEnvelope("env-3", pressClick(helpfulActionID, bot.Control(answerID, bot.Helpful), f.ResponseURL("r4"))))
	bottest.Receive(t, conn.Acks(), "the ack of the last press")
	if m := in.Next(t); m.Rating == nil || m.Rating.Verdict != bot.Helpful {
		t.Errorf("after forged presses, the bot heard %+v, want the helpful press alone", m)
	}
	bottest.Receive(t, f.Posted(), "the last thanks")
	for _, c := range f.Calls() {
		if c.Channel == "r3" || c.Method == "chat.update" || c.Replace {
			t.Errorf("Slack got %+v: a press must neither be answered when forged nor change the answer", c)
		}
	}
}

// TestFeedbackHTTPMode presses an answer's button with signed and
// unsigned block_actions requests to the interactivity endpoint.
func TestFeedbackHTTPMode(t *testing.T) {
	f := slacktest.NewServer(t)
	now := time.Unix(1700000000, 0)
	a := newTestAdapter(t, f, config.HTTPMode, func(c *config.Slack, o *Options) { o.Now = func() time.Time { return now } })
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	in := newInbox(a.Adapter, rateable)
	start(t, a.Adapter, in)
	bottest.Eventually(t, "Run is taking requests", a.Connected)

	post := func(body string, h http.Header) int {
		req, err := http.NewRequest(http.MethodPost, srv.URL+interactionsPath, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header = h
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatal(err)
		}
		if err := resp.Body.Close(); err != nil {
			t.Fatal(err)
		}
		return resp.StatusCode
	}
	press := interactionBody(pressClick(unhelpfulActionID, bot.Control(answerID, bot.Unhelpful), f.ResponseURL("r1")))
	forged := interactionBody(pressClick(unhelpfulActionID, "fb:bad:not-an-id", f.ResponseURL("r2")))
	if code := post(press, nil); code != http.StatusUnauthorized {
		t.Errorf("unsigned press: status %d, want 401", code)
	}
	if code := post(press, sign(press, now.Add(-time.Hour))); code != http.StatusUnauthorized {
		t.Errorf("stale press: status %d, want 401", code)
	}
	if code := post(forged, sign(forged, now)); code != http.StatusOK {
		t.Errorf("signed press with a forged value: status %d, want 200", code)
	}
	if code := post(press, sign(press, now)); code != http.StatusOK {
		t.Errorf("signed press: status %d, want 200", code)
	}
	if m := in.Next(t); m.Via != bot.Press || m.Rating == nil || *m.Rating != (bot.Rating{Answer: answerID, Verdict: bot.Unhelpful}) || m.UserID != "U2" {
		t.Errorf("the bot heard %+v, want the signed press", m)
	}
	thanks := bottest.Receive(t, f.Posted(), "the thanks")
	if thanks.Channel != "r1" || thanks.ResponseType != "ephemeral" || thanks.Replace {
		t.Errorf("thanks = %+v, want ephemeral through r1, not replacing the answer", thanks)
	}
	if got := len(in.Received()); got != 1 {
		t.Errorf("the bot heard %d messages, want the one signed, well-formed press", got)
	}
}

// blocks are m's blocks as Slack receives them, in JSON.
func blocks(t *testing.T, m message) []map[string]any {
	t.Helper()
	data, err := json.Marshal(m.Blocks)
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]any
	if err := json.Unmarshal(data, &out); err != nil {
		t.Fatal(err)
	}
	return out
}
