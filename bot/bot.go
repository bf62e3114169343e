// Package bot is the conversation every platform shares: it turns a
// platform-neutral Message into platform-neutral Replies, answering
// questions from the knowledge base being served and running the same
// commands on Slack, Discord and the terminal.
//
// The knowledge base is immutable and swapped whole on reload, through
// one atomic pointer, so a question answered during a reload sees either
// the old base or the new one, never a mix.
package bot

import (
	"context"
	"log/slog"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// Options configure a Bot.
type Options struct {
	// Bot is the config file's bot section: the prefix, the rate limit
	// and the longest question. The config package validated and
	// defaulted it; the bot trusts it.
	config.Bot
	// Platforms holds each platform's audience and admins, by platform
	// name (Message.Platform). A platform without a policy is public and
	// has no admins.
	Platforms map[string]Policy
	// MaxConcurrent is how many messages are answered at once, from all
	// adapters together. Default 16.
	MaxConcurrent int
	Logger        *slog.Logger // nil discards the log
	Metrics       *Metrics     // nil counts nothing
	// ReloadTimeout is how long a reload waits for the knowledge to
	// load before it gives up and keeps serving what it had. Default 30
	// seconds.
	ReloadTimeout time.Duration
	// Now tells the time; tests set it. Default time.Now.
	Now func() time.Time
	// Git, when set, is the git branch the knowledge comes from: a reload
	// fetches it, loads its head and, once that is swapped in, records it
	// as the commit served. New's load is then not used.
	Git *gitsource.Source
	// StateDir is the directory where the bot keeps, in state.json, what
	// must survive a restart: the misses when State is nil (a shared
	// State keeps them itself), and the answers given and the feedback on
	// them when Feedback is nil. "" keeps them in memory
	// only. A broken state file is logged and moved aside; the bot starts
	// with nothing counted.
	StateDir string
	// Feedback keeps the answers given and the feedback on them. Nil
	// means the bot's own store: in memory, saved in StateDir. With a
	// shared State, each call to Feedback is bounded by StateTimeout
	// like the State's: while the store fails, answers come without
	// feedback controls and a press is told it was not recorded.
	Feedback FeedbackStore
	// State keeps what replicas share: deliveries seen, conversations,
	// rate limits, unanswered questions and reloads. nil keeps them in
	// memory (NewMemoryState). A State that is also a Cluster (a shared
	// store) makes reloads reach every replica: see Coordinate.
	State State
	// StateTimeout bounds each call to a shared State; past it the bot
	// answers from its own memory. Default 250 milliseconds.
	StateTimeout time.Duration
	// Replica names this replica in the reports of a Cluster. Default
	// "local".
	Replica string
}

// Policy is how the bot treats the people of one platform: which
// audience its channels are, and who its admins are.
type Policy struct {
	// Audience is the audience of the platform's channels and direct
	// messages.
	Audience knowledge.Audience
	// Channels sets the audience of single channels, by channel ID.
	Channels map[string]knowledge.Audience
	// Admins are the permanent user IDs of admins. Never display names:
	// users can change those.
	Admins []string
	// AdminRoles are role IDs whose members are admins (Discord).
	AdminRoles []string
	// Everyone makes every user an admin: the console's single user.
	Everyone bool
	// Unlimited exempts the platform from the rate limit: the console,
	// where the one user is also the operator.
	Unlimited bool
}

// Loader loads the knowledge base again, for reloads. prev is the base
// being served: a loader reads again only what changed since it was
// loaded (see knowledge.Reload). With prev nil it reads everything
// afresh, as the reload all command asks. It may block (a file that
// never ends, a slow disk): the bot waits for it within
// Options.ReloadTimeout and never longer than a reload's context.
type Loader func(prev *knowledge.Base) (*knowledge.Base, error)

// Bot answers messages from any number of adapters at once.
type Bot struct {
	opts     Options
	commands []Command
	log      *slog.Logger
	metrics  *Metrics
	now      func() time.Time
	started  time.Time

	serving atomic.Pointer[served]
	load    Loader
	git     *gitsource.Source
	// loading holds a token while a Loader runs: one load at a time.
	// The load's goroutine holds it, never a caller, so a load that
	// never returns blocks later reloads only until their own deadline.
	loading chan struct{}
	applyMu sync.Mutex // swaps a loaded base in, one at a time
	last    atomic.Pointer[ReloadResult]

	guard   *stateGuard
	cluster Cluster // nil with one replica
	replica string
	self    replicaState

	feedback FeedbackStore
	// state is the state file, nil without Options.StateDir. A change
	// marks the state dirty and schedules a write (saveTimer); writeMu
	// keeps writes one at a time.
	state     *stateFile
	saveMu    sync.Mutex
	saveTimer *time.Timer
	dirty     bool
	writeMu   sync.Mutex

	life life // of every message and adapter
}

// New returns a bot serving base. load reloads the knowledge base for the
// reload command, SIGHUP and file watching; nil means there is nothing to
// reload from (the base is served as is).
func New(base *knowledge.Base, load Loader, o Options) *Bot {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.MaxConcurrent <= 0 {
		o.MaxConcurrent = 16
	}
	if o.ReloadTimeout <= 0 {
		o.ReloadTimeout = 30 * time.Second
	}
	if o.StateTimeout <= 0 {
		o.StateTimeout = 250 * time.Millisecond
	}
	if o.Replica == "" {
		o.Replica = "local"
	}
	if o.State == nil {
		o.State = NewMemoryState(o.Now)
	}
	b := &Bot{
		opts:     o,
		commands: Commands(),
		log:      o.Logger,
		metrics:  o.Metrics,
		now:      o.Now,
		started:  o.Now(),
		load:     load,
		git:      o.Git,
		loading:  make(chan struct{}, 1),
		guard:    newStateGuard(o.State, o.Now, o.StateTimeout, o.Logger, o.Metrics),
		replica:  o.Replica,
		life:     newLife(o.MaxConcurrent),
	}
	b.cluster, _ = o.State.(Cluster)
	mem := newMemoryFeedback(b.started)
	switch {
	case o.Feedback == nil:
		b.feedback = mem
	case b.guard.shared != nil:
		b.feedback = guardedFeedback{g: b.guard, fb: o.Feedback}
	default:
		b.feedback = o.Feedback
	}
	if o.StateDir != "" {
		var saved *stateData
		b.state, saved = openState(o.StateDir, b.log, b.started)
		if saved != nil {
			if m := b.guard.memory(); m != nil {
				m.restoreMisses(saved.Misses)
			}
			if b.feedback == mem {
				mem.restore(saved.Feedback)
			}
			b.log.Info("state restored", "file", b.state.path, "misses", len(saved.Misses.Questions))
		}
	}
	b.guard.missesSince(context.Background(), b.started)
	b.serving.Store(&served{base: base, since: b.started})
	s := base.Stats(knowledge.Internal)
	b.metrics.serving(s.Documents, s.Entries)
	return b
}

// served is the knowledge base being served and since when, by the bot's
// clock.
type served struct {
	base  *knowledge.Base
	since time.Time
}

// Base returns the knowledge base being served.
func (b *Bot) Base() *knowledge.Base { return b.serving.Load().base }

// Outcomes of a handled message, for logs and metrics.
const (
	outcomeAnswered    = "answered"
	outcomeUnanswered  = "unanswered"
	outcomeCommand     = "command"
	outcomeChat        = "chat"
	outcomeRefused     = "refused"
	outcomeRateLimited = "rate_limited"
	outcomeError       = "error"
	outcomeIgnored     = ""
)

// outcomes are the outcomes metrics count, every one from the start.
var outcomes = []string{outcomeAnswered, outcomeUnanswered, outcomeCommand, outcomeChat, outcomeRefused, outcomeRateLimited, outcomeError}

// handle answers one message completely. A panic while handling is
// recovered, logged with the message's IDs and answered with an apology.
func (b *Bot) handle(ctx context.Context, a Adapter, m Message) {
	start := b.now()
	req := &request{ctx: ctx, bot: b, adapter: a, msg: &m, audience: b.audience(&m)}
	outcome := outcomeError
	defer func() {
		if p := recover(); p != nil {
			b.log.Error("panic while handling a message", "platform", m.Platform, "channel", m.ChannelID,
				"message", m.MessageID, "user", m.UserID, "panic", p, "stack", string(debug.Stack()))
			outcome = outcomeError
			req.sendSafely(Reply{Kind: Failure, Title: "Sorry, something went wrong",
				Body: "I hit an internal error while answering that. It has been logged; please try again or ask differently.", Private: true})
		}
		if outcome == outcomeIgnored {
			return
		}
		took := b.now().Sub(start)
		b.metrics.handled(m.Platform, outcome, took-req.delivery, req.delivery, req.delivered)
		b.log.Info("message handled", "platform", m.Platform, "channel", m.ChannelID, "user", m.UserID,
			"via", m.Via.String(), "outcome", outcome, "latency", took, "delivery", req.delivery)
	}()
	if m.EventID != "" && !b.guard.claim(ctx, "event:"+m.Platform+":"+m.EventID, dedupWindow) {
		b.log.Info("ignoring a delivery handled before", "platform", m.Platform, "event", m.EventID)
		outcome = outcomeIgnored
		return
	}
	outcome = b.dispatch(req)
}

// dedupWindow is how long a delivery's ID is remembered: well past the
// platforms' retries (Slack's last comes five minutes after the event)
// and a gateway's replay on resuming.
const dedupWindow = time.Hour

// conversationTTL is how long `more` and `source` can follow a
// question.
const conversationTTL = 24 * time.Hour

// convKey identifies the conversation a message belongs to: its channel
// and thread on its platform.
func convKey(m *Message) string {
	return m.Platform + ":" + m.ChannelID + ":" + m.ThreadID
}

// audience is the audience of the channel a message came from.
func (b *Bot) audience(m *Message) knowledge.Audience {
	p, ok := b.opts.Platforms[m.Platform]
	if !ok {
		return knowledge.Public
	}
	if a, ok := p.Channels[m.ChannelID]; ok {
		return a
	}
	return p.Audience
}

// isAdmin reports whether the sender is an admin of their platform, by
// permanent user ID or role.
func (b *Bot) isAdmin(m *Message) bool {
	p, ok := b.opts.Platforms[m.Platform]
	if !ok || m.UserID == "" {
		return false
	}
	if p.Everyone {
		return true
	}
	for _, id := range p.Admins {
		if id == m.UserID {
			return true
		}
	}
	for _, role := range p.AdminRoles {
		for _, r := range m.Roles {
			if r == role {
				return true
			}
		}
	}
	return false
}

// addressed returns the text a message says to the bot: without the
// prefix, cleaned of control characters. ok is false when a channel
// message does not start with the prefix, so it is not for the bot.
func (b *Bot) addressed(m *Message) (text string, ok bool) {
	text = clean(m.Text)
	if rest, found := cutPrefix(text, b.opts.Prefix); found {
		return rest, true
	}
	return text, m.Via != Channel
}

// cutPrefix removes prefix from the start of text, ignoring case, when a
// space or the end follows it.
func cutPrefix(text, prefix string) (string, bool) {
	if len(text) < len(prefix) || !strings.EqualFold(text[:len(prefix)], prefix) {
		return text, false
	}
	rest := text[len(prefix):]
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !unicode.IsSpace(r) {
		return text, false
	}
	return strings.TrimSpace(rest), true
}

// clean drops control and invisible formatting characters and collapses
// white space, so a hostile message cannot smuggle terminal escapes or
// zero-width text into logs and replies.
func clean(s string) string {
	s = strings.ToValidUTF8(s, "")
	s = ansiRE.ReplaceAllString(s, "")
	s = strings.Map(func(r rune) rune {
		switch {
		case unicode.IsSpace(r):
			return ' '
		case unicode.IsControl(r), unicode.Is(unicode.Cf, r):
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// ansiRE matches terminal escape sequences (colours, cursor moves).
var ansiRE = regexp.MustCompile(`\x1b(\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[@-Z\\-_])`)

// request is one message being handled.
type request struct {
	ctx      context.Context
	bot      *Bot
	adapter  Adapter
	msg      *Message
	audience knowledge.Audience
	// private is set while a Private command runs: its replies are for
	// the asker alone.
	private bool
	// delivery is the time spent in the adapter delivering replies, and
	// delivered is set once a reply was handed to it.
	delivery  time.Duration
	delivered bool
}

// prepare applies the request's rules to a reply before it is sent.
func (r *request) prepare(rep Reply) Reply {
	rep.Private = rep.Private || r.private
	return rep
}

// send delivers a reply: privately where the adapter can and the reply
// asks for it. A failed send is logged; the bot goes on.
func (r *request) send(rep Reply) {
	rep = r.prepare(rep)
	_ = r.deliver("reply not sent", func() error {
		if p, ok := r.adapter.(PrivateSender); ok && rep.Private {
			return p.SendPrivate(r.ctx, r.msg, rep)
		}
		return r.adapter.Send(r.ctx, r.msg, rep)
	})
}

// deliver runs one call into the adapter that delivers a reply, timing
// it for briefbot_delivery_seconds. A failure is logged here, once, as
// failed: adapters return their errors and log none of them.
func (r *request) deliver(failed string, call func() error) error {
	start := r.bot.now()
	err := call()
	r.delivery += r.bot.now().Sub(start)
	r.delivered = true
	if err != nil {
		r.bot.log.Warn(failed, "platform", r.msg.Platform, "channel", r.msg.ChannelID,
			"user", r.msg.UserID, "error", err)
	}
	return err
}

// sendSafely sends a reply from a recovered panic, recovering again if
// the adapter panics too.
func (r *request) sendSafely(rep Reply) {
	defer func() {
		if p := recover(); p != nil {
			r.bot.log.Error("panic while sending an apology", "platform", r.msg.Platform, "panic", p)
		}
	}()
	r.send(rep)
}

// maxCompletions is the most completions Complete returns; Discord shows
// 25.
const maxCompletions = 25

// Complete suggests what a user of a platform's channel may be typing as
// the argument of a command (the command's Completes: entry titles or
// theme headings), or as a question when command is "", for platforms
// that autocomplete. Only what the channel's audience may read is
// offered.
func (b *Bot) Complete(platform, channelID, command, typed string) []string {
	what := CompleteTitles
	if command != "" {
		what = CompleteNothing
		for _, c := range b.commands {
			if c.Name == command {
				what = c.Completes
			}
		}
	}
	if what == CompleteNothing {
		return nil
	}
	themes := what == CompleteThemes
	aud := b.audience(&Message{Platform: platform, ChannelID: channelID})
	base := b.Base()
	var out []string
	seen := map[string]bool{}
	add := func(s string) {
		if !seen[s] && len(out) < maxCompletions {
			seen[s] = true
			out = append(out, s)
		}
	}
	typed = strings.TrimSpace(typed)
	switch {
	case themes && typed == "":
		for _, s := range base.Themes(aud) {
			add(s.Heading)
		}
	case themes:
		for _, h := range base.CompleteThemes(typed, aud) {
			add(h)
		}
	case typed == "":
		for _, s := range base.Themes(aud) {
			for _, e := range s.Entries()[1:] {
				add(e.Title)
			}
		}
	default:
		for _, t := range base.CompleteTitles(typed, aud) {
			add(t)
		}
	}
	return out
}

// threadTTL is how long the bot follows a thread it posted in without
// being mentioned there: a week since its last post.
const threadTTL = 7 * 24 * time.Hour

// MarkThread records that the bot posted in thread threadID of a
// channel, so that replies there reach it without a mention. With a
// shared State every replica sees the mark; an adapter calls it through
// the Inbox the bot hands it.
func (b *Bot) MarkThread(ctx context.Context, platform, channelID, threadID string) {
	b.guard.mark(ctx, threadKey(platform, channelID, threadID), threadTTL)
}

// InThread reports whether the bot posted in thread threadID of a
// channel within the last week, on any replica.
func (b *Bot) InThread(ctx context.Context, platform, channelID, threadID string) bool {
	return b.guard.marked(ctx, threadKey(platform, channelID, threadID))
}

// threadKey is a thread's key in the State.
func threadKey(platform, channelID, threadID string) string {
	return "thread:" + platform + ":" + channelID + ":" + threadID
}
