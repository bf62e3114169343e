// Package config reads briefbot's configuration: one YAML file for
// everything but secrets, which come only from the environment.
//
// Parse and Load validate the whole file at once and report every problem,
// each naming its file, line and key. example.yaml documents every key.
package config

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/briefbot/briefbot/knowledge"
)

// Config is briefbot's whole configuration. Its zero value is not useful:
// start from Default, Parse or Load.
type Config struct {
	Knowledge Knowledge `yaml:"knowledge"`
	Bot       Bot       `yaml:"bot"`
	HTTP      HTTP      `yaml:"http"`
	Log       Log       `yaml:"log"`
	Console   Console   `yaml:"console"`
	Slack     Slack     `yaml:"slack"`
	Discord   Discord   `yaml:"discord"`
}

// Knowledge says where the briefing documents are.
type Knowledge struct {
	// Dir is the directory of briefing documents, resolved against the
	// config file's directory when relative. "" means the embedded sample
	// briefing.
	Dir string `yaml:"dir"`
	// Watch reloads the documents when files in Dir change.
	Watch bool `yaml:"watch"`
	// Mount is BRIEFBOT_KNOWLEDGE, where a container mounts the knowledge
	// directory. It is served when Dir is empty; what happens when nothing
	// is mounted there is decided where the knowledge is opened.
	Mount string `yaml:"-"`
}

// Bot holds the settings every platform shares.
type Bot struct {
	// Prefix addresses the bot in a channel message, as in "!brief themes".
	Prefix    string    `yaml:"prefix"`
	RateLimit RateLimit `yaml:"rate_limit"`
	// MaxQuestionLength is the longest question, in characters, the bot
	// will look up.
	MaxQuestionLength int `yaml:"max_question_length"`
	// ShutdownTimeout is how long the bot may take to finish the replies in
	// flight when it is told to stop.
	ShutdownTimeout time.Duration `yaml:"shutdown_timeout"`
}

// RateLimit is a per-user token bucket.
type RateLimit struct {
	// PerMinute is how many questions a user may ask per minute, sustained.
	PerMinute int `yaml:"per_minute"`
	// Burst is how many questions a user may ask at once before the
	// per-minute rate applies.
	Burst int `yaml:"burst"`
}

// HTTP configures the one HTTP server for health, metrics and the
// platforms' HTTP endpoints.
type HTTP struct {
	// Listen is the host:port to listen on; "" runs no HTTP server.
	Listen string `yaml:"listen"`
}

// Log configures the process log.
type Log struct {
	// Level is the least severe level logged: debug, info, warn or error.
	Level slog.Level `yaml:"level"`
	// Format is the log's encoding.
	Format LogFormat `yaml:"format"`
}

// LogFormat is how log records are written.
type LogFormat string

// The log formats.
const (
	// FormatAuto is FormatText when standard error is a terminal and
	// FormatJSON otherwise.
	FormatAuto LogFormat = "auto"
	FormatText LogFormat = "text"
	FormatJSON LogFormat = "json"
)

// Console configures the terminal chat.
type Console struct {
	// Audience is who the console's user may see documents for.
	Audience knowledge.Audience `yaml:"audience"`
}

// Slack configures the Slack adapter.
type Slack struct {
	// Enabled connects to Slack; it needs BotToken.
	Enabled bool      `yaml:"enabled"`
	Mode    SlackMode `yaml:"mode"`
	// APIURL is the Web API's base URL, ending in "/".
	APIURL string `yaml:"api_url"`
	// Audience applies to every channel not listed in Channels.
	Audience knowledge.Audience `yaml:"audience"`
	// Channels maps channel IDs to their audience.
	Channels map[string]knowledge.Audience `yaml:"channels"`
	// Admins are the user IDs allowed to run admin commands.
	Admins []string `yaml:"admins"`

	// BotToken is SLACK_BOT_TOKEN, the bot user's OAuth token (xoxb-).
	BotToken Secret `yaml:"-"`
	// AppToken is SLACK_APP_TOKEN, the app-level token Socket Mode
	// connects with (xapp-).
	AppToken Secret `yaml:"-"`
	// SigningSecret is SLACK_SIGNING_SECRET, which verifies the requests
	// Slack sends to the HTTP endpoint.
	SigningSecret Secret `yaml:"-"`
}

// SlackMode is how Slack delivers events to the bot.
type SlackMode string

// The Slack modes.
const (
	// SocketMode receives events over a WebSocket the bot opens, so it
	// needs no public URL.
	SocketMode SlackMode = "socket"
	// HTTPMode receives events as HTTP requests to the bot's server.
	HTTPMode SlackMode = "http"
)

// Discord configures the Discord adapter.
type Discord struct {
	// Enabled connects to Discord; it needs BotToken and ApplicationID.
	Enabled bool `yaml:"enabled"`
	// Gateway connects to the Discord gateway for mentions, direct messages
	// and slash commands. Without it the bot answers only the slash
	// commands Discord posts to the HTTP interactions endpoint.
	Gateway bool `yaml:"gateway"`
	// MessageContent requests the privileged MESSAGE_CONTENT intent, which
	// the prefix needs to work in channels.
	MessageContent bool `yaml:"message_content"`
	// APIURL is the REST API's base URL, ending in "/".
	APIURL string `yaml:"api_url"`
	// ApplicationID is the application's snowflake ID.
	ApplicationID string `yaml:"application_id"`
	// PublicKey is the application's Ed25519 public key in hex, which
	// verifies requests to the interactions endpoint.
	PublicKey string `yaml:"public_key"`
	// GuildID, when set, registers the slash commands in that guild only,
	// where they appear at once: for development.
	GuildID string `yaml:"guild_id"`
	// Audience applies to every channel not listed in Channels.
	Audience knowledge.Audience `yaml:"audience"`
	// Channels maps channel IDs to their audience.
	Channels map[string]knowledge.Audience `yaml:"channels"`
	// Admins are the user IDs allowed to run admin commands.
	Admins []string `yaml:"admins"`
	// AdminRoles are role IDs whose members may run admin commands.
	AdminRoles []string `yaml:"admin_roles"`
	// ShardID and ShardCount split the gateway connection between
	// processes; 0 and 1 for a single process.
	ShardID    int `yaml:"shard_id"`
	ShardCount int `yaml:"shard_count"`

	// BotToken is DISCORD_BOT_TOKEN, without the "Bot " prefix.
	BotToken Secret `yaml:"-"`
}

// Secret is a credential from the environment. It prints, logs and
// marshals as "[redacted]" (or "" when unset), so a config can be dumped
// safely; Reveal returns the value.
type Secret string

const redacted = "[redacted]"

// Reveal returns the secret's value, for handing to a platform's client.
func (s Secret) Reveal() string { return string(s) }

// String returns "[redacted]", or "" when the secret is unset.
func (s Secret) String() string {
	if s == "" {
		return ""
	}
	return redacted
}

// GoString is String, for %#v.
func (s Secret) GoString() string { return s.String() }

// Format writes String for every verb, so that no verb (not even a wrong
// one such as %d) prints the value. fmt.State writes to fmt's own buffer,
// which cannot fail.
func (s Secret) Format(f fmt.State, verb rune) { _, _ = io.WriteString(f, s.String()) }

// LogValue is String, for log/slog.
func (s Secret) LogValue() slog.Value { return slog.StringValue(s.String()) }

// MarshalText is String, for encoders such as encoding/json.
func (s Secret) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Default returns the configuration used when no file is given: the
// console alone, on the embedded sample briefing. Parse starts from it, so
// a key absent from a file keeps the value it has here.
func Default() *Config {
	return &Config{
		Bot: Bot{
			Prefix:            "!brief",
			RateLimit:         RateLimit{PerMinute: 20, Burst: 5},
			MaxQuestionLength: 500,
			ShutdownTimeout:   10 * time.Second,
		},
		Log:     Log{Level: slog.LevelInfo, Format: FormatAuto},
		Console: Console{Audience: knowledge.Internal},
		Slack: Slack{
			Mode:     SocketMode,
			APIURL:   "https://slack.com/api/",
			Audience: knowledge.Internal,
		},
		Discord: Discord{
			Gateway:    true,
			APIURL:     "https://discord.com/api/v9/",
			Audience:   knowledge.Public,
			ShardCount: 1,
		},
	}
}
