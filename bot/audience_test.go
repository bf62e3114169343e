package bot_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	. "github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
)

// secretDoc is an internal briefing that shares words with the public
// one ("coast", "guard", "patrol", "training") and has words of its own
// ("zephyr"), so that anything of it reaching a public audience would
// change a count, a score, a ranking, a suggestion or a completion.
const secretDoc = `---
title: Zephyr Notes
audience: internal
date: 2027-01-01
---
# Zephyr Notes
## Zephyr Coast Guard Training
Zephyr drills for coast guard crews, patrol boats and port visits.
* **Zephyr Patrols**: Coast guard patrol training near Zephyr reef.
* **Port Visits**: Zephyr port visits, twice a year.
| Zephyr Area | Goal |
|---|---|
| Coast Guard Training | Zephyr readiness |
`

// TestPublicRepliesIgnoreInternal asks the same questions and runs the
// same commands in public channels of two bots, one of them with an
// internal document in its knowledge directory (edited between reloads),
// and requires byte-identical replies: nothing about internal documents,
// their words, statistics or counts may change what a public audience
// sees.
func TestPublicRepliesIgnoreInternal(t *testing.T) {
	clock := func() time.Time { return time.Date(2026, 11, 30, 16, 41, 0, 0, time.UTC) }
	newBot := func(withSecret bool) (*Bot, *kb) {
		k := &kb{files: newKB().files}
		k.set("internal/budget.md", "")
		if withSecret {
			k.set("internal/zephyr.md", secretDoc)
		}
		return testBot(t, k, func(o *Options) { o.Now = clock }), k
	}
	without, kWithout := newBot(false)
	with, kWith := newBot(true)

	public := []Message{
		discordMsg("111", ""), // a public platform, by an admin
		{Platform: Discord, ChannelID: "DM1", UserID: "111", Via: Direct},
		slackMsg("UADMIN", "CPUBLIC", ""), // a public channel of an internal platform
	}
	script := []string{
		"zephyr coast guard training", "coast guard training", "zephyr", "patrol", "patrols near the reef",
		"port visits", "zephr", "cost gaurd", "grant ceiling", "recipe for chocolate cake", "more", "source", "source 2", "source 9",
		"themes", "sources", "initiatives maritime", "initiatives zephyr", "initiatives coast guard",
		"show port visits", "show zephyr patrols", "show coast guard", "help", "status", "misses", "feedback", "what's new",
		"reload", "status", "what's new",
		"EDIT", // both bots' public document changes; the internal one too
		"reload", "coast guard training", "source", "status", "what's new?", "reload anyway", "misses", "feedback",
	}
	complete := []struct{ command, typed string }{
		{"", ""}, {"", "zeph"}, {"", "coast"}, {"", "port"}, {"", "patrol"}, {"show", "guard"},
		{"initiatives", ""}, {"initiatives", "zeph"}, {"initiatives", "coast"}, {"initiatives", "mar"},
	}
	for _, m := range public {
		for _, text := range script {
			if text == "EDIT" {
				edited := publicDoc + "- Zephyr Watch: Coast guard training for the zephyr season.\n"
				kWithout.set("maritime.txt", edited)
				kWith.set("maritime.txt", edited)
				kWith.set("internal/zephyr.md", secretDoc+"* **Zephyr Budget**: Coast guard money.\n")
				continue
			}
			m.Text = text
			got := replies(ask(t, with, &bottest.Editor{}, m))
			want := replies(ask(t, without, &bottest.Editor{}, m))
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %s %q: public replies change with an internal document (-without +with):\n%s",
					m.Platform, m.ChannelID, text, diff)
			}
		}
		for _, c := range complete {
			got := with.Complete(m.Platform, m.ChannelID, c.command, c.typed)
			want := without.Complete(m.Platform, m.ChannelID, c.command, c.typed)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s %s: Complete(%q, %q) changes with an internal document (-without +with):\n%s",
					m.Platform, m.ChannelID, c.command, c.typed, diff)
			}
		}
	}
	// The internal document is there: an internal channel sees it.
	if r := one(t, with, &bottest.Recorder{}, slackMsg("U1", "C1", "zephyr patrols")); r.Title != "Zephyr Patrols" {
		t.Errorf("internal channel: got %q, want Zephyr Patrols", r.Title)
	}
	if r := one(t, with, &bottest.Recorder{}, slackMsg("UADMIN", "C1", "status")); !strings.Contains(r.Body, "Serving: 2 documents") {
		t.Errorf("internal status: %q, want the internal document counted", r.Body)
	}
}

// replies returns the replies sent, each marked private or not.
func replies(sent []bottest.Sent) []Reply {
	out := make([]Reply, len(sent))
	for i, s := range sent {
		out[i] = s.Reply
		out[i].Private = s.Private
		if out[i].AnswerID != "" {
			out[i].AnswerID = "(random)" // each answer's own; whether it has one must match
		}
	}
	return out
}
