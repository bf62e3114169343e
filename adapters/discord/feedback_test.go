package discord

import (
	"bytes"
	"crypto/ed25519"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// answerID is the ID the stand-in bot gives its answers.
const answerID = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

// controls are the custom_ids of an answer's feedback buttons.
var controls = []string{bot.Control(answerID, bot.Helpful), bot.Control(answerID, bot.Unhelpful)}

// rateable answers like cannedReply, giving answers an ID, and thanks
// a press privately, as the bot does.
func rateable(m bot.Message) (bot.Reply, bool) {
	if m.Rating != nil {
		return bot.Reply{Kind: bot.Info, Title: "Thanks, noted", Private: true}, true
	}
	r, ok := cannedReply(m)
	if r.Kind == bot.Answer {
		r.AnswerID = answerID
	}
	return r, ok
}

var presses int

// press is a press of the button customID by the user otherUser.
func press(customID string) map[string]any {
	presses++
	n := fmt.Sprint(presses)
	return discordtest.ButtonPress("p"+n, "ptok"+n, customID, guildID, channelID, "u-presser")
}

// TestFeedbackGateway shows an answer's buttons in a channel reply and
// in a slash command's answer, presses one over the gateway, and checks
// that the press reaches the bot and is thanked ephemerally, while a
// button the bot did not make gets a note and reaches nobody.
func TestFeedbackGateway(t *testing.T) {
	f := discordtest.NewServer(t)
	a, _ := newAdapter(t, f, config.Discord{Gateway: true}, Options{})
	in := newInbox(rateable)
	start(t, a, in)

	f.Dispatch("MESSAGE_CREATE", guildMessage(channelID, userID, "<@"+discordtest.BotUserID+"> budget?"))
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatal(err)
	}
	posted := f.Sent("POST", "channels/"+channelID+"/messages")
	if len(posted) != 1 {
		t.Fatalf("posted %d messages, want the answer", len(posted))
	}
	m, _ := message(t, posted[0])
	if diff := cmp.Diff(controls, m.CustomIDs()); diff != "" {
		t.Errorf("the answer's buttons (-want +got):\n%s", diff)
	}

	ask := commandInteraction("ask", "question", "budget?")
	f.Dispatch("INTERACTION_CREATE", ask)
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatal(err)
	}
	if cbs := callbacks(t, f, ask); len(cbs) != 1 || cbs[0].Data == nil || !cmp.Equal(cbs[0].Data.CustomIDs(), controls) {
		t.Errorf("the slash command's answer = %+v, want it with the buttons %q", cbs, controls)
	}
	status := commandInteraction("status")
	f.Dispatch("INTERACTION_CREATE", status)
	in.Next(t)
	if err := in.SendErr(t); err != nil {
		t.Fatal(err)
	}
	if cbs := callbacks(t, f, status); len(cbs) != 1 || cbs[0].Data == nil || len(cbs[0].Data.Components) != 0 {
		t.Errorf("status = %+v, want no buttons on what is not an answer", cbs)
	}

	p := press(controls[1])
	f.Dispatch("INTERACTION_CREATE", p)
	got := in.Next(t)
	want := bot.Message{Platform: Platform, ChannelID: channelID, EventID: p["id"].(string), UserID: "u-presser", UserName: "presser", Roles: []string{},
		Via: bot.Press, Rating: &bot.Rating{Answer: answerID, Verdict: bot.Unhelpful}}
	if diff := cmp.Diff(want, got, ignoreRef); diff != "" {
		t.Errorf("the press (-want +got):\n%s", diff)
	}
	if err := in.SendErr(t); err != nil {
		t.Fatal(err)
	}
	var cbs []discordtest.Callback
	bottest.Eventually(t, "the thanks", func() bool { cbs = callbacks(t, f, p); return len(cbs) > 0 })
	if c := cbs[0]; len(cbs) != 1 || c.Type != 4 || c.Data == nil || c.Data.Flags&64 == 0 || len(c.Data.Embeds) != 1 ||
		c.Data.Embeds[0].Title != "Thanks, noted" || len(c.Data.Components) != 0 {
		t.Errorf("the press was answered with %+v, want one ephemeral thanks (type 4, flag 64) without buttons", cbs)
	}

	forged := press("fb:bad:" + strings.ToLower(answerID))
	f.Dispatch("INTERACTION_CREATE", forged)
	bottest.Eventually(t, "the note on a forged press", func() bool { return len(callbacks(t, f, forged)) > 0 })
	if c := callbacks(t, f, forged)[0]; c.Type != 4 || c.Data == nil || c.Data.Flags&64 == 0 || c.Data.Content != "That button does nothing here." {
		t.Errorf("a forged press was answered with %+v, want an ephemeral note", c)
	}
	for _, r := range f.Requests() {
		if r.Method == http.MethodPatch || r.Method == http.MethodDelete {
			t.Errorf("%s %s: a press must leave the answer as it was", r.Method, r.Path)
		}
	}
	in.Close()
	if n := len(in.Received()); n != 4 {
		t.Errorf("the bot heard %d messages, want 4: the forged press is not among them", n)
	}
}

// TestFeedbackEndpoint presses an answer's button through the signed
// HTTP interactions endpoint.
func TestFeedbackEndpoint(t *testing.T) {
	f := discordtest.NewServer(t)
	s := newSigner()
	a := httpAdapter(t, f, s, config.Discord{}, Options{})
	in := newInbox(rateable)
	start(t, a, in)
	url := endpoint(t, a)

	body := mustJSON(t, press(controls[0]))
	if status, _ := postInteraction(t, url, body, nil); status != http.StatusUnauthorized {
		t.Errorf("unsigned press: %d, want 401", status)
	}
	if status, _ := postInteraction(t, url, body, newSigner2().headers(body, s.now)); status != http.StatusUnauthorized {
		t.Errorf("press signed with another key: %d, want 401", status)
	}
	status, resp := postInteraction(t, url, body, s.headers(body, s.now))
	if status != http.StatusOK {
		t.Fatalf("signed press: %d %s, want 200", status, resp)
	}
	var cb discordtest.Callback
	if err := json.Unmarshal(resp, &cb); err != nil {
		t.Fatal(err)
	}
	if cb.Type != 4 || cb.Data == nil || cb.Data.Flags&64 == 0 || len(cb.Data.Embeds) != 1 || cb.Data.Embeds[0].Title != "Thanks, noted" {
		t.Errorf("signed press answered %s, want an ephemeral thanks", resp)
	}
	if m := in.Next(t); m.Via != bot.Press || m.Rating == nil || *m.Rating != (bot.Rating{Answer: answerID, Verdict: bot.Helpful}) {
		t.Errorf("the bot heard %+v, want the helpful press", m)
	}

	forged := mustJSON(t, press("share"))
	status, resp = postInteraction(t, url, forged, s.headers(forged, s.now))
	if status != http.StatusOK || !strings.Contains(string(resp), "That button does nothing here.") {
		t.Errorf("signed press of a button not the bot's: %d %s, want 200 and a note", status, resp)
	}
	in.Close()
	if n := len(in.Received()); n != 1 {
		t.Errorf("the bot heard %d messages, want the one press", n)
	}
}

// newSigner2 signs with a key that is not the application's.
func newSigner2() signer {
	s := newSigner()
	s.key = ed25519.NewKeyFromSeed(bytes.Repeat([]byte{9}, ed25519.SeedSize))
	return s
}

// ignoreRef compares messages without the adapter's handle.
var ignoreRef = cmpopts.IgnoreFields(bot.Message{}, "Ref")
