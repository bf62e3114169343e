package discord

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

func TestRegisterCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		guild string
		path  string
	}{
		{"globally", "", "applications/" + discordtest.ApplicationID + "/commands"},
		{"in one guild", "g9", "applications/" + discordtest.ApplicationID + "/guilds/g9/commands"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			f := discordtest.NewServer(t)
			a := httpAdapter(t, f, newSigner(), config.Discord{GuildID: tc.guild}, Options{})
			start(t, a, newInbox(noReply))

			puts := f.Sent("PUT", "*")
			if len(puts) != 1 || puts[0].Path != tc.path {
				t.Fatalf("registrations = %+v, want one PUT %s", puts, tc.path)
			}
			var cmds []*discordgo.ApplicationCommand
			if err := json.Unmarshal(puts[0].Body, &cmds); err != nil {
				t.Fatal(err)
			}
			if len(cmds) != 1 || cmds[0].Name != "brief" || cmds[0].Type != discordgo.ChatApplicationCommand {
				t.Fatalf("registered %s, want the one chat command /brief", puts[0].Body)
			}
			numbered := map[string]bool{}
			for _, c := range bot.Commands() {
				numbered[subcommandName(c.Name)] = c.Numbered
			}
			got := map[string]string{}
			for _, o := range cmds[0].Options {
				if o.Type != discordgo.ApplicationCommandOptionSubCommand {
					t.Errorf("option %s is of type %v, want a subcommand", o.Name, o.Type)
				}
				got[o.Name] = ""
				for _, opt := range o.Options {
					switch {
					case numbered[o.Name]:
						if opt.Type != discordgo.ApplicationCommandOptionInteger || opt.Required || opt.MinValue == nil || *opt.MinValue != 1 {
							t.Errorf("/brief %s %s is not an optional integer from 1", o.Name, opt.Name)
						}
					case opt.Type != discordgo.ApplicationCommandOptionString || !opt.Required || !opt.Autocomplete:
						t.Errorf("/brief %s %s is not a required, autocompleted string", o.Name, opt.Name)
					}
					got[o.Name] = opt.Name
				}
				if o.Description == "" || len(o.Description) > 100 {
					t.Errorf("/brief %s description %q, want 1 to 100 characters", o.Name, o.Description)
				}
			}
			want := map[string]string{"ask": "question"}
			for _, c := range bot.Commands() {
				want[subcommandName(c.Name)] = c.Arg
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("subcommands and their options (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCommandText(t *testing.T) {
	sub := func(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) discordgo.ApplicationCommandInteractionData {
		return discordgo.ApplicationCommandInteractionData{Name: "brief", Options: []*discordgo.ApplicationCommandInteractionDataOption{{
			Name: name, Type: discordgo.ApplicationCommandOptionSubCommand, Options: opts,
		}}}
	}
	str := func(name string, v any) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: v}
	}
	num := func(name string, v float64) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionInteger, Value: v}
	}
	tests := []struct {
		name    string
		data    discordgo.ApplicationCommandInteractionData
		text    string
		private bool
		err     bool
	}{
		{"ask", sub("ask", str("question", "what is the budget?")), "what is the budget?", false, false},
		{"ask folds spaces", sub("ask", str("question", "  two\n lines ")), "two lines", false, false},
		{"themes", sub("themes"), "themes", false, false},
		{"initiatives", sub("initiatives", str("theme", "Water")), "initiatives Water", false, false},
		{"initiatives without theme", sub("initiatives"), "initiatives", false, false},
		{"show", sub("show", str("title", "Clean water")), "show Clean water", false, false},
		{"reload", sub("reload"), "reload", true, false},
		{"option of the wrong type", sub("ask", str("question", 42.0)), "", false, false},
		{"numbered", sub("source", num("n", 2)), "source 2", false, false},
		{"numbered without its number", sub("source"), "source", false, false},
		{"numbered with a string", sub("source", str("n", "two")), "source", false, false},
		{"unknown option ignored", sub("themes", str("x", "y")), "themes", false, false},
		{"unknown subcommand", sub("dance"), "", false, true},
		{"another command", discordgo.ApplicationCommandInteractionData{Name: "other"}, "", false, true},
		{"no subcommand", discordgo.ApplicationCommandInteractionData{Name: "brief"}, "", false, true},
		{"nil subcommand", discordgo.ApplicationCommandInteractionData{Name: "brief", Options: []*discordgo.ApplicationCommandInteractionDataOption{nil}}, "", false, true},
	}
	// Every command of the bot, with an argument where it takes one.
	for _, c := range bot.Commands() {
		data, text := sub(subcommandName(c.Name)), c.Name
		switch {
		case c.Numbered:
			data, text = sub(subcommandName(c.Name), num(subcommandName(c.Arg), 3)), c.Name+" 3"
		case c.Arg != "":
			data, text = sub(subcommandName(c.Name), str(subcommandName(c.Arg), "x")), c.Name+" x"
		}
		tests = append(tests, struct {
			name    string
			data    discordgo.ApplicationCommandInteractionData
			text    string
			private bool
			err     bool
		}{"command " + c.Name, data, text, c.Private, false})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, private, err := commandText(tc.data)
			if text != tc.text || private != tc.private || (err != nil) != tc.err {
				t.Errorf("commandText(%s) = %q, %v, %v, want %q, %v, error %v", tc.name, text, private, err, tc.text, tc.private, tc.err)
			}
		})
	}
}

func TestSubcommandName(t *testing.T) {
	for name, want := range map[string]string{
		"themes": "themes", "reload anyway": "reload-anyway", "What's New": "whats-new", "ré load": "ré-load",
	} {
		if got := subcommandName(name); got != want {
			t.Errorf("subcommandName(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestChoices(t *testing.T) {
	long := strings.Repeat("x", 150)
	tests := []struct {
		name string
		in   []string
		want []string
	}{
		{"none", nil, []string{}},
		{"empty and repeated dropped", []string{"a", "", "a", "  ", "b"}, []string{"a", "b"}},
		{"long clipped", []string{long}, []string{strings.Repeat("x", 99) + "…"}},
		{"line breaks folded", []string{"two\nlines"}, []string{"two lines"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := []string{}
			for _, c := range choices(tc.in) {
				if c.Name != c.Value {
					t.Errorf("choice name %q differs from its value %v", c.Name, c.Value)
				}
				got = append(got, c.Name)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("choices(%q) (-want +got):\n%s", tc.in, diff)
			}
		})
	}
	many := make([]string, 40)
	for i := range many {
		many[i] = strings.Repeat("v", i+1)
	}
	if n := len(choices(many)); n != maxChoices {
		t.Errorf("choices(40 values) = %d choices, want %d", n, maxChoices)
	}
}

// FuzzCommandText feeds interaction data as Discord would send it, in
// JSON, through discordgo's decoding into commandText and focused.
func FuzzCommandText(f *testing.F) {
	f.Add(`{"name":"brief","type":1,"options":[{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":"budget?"}]}]}`)
	f.Add(`{"name":"brief","type":1,"options":[{"name":"initiatives","type":1,"options":[{"name":"theme","type":3,"value":"Wa","focused":true}]}]}`)
	f.Add(`{"name":"brief","options":[{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":{"a":1}}]}]}`)
	f.Add(`{"name":"brief","options":[null]}`)
	f.Add(`{"name":"brief","options":[{"name":"themes","type":2,"options":[null,{"focused":true}]}]}`)
	f.Fuzz(func(t *testing.T, data string) {
		var d discordgo.ApplicationCommandInteractionData
		if json.Unmarshal([]byte(data), &d) != nil {
			return
		}
		text, _, err := commandText(d)
		if err != nil && text != "" {
			t.Errorf("commandText(%s) = %q with error %v", data, text, err)
		}
		if text != oneLine(text) {
			t.Errorf("commandText(%s) = %q, want one line with single spaces", data, text)
		}
		if err != nil {
			focused(d)
			return
		}
		if c, ok := lookup(d.Options[0].Name); !ok || !strings.HasPrefix(text, c.Name) {
			t.Errorf("commandText(%s) = %q, which does not start with the name of its command", data, text)
		}
		focused(d)
	})
}
