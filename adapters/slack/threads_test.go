package slack

import (
	"context"
	"testing"
	"time"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// markingInbox is a stand-in for the bot whose record of the threads it
// posted in is kept in a State that replicas share, as the bot's Inbox
// does.
type markingInbox struct {
	*bottest.Inbox
	state bot.State
}

func (in markingInbox) MarkThread(ctx context.Context, platform, channelID, threadID string) {
	if err := in.state.Mark(ctx, platform+":"+channelID+":"+threadID, time.Hour); err != nil {
		panic(err)
	}
}

func (in markingInbox) InThread(ctx context.Context, platform, channelID, threadID string) bool {
	ok, err := in.state.Marked(ctx, platform+":"+channelID+":"+threadID)
	if err != nil {
		panic(err)
	}
	return ok
}

// TestThreadsShared runs two adapters, as two replicas in Socket Mode,
// whose Inboxes share one State: a reply without a mention in a thread
// one adapter posted in is heard by the other as a reply in the bot's
// thread, while a reply in another thread stays people talking.
func TestThreadsShared(t *testing.T) {
	f := slacktest.NewServer(t)
	st := bot.NewMemoryState(nil)
	replica := func(name string) (markingInbox, *slacktest.Conn) {
		a := newTestAdapter(t, f, config.SocketMode, nil)
		in := markingInbox{Inbox: newInbox(a.Adapter, answer), state: st}
		start(t, a.Adapter, in)
		conn := bottest.Receive(t, f.Conns(), name+"'s socket mode connection")
		bottest.Eventually(t, name+" connected", a.Connected)
		return in, conn
	}
	inA, connA := replica("replica a")
	inB, connB := replica("replica b")

	connA.Send(slacktest.EventEnvelope("env-1", "Ev1", mention("100.1", "", "C1", "<@UBOT> what is apollo?")))
	if m := inA.Next(t); m.Via != bot.Mention || m.ThreadID != "100.1" {
		t.Fatalf("replica a heard %+v, want a mention starting thread 100.1", m)
	}
	if err := inA.SendErr(t); err != nil {
		t.Fatalf("replica a's answer: %v", err)
	}

	for _, tt := range []struct {
		name, ts, thread string
		want             bot.Via
	}{
		{"a reply in the thread replica a answered in", "100.5", "100.1", bot.Thread},
		{"a reply in a thread the bot never posted in", "200.5", "200.1", bot.Channel},
	} {
		t.Run(tt.name, func(t *testing.T) {
			connB.Send(slacktest.EventEnvelope("env-"+tt.ts, "Ev"+tt.ts, chatMessage("channel", "C1", tt.ts, tt.thread, "and when?", nil)))
			m := inB.Next(t)
			if m.Via != tt.want || m.ThreadID != tt.thread {
				t.Errorf("replica b heard %v in thread %q, want %v in thread %q", m.Via, m.ThreadID, tt.want, tt.thread)
			}
			if err := inB.SendErr(t); err != nil {
				t.Fatalf("replica b's answer: %v", err)
			}
		})
	}
	// Replica b posted in 200.1 just now: replica a now follows it too.
	connA.Send(slacktest.EventEnvelope("env-200.6", "Ev200.6", chatMessage("channel", "C1", "200.6", "200.1", "and where?", nil)))
	if m := inA.Next(t); m.Via != bot.Thread {
		t.Errorf("replica a heard %v in the thread replica b answered in, want a reply in the bot's thread", m.Via)
	}
}
