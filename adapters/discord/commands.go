package discord

import (
	"errors"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// commandName is the one slash command the bot registers; the bot's
// command words are its subcommands.
const commandName = "brief"

// subcommand is one /brief subcommand and the words it stands for.
type subcommand struct {
	name, description string
	// option is the name of its one string option, "" for none.
	option, optionDescription string
	// private subcommands are admin commands: when their answer is slow,
	// the interaction is deferred ephemerally so the answer stays private.
	private bool
}

// subcommands map onto the bot core's command words. /brief ask sends the
// question alone; the others send their name, then their option.
var subcommands = []subcommand{
	{name: "ask", description: "Ask a question about the briefings",
		option: "question", optionDescription: "What you want to know"},
	{name: "themes", description: "List the themes of every briefing"},
	{name: "initiatives", description: "List the initiatives under a theme",
		option: "theme", optionDescription: "The theme"},
	{name: "show", description: "Show one entry in full",
		option: "title", optionDescription: "The entry's title"},
	{name: "sources", description: "List the documents the answers come from"},
	{name: "more", description: "More answers to the last question here"},
	{name: "source", description: "The full text of the last answer, with its file and line"},
	{name: "help", description: "What the bot understands"},
	{name: "reload", description: "Reload the briefings (admins)", private: true},
	{name: "status", description: "Knowledge version, counts and uptime (admins)", private: true},
	{name: "misses", description: "The questions nothing answered (admins)", private: true},
}

// commands returns the application commands to register. Every option is
// autocompleted: entry titles for question and title, theme names for
// theme.
func commands() []*discordgo.ApplicationCommand {
	opts := make([]*discordgo.ApplicationCommandOption, 0, len(subcommands))
	for _, s := range subcommands {
		o := &discordgo.ApplicationCommandOption{
			Type:        discordgo.ApplicationCommandOptionSubCommand,
			Name:        s.name,
			Description: s.description,
		}
		if s.option != "" {
			o.Options = []*discordgo.ApplicationCommandOption{{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         s.option,
				Description:  s.optionDescription,
				Required:     true,
				Autocomplete: true,
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

var errNotBrief = errors.New("not a /brief command")

// commandText turns a /brief interaction into the text the bot core
// understands ("initiatives Climate" for /brief initiatives
// theme:Climate) and reports whether the subcommand is an admin one.
func commandText(d discordgo.ApplicationCommandInteractionData) (text string, private bool, err error) {
	if d.Name != commandName {
		return "", false, fmt.Errorf("command %q: %w", d.Name, errNotBrief)
	}
	if len(d.Options) != 1 || d.Options[0] == nil || d.Options[0].Type != discordgo.ApplicationCommandOptionSubCommand {
		return "", false, fmt.Errorf("command %q without a subcommand: %w", d.Name, errNotBrief)
	}
	sub := d.Options[0]
	s, ok := lookup(sub.Name)
	if !ok {
		return "", false, fmt.Errorf("unknown subcommand %q: %w", sub.Name, errNotBrief)
	}
	if s.option == "" {
		return s.name, s.private, nil
	}
	value := ""
	for _, o := range sub.Options {
		if o != nil && o.Name == s.option {
			v, _ := o.Value.(string)
			value = oneLine(v)
		}
	}
	if s.name == "ask" {
		return value, s.private, nil
	}
	return strings.TrimSpace(s.name + " " + value), s.private, nil
}

// focused returns the option a user is typing in an autocomplete
// interaction and what they have typed so far.
func focused(d discordgo.ApplicationCommandInteractionData) (option, typed string, ok bool) {
	if d.Name != commandName || len(d.Options) != 1 || d.Options[0] == nil {
		return "", "", false
	}
	for _, o := range d.Options[0].Options {
		if o != nil && o.Focused {
			v, _ := o.Value.(string)
			return o.Name, strings.TrimSpace(v), true
		}
	}
	return "", "", false
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

func lookup(name string) (subcommand, bool) {
	for _, s := range subcommands {
		if s.name == name {
			return s, true
		}
	}
	return subcommand{}, false
}
