package discord

import (
	"context"
	"net/http"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// The gateway handlers run on discordgo's reading goroutine: they convert
// and hand off, and never wait on the network.

func (a *Adapter) onReady(_ *discordgo.Session, r *discordgo.Ready) {
	if r.User != nil {
		id := r.User.ID
		a.botID.Store(&id)
	}
}

func (a *Adapter) onConnect(_ *discordgo.Session, _ *discordgo.Connect) {
	a.up.Store(true)
	if a.connected.Swap(true) {
		a.metrics.Reconnected(Platform)
		a.log.Info("discord gateway reconnected")
	}
}

func (a *Adapter) onDisconnect(_ *discordgo.Session, _ *discordgo.Disconnect) {
	a.up.Store(false)
	if !a.closing.Load() {
		a.log.Warn("discord gateway connection lost; reconnecting")
	}
}

func (a *Adapter) onMessage(_ *discordgo.Session, e *discordgo.MessageCreate) {
	id := ""
	if p := a.botID.Load(); p != nil {
		id = *p
	}
	if m, ok := incoming(e.Message, id); ok {
		a.dispatch(m, nil)
	}
}

func (a *Adapter) onInteraction(s *discordgo.Session, e *discordgo.InteractionCreate) {
	in := e.Interaction
	if in == nil {
		return
	}
	respond := func(ctx context.Context, r any) error {
		// What InteractionRespond does, for any response: a deferral
		// is not discordgo's InteractionResponse.
		endpoint := discordgo.EndpointInteractionResponse(in.ID, in.Token)
		_, err := s.RequestWithBucketID(http.MethodPost, endpoint, r, endpoint, discordgo.WithContext(ctx))
		return err
	}
	switch in.Type {
	case discordgo.InteractionApplicationCommand:
		a.command(&interaction{in: in, respond: respond})
	case discordgo.InteractionMessageComponent:
		a.press(&interaction{in: in, respond: respond})
	case discordgo.InteractionApplicationCommandAutocomplete:
		if !a.taking() {
			return
		}
		// Not on discordgo's reading goroutine, which must not wait on
		// the network.
		go func() {
			if err := respond(context.Background(), a.autocomplete(in)); err != nil {
				a.log.Warn("discord: answer autocomplete", "channel", in.ChannelID, "error", err)
			}
		}()
	}
}

// incoming converts a gateway message into the bot's form. It reports
// false for messages the bot must not hear: its own, other bots' and
// webhooks', system messages, and channel messages without text (which is
// what Discord sends without the MESSAGE_CONTENT intent).
func incoming(msg *discordgo.Message, botID string) (bot.Message, bool) {
	if msg == nil || msg.Author == nil || msg.Author.ID == "" || msg.Author.Bot ||
		msg.Author.ID == botID || msg.WebhookID != "" {
		return bot.Message{}, false
	}
	if msg.Type != discordgo.MessageTypeDefault && msg.Type != discordgo.MessageTypeReply {
		return bot.Message{}, false
	}
	m := bot.Message{
		Platform:  Platform,
		ChannelID: msg.ChannelID,
		MessageID: msg.ID,
		// A gateway that resumes may deliver a message again; the bot
		// answers a message ID once, on whichever shard or replica.
		EventID:  msg.ID,
		UserID:   msg.Author.ID,
		UserName: msg.Author.DisplayName(),
	}
	if msg.Member != nil {
		m.Roles = msg.Member.Roles
	}
	text, mentioned := stripMention(msg.Content, botID)
	// A reply to one of the bot's answers that pings it is addressed to it
	// too, though its text holds no mention.
	for _, u := range msg.Mentions {
		if u != nil && botID != "" && u.ID == botID {
			mentioned = true
		}
	}
	switch {
	case msg.GuildID == "":
		m.Via, m.Text = bot.Direct, text
	case mentioned:
		m.Via, m.Text = bot.Mention, text
	default:
		m.Via, m.Text = bot.Channel, strings.TrimSpace(msg.Content)
	}
	if m.Via == bot.Channel && m.Text == "" {
		return bot.Message{}, false
	}
	return m, true
}

// stripMention removes every mention of the bot, <@ID> or <@!ID>, from
// text and reports whether there was one. Spaces are folded, so the rest
// reads as one line.
func stripMention(text, botID string) (string, bool) {
	if botID == "" {
		return oneLine(text), false
	}
	found := false
	for _, tok := range [...]string{"<@" + botID + ">", "<@!" + botID + ">"} {
		if strings.Contains(text, tok) {
			found = true
			text = strings.ReplaceAll(text, tok, " ")
		}
	}
	return oneLine(text), found
}

// slashMessage is the bot's form of a slash command. It reports false
// when Discord named no user.
func slashMessage(in *discordgo.Interaction, text string) (bot.Message, bool) {
	u := in.User
	var roles []string
	if in.Member != nil {
		roles = in.Member.Roles
		if in.Member.User != nil {
			u = in.Member.User
		}
	}
	if u == nil || u.ID == "" {
		return bot.Message{}, false
	}
	return bot.Message{
		Platform:  Platform,
		ChannelID: in.ChannelID,
		EventID:   in.ID,
		UserID:    u.ID,
		UserName:  u.DisplayName(),
		Roles:     roles,
		Via:       bot.Slash,
		Text:      text,
	}, true
}
