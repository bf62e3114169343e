package discord

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// Send posts r where m came from: as the answer to a slash command, or in
// m's channel as a reply to m. A long reply goes as several messages.
// Failures are returned, not logged: the bot logs each failed reply once.
// Refusals and failures answer a slash command ephemerally, as does a
// private reply, which goes by direct message when m came over the gateway.
func (a *Adapter) Send(ctx context.Context, m *bot.Message, r bot.Reply) error {
	_, err := a.post(ctx, m, r, r.Private)
	return err
}

// SendPrivate shows r to the asker alone: ephemerally under a slash
// command, else in a direct message to the asker.
func (a *Adapter) SendPrivate(ctx context.Context, m *bot.Message, r bot.Reply) error {
	_, err := a.post(ctx, m, r, true)
	return err
}

// Post sends r like Send and returns an ID for Edit, which names every
// message the reply took.
func (a *Adapter) Post(ctx context.Context, m *bot.Message, r bot.Reply) (string, error) {
	ids, err := a.post(ctx, m, r, r.Private)
	return strings.Join(ids, ","), err
}

// Edit replaces the reply Post sent by r, sending or deleting messages
// when r needs more or fewer of them.
func (a *Adapter) Edit(ctx context.Context, m *bot.Message, id string, r bot.Reply) error {
	if m == nil {
		return errNoMessage
	}
	var old []string
	if id != "" {
		old = strings.Split(id, ",")
	}
	msgs := render(r)
	var err error
	if it, ok := m.Ref.(*interaction); ok {
		err = a.editInteraction(ctx, it, old, msgs, ephemeral(r, r.Private))
	} else {
		err = a.editChannel(ctx, m, old, msgs, r.Private)
	}
	return a.dialled(err)
}

var errNoMessage = errors.New("discord: no message to answer")

// ephemeral reports whether a reply to a slash command is shown to the
// asker alone: private replies, and refusals and failures, which are
// nobody else's business.
func ephemeral(r bot.Reply, private bool) bool {
	return private || r.Kind == bot.Refusal || r.Kind == bot.Failure
}

func (a *Adapter) post(ctx context.Context, m *bot.Message, r bot.Reply, private bool) ([]string, error) {
	if m == nil {
		return nil, errNoMessage
	}
	msgs := render(r)
	controls := feedbackButtons(r)
	var ids []string
	var err error
	if it, ok := m.Ref.(*interaction); ok {
		ids, err = a.answer(ctx, it, msgs, controls, ephemeral(r, private))
	} else {
		ids, err = a.postChannel(ctx, m, msgs, controls, private)
	}
	return ids, a.dialled(err)
}

// feedbackButtons are an answer's feedback controls, under its last
// message: a Helpful and a Not helpful button, whose custom_id is
// bot.Control of the answer's ID. Replies that are not answers get none.
func feedbackButtons(r bot.Reply) []discordgo.MessageComponent {
	if r.AnswerID == "" {
		return nil
	}
	button := func(label, emoji string, v bot.Verdict) discordgo.MessageComponent {
		return discordgo.Button{Label: label, Style: discordgo.SecondaryButton,
			Emoji: &discordgo.ComponentEmoji{Name: emoji}, CustomID: bot.Control(r.AnswerID, v)}
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		button("Helpful", "👍", bot.Helpful), button("Not helpful", "👎", bot.Unhelpful),
	}}}
}

// last returns controls for the last of n messages, nil for the others.
func last(i, n int, controls []discordgo.MessageComponent) []discordgo.MessageComponent {
	if i == n-1 {
		return controls
	}
	return nil
}

// answer sends a reply to a slash command: the first message as the
// interaction's response, the others as follow-ups, the last with the
// controls.
func (a *Adapter) answer(ctx context.Context, it *interaction, msgs [][]*discordgo.MessageEmbed, controls []discordgo.MessageComponent, private bool) ([]string, error) {
	it.mu.Lock()
	defer it.mu.Unlock()
	ids := make([]string, 0, len(msgs))
	for i, embeds := range msgs {
		id, err := a.answerOne(ctx, it, embeds, last(i, len(msgs), controls), private)
		a.metrics.Sent(Platform, err)
		if err != nil {
			return ids, fmt.Errorf("discord: answer slash command in channel %s: %w", it.in.ChannelID, it.hide(err))
		}
		ids = append(ids, id)
	}
	return ids, nil
}

// answerOne sends one message of a reply to a slash command, with its
// controls; it.mu is held.
func (a *Adapter) answerOne(ctx context.Context, it *interaction, embeds []*discordgo.MessageEmbed, controls []discordgo.MessageComponent, private bool) (string, error) {
	var flags discordgo.MessageFlags
	if private {
		flags = discordgo.MessageFlagsEphemeral
	}
	opt := discordgo.WithContext(ctx)
	switch {
	case it.state == pending:
		err := it.respond(ctx, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: embeds, Components: controls, AllowedMentions: none(), Flags: flags},
		})
		if err != nil {
			return "", err
		}
		it.state = answered
		return original, nil
	case it.state == deferred && (!private || it.private):
		edit := &discordgo.WebhookEdit{Embeds: &embeds, AllowedMentions: none()}
		if controls != nil {
			edit.Components = &controls
		}
		_, err := a.session.InteractionResponseEdit(it.in, edit, opt)
		if err != nil {
			return "", err
		}
		it.state = answered
		return original, nil
	case it.state == deferred:
		// Deferred in public, but this answer is for the asker alone:
		// take the public "thinking…" away and follow up ephemerally.
		if err := a.session.InteractionResponseDelete(it.in, opt); err != nil {
			return "", err
		}
		it.state = answered
	}
	msg, err := a.session.FollowupMessageCreate(it.in, true, &discordgo.WebhookParams{
		Embeds: embeds, Components: controls, AllowedMentions: none(), Flags: flags,
	}, opt)
	if err != nil {
		return "", err
	}
	return msg.ID, nil
}

// postChannel sends a reply to a gateway message into its channel, the
// first message as a reply to it (which pings nobody: allowed_mentions
// has replied_user false), the last with the controls.
func (a *Adapter) postChannel(ctx context.Context, m *bot.Message, msgs [][]*discordgo.MessageEmbed, controls []discordgo.MessageComponent, private bool) ([]string, error) {
	opt := discordgo.WithContext(ctx)
	channelID := m.ChannelID
	var ref *discordgo.MessageReference
	if m.MessageID != "" {
		no := false
		ref = &discordgo.MessageReference{MessageID: m.MessageID, ChannelID: m.ChannelID, FailIfNotExists: &no}
	}
	if private && m.Via != bot.Direct {
		// Only an interaction can be answered ephemerally. A private reply
		// to a gateway message goes to the asker's direct messages.
		dm, err := a.session.UserChannelCreate(m.UserID, opt)
		if err != nil {
			a.metrics.Sent(Platform, err)
			return nil, fmt.Errorf("discord: open a direct message to user %s: %w", m.UserID, err)
		}
		channelID, ref = dm.ID, nil
	}
	if channelID == "" {
		return nil, errNoMessage
	}
	ids := make([]string, 0, len(msgs))
	for i, embeds := range msgs {
		send := &discordgo.MessageSend{Embeds: embeds, Components: last(i, len(msgs), controls), AllowedMentions: none()}
		if i == 0 {
			send.Reference = ref
		}
		msg, err := a.session.ChannelMessageSendComplex(channelID, send, opt)
		a.metrics.Sent(Platform, err)
		if err != nil {
			return ids, fmt.Errorf("discord: send to channel %s: %w", channelID, err)
		}
		ids = append(ids, channelID+"/"+msg.ID)
	}
	return ids, nil
}

// editInteraction replaces the messages of a reply to a slash command.
func (a *Adapter) editInteraction(ctx context.Context, it *interaction, old []string, msgs [][]*discordgo.MessageEmbed, private bool) error {
	opt := discordgo.WithContext(ctx)
	it.mu.Lock()
	defer it.mu.Unlock()
	for i, embeds := range msgs {
		var err error
		if i < len(old) {
			_, err = a.session.FollowupMessageEdit(it.in, old[i], &discordgo.WebhookEdit{
				Embeds: &embeds, AllowedMentions: none(),
			}, opt)
		} else {
			_, err = a.answerOne(ctx, it, embeds, nil, private)
		}
		a.metrics.Sent(Platform, err)
		if err != nil {
			return fmt.Errorf("discord: edit the answer in channel %s: %w", it.in.ChannelID, it.hide(err))
		}
	}
	for _, id := range old[min(len(msgs), len(old)):] {
		if err := a.session.FollowupMessageDelete(it.in, id, opt); err != nil {
			return fmt.Errorf("discord: delete an answer message in channel %s: %w", it.in.ChannelID, it.hide(err))
		}
	}
	return nil
}

// editChannel replaces the messages of a reply to a gateway message.
// Post's IDs are channel/message pairs, since a private reply went to a
// direct message channel.
func (a *Adapter) editChannel(ctx context.Context, m *bot.Message, old []string, msgs [][]*discordgo.MessageEmbed, private bool) error {
	opt := discordgo.WithContext(ctx)
	if len(old) == 0 {
		_, err := a.postChannel(ctx, m, msgs, nil, private)
		return err
	}
	channelOf := func(id string) (string, string, error) {
		ch, msg, ok := strings.Cut(id, "/")
		if !ok || ch == "" || msg == "" {
			return "", "", fmt.Errorf("discord: edit: %q is not an ID from Post", id)
		}
		return ch, msg, nil
	}
	for i, embeds := range msgs {
		var err error
		if i < len(old) {
			ch, id, perr := channelOf(old[i])
			if perr != nil {
				return perr
			}
			_, err = a.session.ChannelMessageEditComplex(&discordgo.MessageEdit{
				ID: id, Channel: ch, Embeds: &embeds, AllowedMentions: none(),
			}, opt)
		} else {
			ch, _, perr := channelOf(old[len(old)-1])
			if perr != nil {
				return perr
			}
			_, err = a.session.ChannelMessageSendComplex(ch, &discordgo.MessageSend{
				Embeds: embeds, AllowedMentions: none(),
			}, opt)
		}
		a.metrics.Sent(Platform, err)
		if err != nil {
			return fmt.Errorf("discord: edit the reply in channel %s: %w", m.ChannelID, err)
		}
	}
	for _, old := range old[min(len(msgs), len(old)):] {
		ch, id, err := channelOf(old)
		if err != nil {
			return err
		}
		if err := a.session.ChannelMessageDelete(ch, id, opt); err != nil {
			return fmt.Errorf("discord: delete a reply message in channel %s: %w", ch, err)
		}
	}
	return nil
}
