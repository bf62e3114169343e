package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/briefbot/briefbot/knowledge"
)

// MaxQuestionLength is the most bot.max_question_length may be.
const MaxQuestionLength = 4000

// check validates c, whose secrets are set, and normalises its URLs.
func (p *parser) check(c *Config) {
	b := &c.Bot
	switch {
	case b.Prefix == "":
		p.errorf("bot.prefix", "must not be empty")
	case strings.ContainsFunc(b.Prefix, unicode.IsSpace):
		p.errorf("bot.prefix", "must not contain spaces, got %s", quote(b.Prefix))
	}
	p.positive("bot.rate_limit.per_minute", b.RateLimit.PerMinute)
	p.positive("bot.rate_limit.burst", b.RateLimit.Burst)
	if n := b.MaxQuestionLength; n <= 0 || n > MaxQuestionLength {
		p.errorf("bot.max_question_length", "must be between 1 and %d, got %d", MaxQuestionLength, n)
	}
	if b.ShutdownTimeout <= 0 {
		p.errorf("bot.shutdown_timeout", "must be positive, got %s", b.ShutdownTimeout)
	}

	if l := c.HTTP.Listen; l != "" {
		if _, port, err := net.SplitHostPort(l); err != nil {
			p.errorf("http.listen", "want host:port such as 127.0.0.1:8080 or :8080, got %s", quote(l))
		} else if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			p.errorf("http.listen", "want a port number from 0 to 65535 after the colon, got %s", quote(l))
		}
	}

	switch c.Log.Level {
	case slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError:
	default:
		p.errorf("log.level", "want debug, info, warn or error, got %q", c.Log.Level)
	}
	switch c.Log.Format {
	case FormatAuto, FormatText, FormatJSON:
	default:
		p.errorf("log.format", "want auto, text or json, got %s", quote(string(c.Log.Format)))
	}

	p.audience("console.audience")
	p.checkSlack(&c.Slack, c.HTTP.Listen)
	p.checkDiscord(&c.Discord, c.HTTP.Listen)
}

func (p *parser) checkSlack(s *Slack, listen string) {
	if s.Mode != SocketMode && s.Mode != HTTPMode {
		p.errorf("slack.mode", "want socket or http, got %s", quote(string(s.Mode)))
	}
	s.APIURL = p.baseURL("slack.api_url", s.APIURL)
	p.audience("slack.audience")
	for _, id := range slices.Sorted(maps.Keys(s.Channels)) {
		key := entryKey("slack.channels", id)
		if !isSlackID(id, "CGD") {
			p.errorAt(p.lines[key], "slack.channels: %s is not a Slack channel ID such as C0123ABC; "+
				"use the ID from the channel's details, not its name", quote(id))
		}
		p.audience(key)
	}
	for i, id := range s.Admins {
		if !isSlackID(id, "UW") {
			p.errorf(fmt.Sprintf("slack.admins[%d]", i), "%s is not a Slack user ID such as U0123ABC; "+
				"list admins by the member ID in their profile, not by name, which they can change", quote(id))
		}
	}

	if !s.Enabled {
		return
	}
	p.token("slack.enabled", EnvSlackBotToken, s.BotToken, "xoxb-", "the bot user's OAuth token")
	switch s.Mode {
	case SocketMode:
		p.token("slack.mode", EnvSlackAppToken, s.AppToken, "xapp-", "an app-level token, which socket mode connects with")
	case HTTPMode:
		if s.SigningSecret == "" {
			p.errorf("slack.mode", "http mode needs %s in the environment, to verify Slack's requests", EnvSlackSigningSecret)
		}
		if listen == "" {
			p.errorf("http.listen", "must be set when slack.mode is http, for Slack to send events to")
		}
	}
}

func (p *parser) checkDiscord(d *Discord, listen string) {
	d.APIURL = p.baseURL("discord.api_url", d.APIURL)
	if d.ApplicationID != "" {
		p.snowflake("discord.application_id", "a Discord application ID", d.ApplicationID)
	}
	if d.PublicKey != "" {
		if k, err := hex.DecodeString(d.PublicKey); err != nil || len(k) != ed25519.PublicKeySize {
			p.errorf("discord.public_key", "want the application's public key, %d hex digits, got %s",
				2*ed25519.PublicKeySize, quote(d.PublicKey))
		}
	}
	if d.GuildID != "" {
		p.snowflake("discord.guild_id", "a Discord server (guild) ID", d.GuildID)
	}
	p.audience("discord.audience")
	for _, id := range slices.Sorted(maps.Keys(d.Channels)) {
		key := entryKey("discord.channels", id)
		if !isSnowflake(id) {
			p.errorAt(p.lines[key], "discord.channels: %s is not a Discord channel ID (digits only); "+
				"use Copy Channel ID, not the channel's name", quote(id))
		}
		p.audience(key)
	}
	for i, id := range d.Admins {
		p.snowflake(fmt.Sprintf("discord.admins[%d]", i), "a Discord user ID (not a name)", id)
	}
	for i, id := range d.AdminRoles {
		p.snowflake(fmt.Sprintf("discord.admin_roles[%d]", i), "a Discord role ID (not a name)", id)
	}
	if d.ShardCount < 1 {
		p.errorf("discord.shard_count", "must be at least 1, got %d", d.ShardCount)
	} else if d.ShardID < 0 || d.ShardID >= d.ShardCount {
		p.errorf("discord.shard_id", "must be from 0 to %d (discord.shard_count - 1), got %d", d.ShardCount-1, d.ShardID)
	}

	if !d.Enabled {
		return
	}
	switch t := d.BotToken.Reveal(); {
	case t == "":
		p.errorf("discord.enabled", "%s is not set in the environment; discord needs the bot token", EnvDiscordBotToken)
	case strings.HasPrefix(t, "Bot "):
		p.errorf("discord.enabled", `%s must be the token alone, without "Bot " in front`, EnvDiscordBotToken)
	}
	if d.ApplicationID == "" {
		p.errorf("discord.application_id", "must be set when discord is enabled")
	}
	if d.Gateway {
		return
	}
	if d.PublicKey == "" {
		p.errorf("discord.public_key", "must be set when discord.gateway is false, to verify Discord's interactions")
	}
	if listen == "" {
		p.errorf("http.listen", "must be set when discord.gateway is false, for Discord to send interactions to")
	}
	if d.MessageContent {
		p.errorf("discord.message_content", "needs discord.gateway: messages arrive only over the gateway")
	}
}

// token checks the secret from the environment variable env, which the
// setting at key needs and which starts with prefix.
func (p *parser) token(key, env string, s Secret, prefix, what string) {
	switch {
	case s == "":
		p.errorf(key, "%s is not set in the environment; it must hold %s (%s...)", env, what, prefix)
	case !strings.HasPrefix(s.Reveal(), prefix):
		p.errorf(key, "%s does not start with %q; it must hold %s", env, prefix, what)
	}
}

func (p *parser) positive(key string, n int) {
	if n <= 0 {
		p.errorf(key, "must be positive, got %d", n)
	}
}

// audience checks the audience the file sets at key, if it sets one.
func (p *parser) audience(key string) {
	word, ok := p.audiences[key]
	if _, err := knowledge.ParseAudience(word); ok && err != nil {
		p.errorf(key, "want public or internal, got %s", quote(word))
	}
}

func (p *parser) snowflake(key, what, id string) {
	if !isSnowflake(id) {
		p.errorf(key, "want %s, digits only, got %s", what, quote(id))
	}
}

// baseURL checks the URL s at key and returns it ending in "/", so that
// clients can append paths to it.
func (p *parser) baseURL(key, s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" ||
		u.User != nil || u.RawQuery != "" || u.ForceQuery || u.Fragment != "" {
		p.errorf(key, "want an absolute http or https URL without query, got %s", quote(s))
		return s
	}
	if !strings.HasSuffix(u.Path, "/") {
		u.Path += "/"
		if u.RawPath != "" {
			u.RawPath += "/"
		}
	}
	return u.String()
}

// isSlackID reports whether id looks like a Slack ID whose first letter is
// one of kinds: uppercase letters and digits.
func isSlackID(id, kinds string) bool {
	if len(id) < 2 || !strings.ContainsRune(kinds, rune(id[0])) {
		return false
	}
	return !strings.ContainsFunc(id, func(r rune) bool {
		return (r < 'A' || r > 'Z') && (r < '0' || r > '9')
	})
}

// isSnowflake reports whether id is a Discord ID: a 64-bit number in
// decimal.
func isSnowflake(id string) bool {
	_, err := strconv.ParseUint(id, 10, 64)
	return err == nil
}
