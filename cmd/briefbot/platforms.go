package main

import (
	"fmt"
	"log/slog"

	"github.com/briefbot/briefbot/adapters/console"
	"github.com/briefbot/briefbot/adapters/discord"
	"github.com/briefbot/briefbot/adapters/slack"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
)

// platform is a chat platform briefbot run can serve.
type platform struct {
	name string
	// open returns the adapter the config asks for, nil when the config
	// does not enable the platform, and how the bot treats its people.
	open func(cfg *config.Config, log *slog.Logger, metrics *bot.Metrics) (bot.Adapter, bot.Policy, error)
}

// platforms are the chat platforms briefbot run serves, each from its
// section of the config. A new platform is its package and a line here.
var platforms = []platform{
	{slack.Platform, slack.Open},
	{discord.Platform, discord.Open},
}

// running is the adapter of a platform the config enables.
type running struct {
	name    string
	adapter bot.Adapter
}

// openPlatforms opens the platforms the config enables, and adds each
// platform's policy to policies, the console's included.
func openPlatforms(cfg *config.Config, log *slog.Logger, metrics *bot.Metrics, policies map[string]bot.Policy) ([]running, error) {
	policies[console.Platform] = consolePolicy(cfg.Console.Audience)
	var out []running
	for _, p := range platforms {
		a, policy, err := p.open(cfg, log, metrics)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p.name, err)
		}
		policies[p.name] = policy
		if a != nil {
			out = append(out, running{p.name, a})
		}
	}
	return out, nil
}
