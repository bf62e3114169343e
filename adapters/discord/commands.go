package discord

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/briefbot/briefbot/bot"
)

// commandName is the one slash command the bot registers; the bot's
// commands are its subcommands.
const commandName = "brief"

// ask is /brief ask: a question. On other platforms a question is simply
// typed, so it is not among the bot's commands; its empty name makes its
// argument the whole message.
var ask = bot.Command{Arg: "question", Completes: bot.CompleteTitles, Help: "ask a question about the briefings"}

// askName is the subcommand name of ask.
const askName = "ask"

// subcommands returns the /brief subcommands by name: ask, then the bot's
// commands.
func subcommands() ([]string, map[string]bot.Command) {
	names := []string{askName}
	byName := map[string]bot.Command{askName: ask}
	for _, c := range bot.Commands() {
		name := subcommandName(c.Name)
		names = append(names, name)
		byName[name] = c
	}
	return names, byName
}

// subcommandName is a bot command's name as a subcommand's: one word of
// lower-case letters, digits, "-" and "_", as Discord requires, so
// "reload anyway" is reload-anyway and "what's new" whats-new.
func subcommandName(name string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ':
			return '-'
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			return unicode.ToLower(r)
		}
		return -1
	}, name)
}

// lookup returns the command of a subcommand.
func lookup(name string) (bot.Command, bool) {
	_, byName := subcommands()
	c, ok := byName[name]
	return c, ok
}

// commands returns the application commands to register: /brief, with a
// subcommand for ask and for each of the bot's commands, described by its
// help. An argument is a required string option, autocompleted with what
// the command completes, or, for a numbered command, an optional integer.
func commands() []*discordgo.ApplicationCommand {
	names, byName := subcommands()
	opts := make([]*discordgo.ApplicationCommandOption, 0, len(names))
	for _, name := range names {
		c := byName[name]
		description := capitalize(c.Help)
		if c.Admin {
			description += " (admins)"
		}
		o := &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        name,
			Description: clip(description, maxDescription),
		}
		switch {
		case c.Numbered:
			o.Options = []*discordgo.ApplicationCommandOption{{
				Type:        discordgo.ApplicationCommandOptionInteger,
				Name:        subcommandName(c.Arg),
				Description: "Which one, by number",
				MinValue:    &minNumber,
			}}
		case c.Arg != "":
			o.Options = []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         subcommandName(c.Arg),
				Description:  "The " + c.Arg,
				Required:     true,
				Autocomplete: c.Completes != bot.CompleteNothing,
			}}
		}
		opts = append(opts, o)
	}
	return []*discordgo.ApplicationCommand{{
		Type:        discordgo.ChatApplicationCommand,
		Name:        commandName,
		Description: "Ask the briefings",
		Contexts: &[]discordgo.InteractionContextType{
			discordgo.InteractionContextGuild,
			discordgo.InteractionContextBotDM,
		},
		Options: opts,
	}}
}

// minNumber is the least number a numbered command takes.
var minNumber = 1.0

// maxDescription is the longest description Discord takes.
const maxDescription = 100

// capitalize returns s with its first letter in upper case.
func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

var errNotBrief = errors.New("not a /brief command")

// commandText turns a /brief interaction into the text the bot
// understands ("initiatives Climate" for /brief initiatives
// theme:Climate) and reports whether its replies are for the asker alone.
func commandText(d discordgo.ApplicationCommandInteractionData) (text string, private bool, err error) {
	if d.Name != commandName {
		return "", false, fmt.Errorf("command %q: %w", d.Name, errNotBrief)
	}
	if len(d.Options) != 1 || d.Options[0] == nil || d.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
		return "", false, fmt.Errorf("command %q without a subcommand: %w", d.Name, errNotBrief)
	}
	sub := d.Options[0]
	c, ok := lookup(sub.Name)
	if !ok {
		return "", false, fmt.Errorf("unknown subcommand %q: %w", sub.Name, errNotBrief)
	}
	value := ""
	for _, o := range sub.Options {
		if o != nil && c.Arg != "" && o.Name == subcommandName(c.Arg) {
			switch v := o.Value.(type) {
			case string:
				if !c.Numbered {
					value = oneLine(v)
				}
			case float64: // a JSON number: an integer option's value
				if c.Numbered {
					value = strconv.FormatFloat(v, 'f', 0, 64)
				}
			}
		}
	}
	return strings.TrimSpace(c.Name + " " + value), c.Private, nil
}

// focused returns the command whose argument a user is typing in an
// autocomplete interaction, and what they have typed so far.
func focused(d discordgo.ApplicationCommandInteractionData) (c bot.Command, typed string, ok bool) {
	if d.Name != commandName || len(d.Options) != 1 || d.Options[0] == nil {
		return bot.Command{}, "", false
	}
	c, ok = lookup(d.Options[0].Name)
	if !ok {
		return bot.Command{}, "", false
	}
	for _, o := range d.Options[0].Options {
		if o != nil && o.Focused {
			v, _ := o.Value.(string)
			return c, strings.TrimSpace(v), true
		}
	}
	return bot.Command{}, "", false
}

// choices turns completions into autocomplete choices within Discord's
// limits: at most 25, each name and value at most 100 characters, none
// empty or repeated.
func choices(values []string) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, min(len(values), maxChoices))
	seen := make(map[string]bool)
	for _, v := range values {
		v = clip(oneLine(v), maxChoiceLength)
		if v == "" || seen[v] {
			continue
		}
		seen[v] = true
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: v, Value: v})
		if len(out) == maxChoices {
			break
		}
	}
	return out
}
