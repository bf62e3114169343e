// Package config reads briefbot's configuration: one YAML file for
// everything but secrets, which come only from the environment.
//
// Parse and Load validate the whole file at once and report every problem,
// each naming its file, line and key. example.yaml documents every key.
package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// Config is briefbot's whole configuration. Its zero value is not useful:
// start from Default, Parse or Load.
type Config struct {
	Knowledge Knowledge `yaml:"knowledge"`
	Bot       Bot       `yaml:"bot"`
	State     State     `yaml:"state"`
	HTTP      HTTP      `yaml:"http"`
	Log       Log       `yaml:"log"`
	Console   Console   `yaml:"console"`
	Slack     Slack     `yaml:"slack"`
	Discord   Discord   `yaml:"discord"`
}

// check validates c, whose secrets are set, section by section, in the
// order of the file, and normalises its URLs. Each section checks its own
// keys, beside its fields.
func (p *parser) check(c *Config) {
	c.Knowledge.check(p, c)
	c.Bot.check(p, c)
	c.State.check(p, c)
	c.HTTP.check(p, c)
	c.Log.check(p, c)
	c.Console.check(p, c)
	c.Slack.check(p, c)
	c.Discord.check(p, c)
}

// Knowledge says where the briefing documents are.
type Knowledge struct {
	// Dir is the directory of briefing documents, resolved against the
	// config file's directory when relative. "" means the embedded sample
	// briefing.
	Dir string `yaml:"dir"`
	// Watch reloads the documents when files in Dir change.
	Watch bool `yaml:"watch"`
	// Git serves the documents from a branch of a git repository instead
	// of Dir, when its URL is set.
	Git Git `yaml:"git"`
	// Mount is BRIEFBOT_KNOWLEDGE, where a container mounts the knowledge
	// directory. It is served when Dir and Git.URL are empty; what
	// happens when nothing is mounted there is decided where the
	// knowledge is opened.
	Mount string `yaml:"-"`
}

// check validates the knowledge section: Dir and Git exclude each other.
func (k *Knowledge) check(p *parser, _ *Config) {
	if !k.Git.set() {
		return
	}
	if k.Dir != "" {
		p.errorf("knowledge.git", "set, and so is knowledge.dir; the knowledge comes from one or the other")
	}
	if k.Watch {
		p.errorf("knowledge.watch", "watches knowledge.dir, not knowledge.git; set knowledge.git.poll to fetch the branch every so often")
	}
	k.Git.check(p)
}

// Git is a branch of a git repository to serve the briefing documents
// from: it is cloned into CacheDir at start and fetched on reload. Paths
// are resolved against the config file's directory when relative.
type Git struct {
	// URL is the repository: https://host/org/repo.git,
	// ssh://git@host/org/repo.git, git@host:org/repo.git, file:///path
	// or a local path.
	URL string `yaml:"url"`
	// Branch is the branch served.
	Branch string `yaml:"branch"`
	// Subdir is the directory inside the repository that holds the
	// briefings, slash-separated; "" is the repository's root.
	Subdir string `yaml:"subdir"`
	// CacheDir holds the clone and the record of the last good commit,
	// which is served when the repository cannot be reached at start.
	// Default: briefbot/git in the user's cache directory
	// (os.UserCacheDir).
	CacheDir string `yaml:"cache_dir"`
	// TokenEnv names the environment variable holding a token for https.
	TokenEnv string `yaml:"token_env"`
	// SSHKeyFile is a private key for an ssh URL; without one, ssh uses
	// the SSH agent.
	SSHKeyFile string `yaml:"ssh_key_file"`
	// SSHKeyPassphraseEnv names the environment variable holding the
	// passphrase of an encrypted SSHKeyFile.
	SSHKeyPassphraseEnv string `yaml:"ssh_key_passphrase_env"`
	// SSHKnownHosts is a known_hosts file to check the server's host key
	// against; "" means $SSH_KNOWN_HOSTS, else the user's and the
	// system's.
	SSHKnownHosts string `yaml:"ssh_known_hosts"`
	// CAFile is a PEM file of certificate authorities to trust for https,
	// besides the system's.
	CAFile string `yaml:"ca_file"`
	// Poll fetches the branch this often and reloads when it moved; 0
	// fetches only at start and on reload.
	Poll time.Duration `yaml:"poll"`

	// Source is what the keys above say, checked, with the paths resolved
	// and the secrets read from the environment: what gitsource.Open and
	// Check take. It never shows its secrets.
	Source gitsource.Config `yaml:"-"`
}

// MinPoll is the shortest knowledge.git.poll: a fetch at every instant
// would load the git host for nothing, as curators merge by the hour.
const MinPoll = 10 * time.Second

// set reports whether the file configures git: its URL, or any other of
// its keys set to other than its default, which then needs the URL.
func (g *Git) set() bool {
	return g.URL != "" || *g != Default().Knowledge.Git
}

// check validates the git section, resolves its paths and reads its
// secrets into Source. gitsource checks what it takes; its errors name
// the key under knowledge.git.
func (g *Git) check(p *parser) {
	resolve := func(path string) string {
		if path == "" || filepath.IsAbs(path) {
			return path
		}
		return filepath.Join(filepath.Dir(p.name), path)
	}
	cache := g.CacheDir
	if cache == "" {
		// Without a user cache directory (no $HOME), cache_dir stays
		// empty and Validate says it is required.
		if dir, err := os.UserCacheDir(); err == nil {
			cache = filepath.Join(dir, "briefbot", "git")
		}
	}
	s := gitsource.Config{URL: g.URL, Branch: g.Branch, Subdir: g.Subdir, CacheDir: resolve(cache),
		CAFile: resolve(g.CAFile), SSHKeyFile: resolve(g.SSHKeyFile), SSHKnownHosts: resolve(g.SSHKnownHosts)}
	if gitsource.IsLocal(s.URL) {
		s.URL = resolve(s.URL)
	}
	err := errors.Join(s.ReadSecrets(g.TokenEnv, g.SSHKeyPassphraseEnv, p.getenv), s.Validate())
	for _, e := range unjoin(err) {
		if key, msg, ok := strings.Cut(e.Error(), ": "); ok && !strings.ContainsAny(key, " /") {
			p.errorf("knowledge.git."+key, "%s", msg)
		} else {
			p.errorf("knowledge.git", "%s", e.Error())
		}
	}
	if g.Poll < 0 || g.Poll > 0 && g.Poll < MinPoll {
		p.errorf("knowledge.git.poll", "must be 0 (no polling) or at least %s, got %s", MinPoll, g.Poll)
	}
	g.Source = s
}

// unjoin returns the errors errors.Join joined, or err alone.
func unjoin(err error) []error {
	if err == nil {
		return nil
	}
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, unjoin(e)...)
		}
		return out
	}
	return []error{err}
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

// MaxQuestionLength is the most bot.max_question_length may be.
const MaxQuestionLength = 4000

// check validates the bot section.
func (b *Bot) check(p *parser, _ *Config) {
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
}

// checkDir resolves the state file's directory.
func (s *State) checkDir(p *parser) {
	if s.Dir == "" {
		if xdg := p.getenv("XDG_STATE_HOME"); filepath.IsAbs(xdg) {
			s.Dir = filepath.Join(xdg, "briefbot")
		} else if home := p.getenv("HOME"); filepath.IsAbs(home) {
			s.Dir = filepath.Join(home, ".local", "state", "briefbot")
		}
		return
	}
	if !filepath.IsAbs(s.Dir) {
		s.Dir = filepath.Join(filepath.Dir(p.name), s.Dir)
	}
	if fi, err := os.Stat(s.Dir); err == nil && !fi.IsDir() {
		p.errorf("state.dir", "%s is a file, want a directory for the state file", quote(s.Dir))
	}
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

// check validates the http section.
func (h *HTTP) check(p *parser, _ *Config) {
	if l := h.Listen; l != "" {
		if _, port, err := net.SplitHostPort(l); err != nil {
			p.errorf("http.listen", "want host:port such as 127.0.0.1:8080 or :8080, got %s", quote(l))
		} else if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			p.errorf("http.listen", "want a port number from 0 to 65535 after the colon, got %s", quote(l))
		}
	}
}

// Log configures the process log.
type Log struct {
	// Level is the least severe level logged: debug, info, warn or error.
	Level slog.Level `yaml:"level"`
	// Format is the log's encoding.
	Format LogFormat `yaml:"format"`
}

// check validates the log section.
func (l *Log) check(p *parser, _ *Config) {
	switch l.Level {
	case slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError:
	default:
		p.errorf("log.level", "want debug, info, warn or error, got %q", l.Level)
	}
	switch l.Format {
	case FormatAuto, FormatText, FormatJSON:
	default:
		p.errorf("log.format", "want auto, text or json, got %s", quote(string(l.Format)))
	}
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

// check validates the console section.
func (*Console) check(p *parser, _ *Config) {
	p.audience("console.audience")
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

// check validates the slack section, whose secrets are set, and
// normalises its URL.
func (s *Slack) check(p *parser, c *Config) {
	listen := c.HTTP.Listen
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

// check validates the discord section, whose secret is set, and
// normalises its URL.
func (d *Discord) check(p *parser, c *Config) {
	listen := c.HTTP.Listen
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

// State says where the bot keeps what its replicas share: deliveries
// seen, conversations, rate limits, unanswered questions, reloads. By
// default it keeps them in memory, for one replica; with Redis.URL set,
// in Redis, for as many replicas as run. What must survive a restart
// (the misses, unless Redis keeps them, and the feedback on answers) is
// also written to a small file in Dir, state.json.
type State struct {
	// Dir is the directory of the state file, resolved against the
	// config file's directory when relative, and made at start if
	// missing. Default: briefbot in $XDG_STATE_HOME, else in
	// ~/.local/state; "" (with neither set) keeps the state in memory
	// only.
	Dir string `yaml:"dir"`
	// Namespace separates the bots that share one Redis: every key starts
	// with briefbot:<namespace>:. Replicas of one bot share it.
	Namespace string `yaml:"namespace"`
	// Replica names this replica in reload replies, status and /readyz.
	// "" is the host name (a Kubernetes pod's name) and the process ID.
	Replica string `yaml:"replica"`
	Redis   Redis  `yaml:"redis"`
}

// Redis is the Redis the replicas share.
type Redis struct {
	// URL is redis://[user@]host:port/db, or rediss:// for TLS; the
	// database number is the path, 0 when absent. "" keeps the state in
	// memory.
	URL string `yaml:"url"`
	// PasswordEnv names the environment variable holding the password,
	// when Redis asks for one.
	PasswordEnv string `yaml:"password_env"`
	// Timeout bounds each call to Redis; past it the bot answers from
	// its own memory.
	Timeout time.Duration `yaml:"timeout"`

	// Password is the value of the variable PasswordEnv names.
	Password Secret `yaml:"-"`
}

// Shared reports whether the state is kept in Redis.
func (s *State) Shared() bool { return s.Redis.URL != "" }

// namespaceRE is what a namespace may be: a word that keeps a Redis
// key's parts apart.
var namespaceRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`)

// check validates the state section, resolves its directory and reads
// the Redis password from the environment.
func (s *State) check(p *parser, _ *Config) {
	s.checkDir(p)
	if !namespaceRE.MatchString(s.Namespace) {
		p.errorf("state.namespace", "want letters, digits, '.', '_' or '-' (at most 64, no colon), got %s", quote(s.Namespace))
	}
	if r := s.Replica; r != "" && (len(r) > 100 || strings.ContainsFunc(r, func(c rune) bool { return unicode.IsSpace(c) || !unicode.IsPrint(c) })) {
		p.errorf("state.replica", "want a name without spaces, of at most 100 characters, got %s", quote(r))
	}
	r := &s.Redis
	if r.Timeout < 10*time.Millisecond || r.Timeout > 10*time.Second {
		p.errorf("state.redis.timeout", "must be from 10ms to 10s, got %s", r.Timeout)
	}
	if r.PasswordEnv != "" {
		r.Password = p.secret(r.PasswordEnv)
		if r.Password == "" {
			p.errorf("state.redis.password_env", "%s is not set in the environment; it must hold the Redis password", r.PasswordEnv)
		}
		if r.URL == "" {
			p.errorf("state.redis.password_env", "set, but state.redis.url is not: the password is for a Redis")
		}
	}
	if r.URL == "" {
		return
	}
	u, err := url.Parse(r.URL)
	switch {
	case err != nil || u.Scheme != "redis" && u.Scheme != "rediss" || u.Host == "" || u.Opaque != "":
		p.errorf("state.redis.url", "want redis://host:port/db or rediss://host:port/db (TLS), got %s", quote(redactURL(r.URL)))
		return
	case u.User != nil && hasPassword(u.User):
		p.errorf("state.redis.url", "holds a password; put it in an environment variable and name that in state.redis.password_env")
	case u.RawQuery != "" || u.Fragment != "":
		p.errorf("state.redis.url", "want no query or fragment; timeouts are state.redis.timeout, got %s", quote(redactURL(r.URL)))
	}
	if db := strings.TrimPrefix(u.Path, "/"); db != "" {
		if n, err := strconv.Atoi(db); err != nil || n < 0 || strconv.Itoa(n) != db {
			p.errorf("state.redis.url", "the path is the database number, such as /0, got %s", quote(u.Path))
		}
	}
	if _, port, err := net.SplitHostPort(u.Host); err == nil && port != "" {
		if _, err := strconv.ParseUint(port, 10, 16); err != nil {
			p.errorf("state.redis.url", "want a port number from 0 to 65535, got %s", quote(port))
		}
	}
}

// hasPassword reports whether URL user info holds a password.
func hasPassword(u *url.Userinfo) bool {
	_, ok := u.Password()
	return ok
}

// redactURL hides the password of a URL, for messages.
func redactURL(s string) string {
	if u, err := url.Parse(s); err == nil && u.User != nil {
		return u.Redacted()
	}
	return s
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
		Knowledge: Knowledge{Git: Git{Branch: "main"}},
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
		State: State{
			Namespace: "default",
			Redis:     Redis{Timeout: 250 * time.Millisecond},
		},
	}
}
