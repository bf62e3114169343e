package config

import (
	"errors"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

func TestParseDefaults(t *testing.T) {
	for _, data := range []string{
		"",
		"# nothing but a comment\n",
		"---\n",
		"{}\n",
		"knowledge:\nbot:\n  rate_limit:\nslack: {}\n",
		"bot:\n  prefix:\n  shutdown_timeout: ~\nlog: {level: }\n",
	} {
		got, err := Parse([]byte(data), "briefbot.yaml", nil)
		if err != nil {
			t.Errorf("Parse(%q) = %v, want no error", data, err)
			continue
		}
		if diff := cmp.Diff(Default(), got); diff != "" {
			t.Errorf("Parse(%q) differs from Default() (-want +got):\n%s", data, diff)
		}
	}
}

func TestParse(t *testing.T) {
	full, err := os.ReadFile("testdata/full.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		env  map[string]string
		want func(*Config) // edits Default() into the expected config
	}{
		{
			// full.yaml sets the keys to values other than their
			// defaults; a key it does not set keeps its default.
			name: "every key full.yaml sets",
			data: string(full),
			want: func(c *Config) {
				c.Knowledge.Dir, c.Knowledge.Watch = filepath.Join("testdata", "docs", "briefings"), true
				b := &c.Bot
				b.Prefix = "?ask"
				b.RateLimit = RateLimit{PerMinute: 60, Burst: 10}
				b.MaxQuestionLength = 4000
				b.ShutdownTimeout = 90 * time.Second
				c.HTTP.Listen = ":9090"
				c.Log.Level, c.Log.Format = slog.LevelDebug, FormatJSON
				c.Console.Audience = knowledge.Public
				s := &c.Slack
				s.Enabled = true
				s.Mode = HTTPMode
				s.APIURL = "http://127.0.0.1:3000/api/"
				s.Audience = knowledge.Public
				s.Channels = map[string]knowledge.Audience{"C0123ABC": knowledge.Internal, "G0456DEF": knowledge.Public}
				s.Admins = []string{"U0123ABC", "W0456DEF"}
				s.BotToken = Secret(fakeEnv[EnvSlackBotToken])
				s.AppToken = Secret(fakeEnv[EnvSlackAppToken])
				s.SigningSecret = Secret(fakeEnv[EnvSlackSigningSecret])
				d := &c.Discord
				d.Enabled = true
				d.Gateway = false
				d.APIURL = "http://127.0.0.1:3001/api/v10/"
				d.ApplicationID = "123456789012345678"
				d.PublicKey = "0F1E2D3C4B5A69788796A5B4C3D2E1F00F1E2D3C4B5A69788796A5B4C3D2E1F0"
				d.GuildID = "234567890123456789"
				d.Audience = knowledge.Internal
				d.Channels = map[string]knowledge.Audience{"345678901234567890": knowledge.Public}
				d.Admins = []string{"456789012345678901"}
				d.AdminRoles = []string{"567890123456789012", "678901234567890123"}
				d.ShardID, d.ShardCount = 1, 2
				d.BotToken = Secret(fakeEnv[EnvDiscordBotToken])
				c.State = State{Namespace: "team-a.prod", Replica: "briefbot-0", Redis: Redis{
					URL: "rediss://briefbot@redis.internal:6380/2", PasswordEnv: "REDIS_PASSWORD",
					Timeout: time.Second, Password: Secret(fakeEnv["REDIS_PASSWORD"])}}
			},
		},
		{
			name: "secrets are read whether or not a platform is enabled",
			data: "",
			want: func(c *Config) {
				c.Slack.BotToken = Secret(fakeEnv[EnvSlackBotToken])
				c.Slack.AppToken = Secret(fakeEnv[EnvSlackAppToken])
				c.Slack.SigningSecret = Secret(fakeEnv[EnvSlackSigningSecret])
				c.Discord.BotToken = Secret(fakeEnv[EnvDiscordBotToken])
			},
		},
		{
			name: "space around secrets is dropped",
			data: "slack: {enabled: true}",
			env: map[string]string{
				EnvSlackBotToken: " xoxb-1\n", EnvSlackAppToken: "xapp-2\r\n",
				EnvSlackSigningSecret: "", EnvDiscordBotToken: "",
			},
			want: func(c *Config) {
				c.Slack.Enabled = true
				c.Slack.BotToken = "xoxb-1"
				c.Slack.AppToken = "xapp-2"
			},
		},
		{
			name: "api URLs end in a slash",
			data: "slack: {api_url: 'https://slack.example'}\ndiscord: {api_url: 'http://localhost:8/api/v9'}",
			env:  noEnv,
			want: func(c *Config) {
				c.Slack.APIURL = "https://slack.example/"
				c.Discord.APIURL = "http://localhost:8/api/v9/"
			},
		},
		{
			name: "knowledge mounted where the environment says",
			data: "",
			env:  map[string]string{EnvKnowledge: " /knowledge\n"},
			want: func(c *Config) {
				c.Slack.BotToken = Secret(fakeEnv[EnvSlackBotToken])
				c.Slack.AppToken = Secret(fakeEnv[EnvSlackAppToken])
				c.Slack.SigningSecret = Secret(fakeEnv[EnvSlackSigningSecret])
				c.Discord.BotToken = Secret(fakeEnv[EnvDiscordBotToken])
				c.Knowledge.Mount = "/knowledge"
			},
		},
		{
			name: "audiences in any case",
			data: "console: {audience: Public}\nslack: {channels: {C1: ' INTERNAL'}}",
			env:  noEnv,
			want: func(c *Config) {
				c.Console.Audience = knowledge.Public
				c.Slack.Channels = map[string]knowledge.Audience{"C1": knowledge.Internal}
			},
		},
		{
			name: "aliases",
			data: "bot: {prefix: &pub public}\nslack: &s {audience: *pub}\nconsole: *s\n",
			env:  noEnv,
			want: func(c *Config) {
				c.Slack.Audience = knowledge.Public
				c.Console.Audience = knowledge.Public
				c.Bot.Prefix = "public"
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := Default()
			tt.want(want)
			got, err := Parse([]byte(tt.data), filepath.Join("testdata", "briefbot.yaml"), env(tt.env))
			if err != nil {
				t.Fatalf("Parse(%q) = %v, want no error", tt.data, err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("Parse(%q) differs (-want +got):\n%s", tt.data, diff)
			}
		})
	}
}

// noEnv unsets every secret.
var noEnv = map[string]string{EnvSlackBotToken: "", EnvSlackAppToken: "", EnvSlackSigningSecret: "", EnvDiscordBotToken: ""}

// errorTests have one row per rule. want is every line of the error, in
// order. FuzzParse is seeded with them.
var errorTests = []struct {
	name string
	data string
	env  map[string]string // overrides of fakeEnv
	want []string
}{
	// The file as a whole.
	{"syntax", "bot: [\n", nil, []string{
		"briefbot.yaml:1: did not find expected node content"}},
	{"not a mapping", "- bot\n", nil, []string{
		`briefbot.yaml:1: want a mapping of sections such as bot: and slack:, got a list`}},
	{"two documents", "bot: {}\n---\nslack: {}\n", nil, []string{
		"briefbot.yaml:2: a second YAML document; a config file holds one"}},
	{"section not a mapping", "knowledge: ./docs\n", nil, []string{
		`briefbot.yaml:1: knowledge: want a mapping, got "./docs"`}},
	{"key not a name", "bot:\n  [a]: 1\n", nil, []string{
		`briefbot.yaml:2: want a key name in bot, got a list`}},

	{"state.dir a file", "state:\n  dir: parse_test.go\n", nil, []string{
		`briefbot.yaml:2: state.dir: "parse_test.go" is a file, want a directory for the state file`}},

	// Unknown, duplicate and secret keys.
	{"unknown key", "bot:\n  prefix: '!b'\n  promt: hi\n", nil, []string{
		`briefbot.yaml:3: unknown key "promt" in bot`}},
	{"unknown key near miss", "bot:\n  prefx: '!b'\n", nil, []string{
		`briefbot.yaml:2: unknown key "prefx" in bot; did you mean "prefix"?`}},
	{"unknown section", "\nslak: {}\n", nil, []string{
		`briefbot.yaml:2: unknown key "slak"; did you mean "slack"?`}},
	{"duplicate key", "log:\n  level: info\n  level: debug\n", nil, []string{
		`briefbot.yaml:3: duplicate key "level" in log, first at line 2`}},
	{"duplicate section", "log: {}\nlog: {}\n", nil, []string{
		`briefbot.yaml:2: duplicate key "log" in the file, first at line 1`}},
	{"slack token in file", "slack:\n  bot_token: xoxb-in-the-file\n", nil, []string{
		"briefbot.yaml:2: slack.bot_token: secrets are not read from the config file; set SLACK_BOT_TOKEN in the environment instead"}},
	{"slack app token in file", "slack: {app_token: xapp-in-the-file}\n", nil, []string{
		"briefbot.yaml:1: slack.app_token: secrets are not read from the config file; set SLACK_APP_TOKEN in the environment instead"}},
	{"slack signing secret in file", "slack: {signing_secret: s}\n", nil, []string{
		"briefbot.yaml:1: slack.signing_secret: secrets are not read from the config file; set SLACK_SIGNING_SECRET in the environment instead"}},
	{"discord token in file", "discord: {token: in-the-file}\n", nil, []string{
		"briefbot.yaml:1: discord.token: secrets are not read from the config file; set DISCORD_BOT_TOKEN in the environment instead"}},

	// Types.
	{"not a number", "bot: {rate_limit: {per_minute: lots}}\n", nil, []string{
		`briefbot.yaml:1: bot.rate_limit.per_minute: want a whole number, got "lots"`}},
	{"not a bool", "knowledge: {watch: maybe}\n", nil, []string{
		`briefbot.yaml:1: knowledge.watch: want true or false, got "maybe"`}},
	{"duration without unit", "bot:\n  shutdown_timeout: 10\n", nil, []string{
		`briefbot.yaml:2: bot.shutdown_timeout: want a duration such as "10s" or "1m30s", got "10"`}},
	{"list for a string", "http: {listen: [a, b]}\n", nil, []string{
		`briefbot.yaml:1: http.listen: want a single value, got a list`}},
	{"string for a list", "slack: {admins: U0123ABC}\n", nil, []string{
		`briefbot.yaml:1: slack.admins: want a list of single values, got "U0123ABC"`}},
	{"list for channels", "discord: {channels: [\"1\"]}\n", nil, []string{
		`briefbot.yaml:1: discord.channels: want a mapping of IDs to public or internal, got a list`}},
	{"unquoted bang", "bot:\n  prefix: !brief\n", nil, []string{
		`briefbot.yaml:2: bot.prefix: !brief is read as a YAML tag; put the value in quotes`}},

	// bot
	{"empty prefix", "bot: {prefix: ''}\n", nil, []string{
		"briefbot.yaml:1: bot.prefix: must not be empty"}},
	{"prefix with space", "bot: {prefix: '! brief'}\n", nil, []string{
		`briefbot.yaml:1: bot.prefix: must not contain spaces, got "! brief"`}},
	{"rate negative", "bot:\n  rate_limit:\n    per_minute: -3\n", nil, []string{
		"briefbot.yaml:3: bot.rate_limit.per_minute: must be positive, got -3"}},
	{"burst zero", "bot: {rate_limit: {burst: 0}}\n", nil, []string{
		"briefbot.yaml:1: bot.rate_limit.burst: must be positive, got 0"}},
	{"question length zero", "bot: {max_question_length: 0}\n", nil, []string{
		"briefbot.yaml:1: bot.max_question_length: must be between 1 and 4000, got 0"}},
	{"question length too long", "bot: {max_question_length: 4001}\n", nil, []string{
		"briefbot.yaml:1: bot.max_question_length: must be between 1 and 4000, got 4001"}},
	{"shutdown timeout zero", "bot: {shutdown_timeout: 0s}\n", nil, []string{
		"briefbot.yaml:1: bot.shutdown_timeout: must be positive, got 0s"}},

	// http, log, console
	{"listen without port", "http: {listen: localhost}\n", nil, []string{
		`briefbot.yaml:1: http.listen: want host:port such as 127.0.0.1:8080 or :8080, got "localhost"`}},
	{"listen bad port", "http: {listen: 'localhost:http'}\n", nil, []string{
		`briefbot.yaml:1: http.listen: want a port number from 0 to 65535 after the colon, got "localhost:http"`}},
	{"log level unknown", "log: {level: verbose}\n", nil, []string{
		`briefbot.yaml:1: log.level: want debug, info, warn or error, got "verbose"`}},
	{"log level offset", "log: {level: warn+2}\n", nil, []string{
		`briefbot.yaml:1: log.level: want debug, info, warn or error, got "WARN+2"`}},
	{"log format", "log: {format: xml}\n", nil, []string{
		`briefbot.yaml:1: log.format: want auto, text or json, got "xml"`}},
	{"console audience", "console: {audience: staff}\n", nil, []string{
		`briefbot.yaml:1: console.audience: want public or internal, got "staff"`}},

	// slack
	{"slack mode", "slack: {mode: websocket}\n", nil, []string{
		`briefbot.yaml:1: slack.mode: want socket or http, got "websocket"`}},
	{"slack api url relative", "slack: {api_url: slack.com/api}\n", nil, []string{
		`briefbot.yaml:1: slack.api_url: want an absolute http or https URL without query, got "slack.com/api"`}},
	{"slack api url scheme", "slack: {api_url: 'ftp://slack.com/api/'}\n", nil, []string{
		`briefbot.yaml:1: slack.api_url: want an absolute http or https URL without query, got "ftp://slack.com/api/"`}},
	{"slack audience", "slack: {audience: everyone}\n", nil, []string{
		`briefbot.yaml:1: slack.audience: want public or internal, got "everyone"`}},
	{"slack channel name", "slack:\n  channels:\n    C0123ABC: public\n    '#general': public\n", nil, []string{
		`briefbot.yaml:4: slack.channels: "#general" is not a Slack channel ID such as C0123ABC; use the ID from the channel's details, not its name`}},
	{"slack channel audience", "slack:\n  channels:\n    C0123ABC: secret\n", nil, []string{
		`briefbot.yaml:3: slack.channels.C0123ABC: want public or internal, got "secret"`}},
	{"slack admin name", "slack:\n  admins:\n    - U0123ABC\n    - alice\n", nil, []string{
		`briefbot.yaml:4: slack.admins[1]: "alice" is not a Slack user ID such as U0123ABC; list admins by the member ID in their profile, not by name, which they can change`}},

	// slack and the environment
	{"slack without tokens", "slack:\n  enabled: true\n", noEnv, []string{
		`briefbot.yaml:2: slack.enabled: SLACK_BOT_TOKEN is not set in the environment; it must hold the bot user's OAuth token (xoxb-...)`,
		`briefbot.yaml: slack.mode: SLACK_APP_TOKEN is not set in the environment; it must hold an app-level token, which socket mode connects with (xapp-...)`}},
	{"slack wrong bot token", "slack: {enabled: true}\n", map[string]string{EnvSlackBotToken: "xoxp-user-token-9999"}, []string{
		`briefbot.yaml:1: slack.enabled: SLACK_BOT_TOKEN does not start with "xoxb-"; it must hold the bot user's OAuth token`}},
	{"slack wrong app token", "slack: {enabled: true, mode: socket}\n", map[string]string{EnvSlackAppToken: "xoxb-9999"}, []string{
		`briefbot.yaml:1: slack.mode: SLACK_APP_TOKEN does not start with "xapp-"; it must hold an app-level token, which socket mode connects with`}},
	{"slack http mode alone", "slack: {enabled: true, mode: http}\n", map[string]string{EnvSlackSigningSecret: "", EnvSlackAppToken: ""}, []string{
		`briefbot.yaml:1: slack.mode: http mode needs SLACK_SIGNING_SECRET in the environment, to verify Slack's requests`,
		`briefbot.yaml: http.listen: must be set when slack.mode is http, for Slack to send events to`}},

	// discord
	{"discord api url", "discord: {api_url: '/api/v9/'}\n", nil, []string{
		`briefbot.yaml:1: discord.api_url: want an absolute http or https URL without query, got "/api/v9/"`}},
	{"discord api url query", "discord: {api_url: 'https://discord.com/api?v=9'}\n", nil, []string{
		`briefbot.yaml:1: discord.api_url: want an absolute http or https URL without query, got "https://discord.com/api?v=9"`}},
	{"discord application id", "discord: {application_id: briefbot}\n", nil, []string{
		`briefbot.yaml:1: discord.application_id: want a Discord application ID, digits only, got "briefbot"`}},
	{"discord public key not hex", "discord: {public_key: hex}\n", nil, []string{
		`briefbot.yaml:1: discord.public_key: want the application's public key, 64 hex digits, got "hex"`}},
	{"discord public key short", "discord: {public_key: 0f1e2d3c}\n", nil, []string{
		`briefbot.yaml:1: discord.public_key: want the application's public key, 64 hex digits, got "0f1e2d3c"`}},
	{"discord guild id", "discord: {guild_id: dev-server}\n", nil, []string{
		`briefbot.yaml:1: discord.guild_id: want a Discord server (guild) ID, digits only, got "dev-server"`}},
	{"discord audience", "discord: {audience: all}\n", nil, []string{
		`briefbot.yaml:1: discord.audience: want public or internal, got "all"`}},
	{"discord channel name", "discord: {channels: {general: public}}\n", nil, []string{
		`briefbot.yaml:1: discord.channels: "general" is not a Discord channel ID (digits only); use Copy Channel ID, not the channel's name`}},
	{"discord channel audience", "discord: {channels: {\"1\": open}}\n", nil, []string{
		`briefbot.yaml:1: discord.channels.1: want public or internal, got "open"`}},
	{"discord channel odd name", "discord:\n  channels:\n    \"a\\nb\": open\n", nil, []string{
		`briefbot.yaml:3: discord.channels: "a\nb" is not a Discord channel ID (digits only); use Copy Channel ID, not the channel's name`,
		`briefbot.yaml:3: discord.channels["a\nb"]: want public or internal, got "open"`}},
	{"discord admin name", "discord:\n  admins: [\"1\", bob]\n", nil, []string{
		`briefbot.yaml:2: discord.admins[1]: want a Discord user ID (not a name), digits only, got "bob"`}},
	{"discord admin role name", "discord:\n  admin_roles: [\"-1\"]\n", nil, []string{
		`briefbot.yaml:2: discord.admin_roles[0]: want a Discord role ID (not a name), digits only, got "-1"`}},
	{"discord shard count", "discord: {shard_count: 0}\n", nil, []string{
		"briefbot.yaml:1: discord.shard_count: must be at least 1, got 0"}},
	{"discord shard id", "discord: {shard_id: 2, shard_count: 2}\n", nil, []string{
		"briefbot.yaml:1: discord.shard_id: must be from 0 to 1 (discord.shard_count - 1), got 2"}},

	// state
	{"state namespace with a colon", "state: {namespace: 'a:b'}\n", nil, []string{
		`briefbot.yaml:1: state.namespace: want letters, digits, '.', '_' or '-' (at most 64, no colon), got "a:b"`}},
	{"state replica with a space", "state: {replica: 'pod 1'}\n", nil, []string{
		`briefbot.yaml:1: state.replica: want a name without spaces, of at most 100 characters, got "pod 1"`}},
	{"state redis url scheme", "state: {redis: {url: 'http://redis:6379'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: want redis://host:port/db or rediss://host:port/db (TLS), got "http://redis:6379"`}},
	{"state redis url without host", "state: {redis: {url: 'redis:///0'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: want redis://host:port/db or rediss://host:port/db (TLS), got "redis:///0"`}},
	{"state redis url password", "state: {redis: {url: 'redis://u:hunter2@redis:6379/0'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: holds a password; put it in an environment variable and name that in state.redis.password_env`}},
	{"state redis url db", "state: {redis: {url: 'redis://redis:6379/zero'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: the path is the database number, such as /0, got "/zero"`}},
	{"state redis url query", "state: {redis: {url: 'redis://redis/0?dial_timeout=3'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: want no query or fragment; timeouts are state.redis.timeout, got "redis://redis/0?dial_timeout=3"`}},
	{"state redis url port", "state: {redis: {url: 'redis://redis:99999/0'}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.url: want a port number from 0 to 65535, got "99999"`}},
	{"state redis password unset", "state: {redis: {url: 'redis://redis:6379', password_env: NO_SUCH_VAR}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.password_env: NO_SUCH_VAR is not set in the environment; it must hold the Redis password`}},
	{"state redis password without url", "state: {redis: {password_env: REDIS_PASSWORD}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.password_env: set, but state.redis.url is not: the password is for a Redis`}},
	{"state redis timeout", "state: {redis: {timeout: 1h}}\n", nil, []string{
		`briefbot.yaml:1: state.redis.timeout: must be from 10ms to 10s, got 1h0m0s`}},

	// discord and the environment
	{"discord without token or application", "discord: {enabled: true}\n", noEnv, []string{
		`briefbot.yaml:1: discord.enabled: DISCORD_BOT_TOKEN is not set in the environment; discord needs the bot token`,
		`briefbot.yaml: discord.application_id: must be set when discord is enabled`}},
	{"discord token with Bot", "discord: {enabled: true, application_id: '1'}\n", map[string]string{EnvDiscordBotToken: "Bot abc-5555"}, []string{
		`briefbot.yaml:1: discord.enabled: DISCORD_BOT_TOKEN must be the token alone, without "Bot " in front`}},
	{"discord without gateway", "discord: {enabled: true, application_id: '1', gateway: false, message_content: true}\n", nil, []string{
		`briefbot.yaml: discord.public_key: must be set when discord.gateway is false, to verify Discord's interactions`,
		`briefbot.yaml: http.listen: must be set when discord.gateway is false, for Discord to send interactions to`,
		`briefbot.yaml:1: discord.message_content: needs discord.gateway: messages arrive only over the gateway`}},

	// knowledge.git
	{"git and dir", "knowledge:\n  dir: docs\n  git:\n    url: https://host/org/b.git\n", nil, []string{
		"briefbot.yaml:3: knowledge.git: set, and so is knowledge.dir; the knowledge comes from one or the other"}},
	{"git and watch", "knowledge:\n  watch: true\n  git: {url: /srv/briefings}\n", nil, []string{
		"briefbot.yaml:2: knowledge.watch: watches knowledge.dir, not knowledge.git; set knowledge.git.poll to fetch the branch every so often"}},
	{"git without url", "knowledge:\n  git:\n    branch: drafts\n", nil, []string{
		"briefbot.yaml: knowledge.git.url: required: the repository to clone"}},
	{"git unknown key", "knowledge:\n  git:\n    url: /srv/b\n    brnach: main\n", nil, []string{
		`briefbot.yaml:4: unknown key "brnach" in knowledge.git; did you mean "branch"?`}},
	{"git token in file", "knowledge:\n  git: {url: https://h/o/b.git, token: ghp-in-the-file}\n", nil, []string{
		`briefbot.yaml:2: knowledge.git.token: secrets are not read from the config file; set the variable that knowledge.git.token_env names in the environment instead`}},
	{"git passphrase in file", "knowledge:\n  git:\n    url: git@h:o/b.git\n    ssh_key_passphrase: hunter2\n", nil, []string{
		`briefbot.yaml:4: knowledge.git.ssh_key_passphrase: secrets are not read from the config file; set the variable that knowledge.git.ssh_key_passphrase_env names in the environment instead`}},
	{"git scheme", "knowledge:\n  git:\n    url: git://host/b.git\n", nil, []string{
		`briefbot.yaml:3: knowledge.git.url: git://host/b.git: scheme "git" is not supported; use https, ssh, file or a local path`}},
	{"git password over http", "knowledge:\n  git:\n    url: http://bot:pa55word@host/b.git\n", nil, []string{
		"briefbot.yaml:3: knowledge.git.url: a password is sent over https only, not http"}},
	{"git url without path", "knowledge:\n  git:\n    url: https://bot:pa55word@host\n", nil, []string{
		"briefbot.yaml:3: knowledge.git.url: https://bot:[redacted]@host names no host and repository path"}},
	{"git branch", "knowledge:\n  git: {url: /srv/b, branch: 'a..b'}\n", nil, []string{
		`briefbot.yaml:2: knowledge.git.branch: "a..b" is not a valid branch name`}},
	{"git subdir", "knowledge:\n  git:\n    url: /srv/b\n    subdir: ../up\n", nil, []string{
		`briefbot.yaml:4: knowledge.git.subdir: "../up" must be a slash-separated path inside the repository`}},
	{"git token unset", "knowledge:\n  git:\n    url: https://host/b.git\n    token_env: GIT_TOKEN\n", nil, []string{
		"briefbot.yaml:4: knowledge.git.token_env: environment variable GIT_TOKEN is not set"}},
	{"git token over ssh", "knowledge:\n  git:\n    url: git@host:org/b.git\n    token_env: BRIEFINGS_TOKEN\n", nil, []string{
		"briefbot.yaml:4: knowledge.git.token_env: a token is sent over https only, and the url is ssh"}},
	{"git passphrase unset", "knowledge:\n  git: {url: 'git@host:b.git', ssh_key_file: k, ssh_key_passphrase_env: PASS}\n", nil, []string{
		"briefbot.yaml:2: knowledge.git.ssh_key_passphrase_env: environment variable PASS is not set"}},
	{"git ssh options over https", "knowledge:\n  git:\n    url: https://host/b.git\n    ssh_key_file: id\n    ssh_known_hosts: kh\n", nil, []string{
		"briefbot.yaml:4: knowledge.git.ssh_key_file: set, but the url is https, not ssh",
		"briefbot.yaml:5: knowledge.git.ssh_known_hosts: set, but the url is https, not ssh"}},
	{"git ca over ssh", "knowledge:\n  git:\n    url: ssh://git@host/b.git\n    ca_file: ca.pem\n", nil, []string{
		"briefbot.yaml:4: knowledge.git.ca_file: set, but the url is ssh, not https"}},
	{"git poll too short", "knowledge:\n  git:\n    url: /srv/b\n    poll: 1s\n", nil, []string{
		"briefbot.yaml:4: knowledge.git.poll: must be 0 (no polling) or at least 10s, got 1s"}},
	{"git poll negative", "knowledge:\n  git: {url: /srv/b, poll: -5m}\n", nil, []string{
		"briefbot.yaml:2: knowledge.git.poll: must be 0 (no polling) or at least 10s, got -5m0s"}},
	{"git poll not a duration", "knowledge:\n  git: {url: /srv/b, poll: 5}\n", nil, []string{
		`briefbot.yaml:2: knowledge.git.poll: want a duration such as "10s" or "1m30s", got "5"`}},

	// Every problem at once, in the order of the file then of the checks.
	{"many", "bot:\n  promt: x\n  rate_limit: {per_minute: -3, burst: x}\nlog: {level: loud}\nslack: {enabled: true, bot_token: t}\n",
		noEnv, []string{
			`briefbot.yaml:2: unknown key "promt" in bot`,
			`briefbot.yaml:3: bot.rate_limit.burst: want a whole number, got "x"`,
			`briefbot.yaml:4: log.level: want debug, info, warn or error, got "loud"`,
			`briefbot.yaml:5: slack.bot_token: secrets are not read from the config file; set SLACK_BOT_TOKEN in the environment instead`,
			`briefbot.yaml:3: bot.rate_limit.per_minute: must be positive, got -3`,
			`briefbot.yaml:5: slack.enabled: SLACK_BOT_TOKEN is not set in the environment; it must hold the bot user's OAuth token (xoxb-...)`,
			`briefbot.yaml: slack.mode: SLACK_APP_TOKEN is not set in the environment; it must hold an app-level token, which socket mode connects with (xapp-...)`,
		}},
}

func TestParseErrors(t *testing.T) {
	for _, tt := range errorTests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.data), "briefbot.yaml", env(tt.env))
			if err == nil {
				t.Fatalf("Parse(%q) = %+v, nil, want errors %q", tt.data, c, tt.want)
			}
			if c != nil {
				t.Errorf("Parse(%q) = %+v, %v, want a nil config", tt.data, c, err)
			}
			got := strings.Split(err.Error(), "\n")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) errors differ (-want +got):\n%s", tt.data, diff)
			}
			if joined, ok := err.(interface{ Unwrap() []error }); !ok || len(joined.Unwrap()) != len(tt.want) {
				t.Errorf("Parse(%q) = %v, want %d errors joined", tt.data, err, len(tt.want))
			}
			for name, secret := range fakeEnv {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("Parse(%q) = %v, which shows %s", tt.data, err, name)
				}
			}
			for name, secret := range tt.env {
				if secret != "" && strings.Contains(err.Error(), secret) {
					t.Errorf("Parse(%q) = %v, which shows %s", tt.data, err, name)
				}
			}
		})
	}
}

func TestParseDir(t *testing.T) {
	tests := []struct {
		file, data, want string
	}{
		{"/etc/briefbot/briefbot.yaml", "knowledge: {dir: ./briefings}", "/etc/briefbot/briefings"},
		{"/etc/briefbot/briefbot.yaml", "knowledge: {dir: ../docs}", "/etc/docs"},
		{"/etc/briefbot/briefbot.yaml", "knowledge: {dir: /srv/briefings}", "/srv/briefings"},
		{"briefbot.yaml", "knowledge: {dir: briefings/}", "briefings"},
		{"deploy/briefbot.yaml", "knowledge: {dir: briefings}", "deploy/briefings"},
		{"/etc/briefbot/briefbot.yaml", "knowledge: {watch: true}", ""},
		{"/etc/briefbot/briefbot.yaml", "knowledge: {dir: }", ""},
	}
	for _, tt := range tests {
		c, err := Parse([]byte(tt.data), filepath.FromSlash(tt.file), nil)
		if err != nil {
			t.Errorf("Parse(%q) in %s = %v, want no error", tt.data, tt.file, err)
			continue
		}
		if want := filepath.FromSlash(tt.want); c.Knowledge.Dir != want {
			t.Errorf("Parse(%q) in %s: knowledge.dir = %q, want %q", tt.data, tt.file, c.Knowledge.Dir, want)
		}
	}
}

func TestParseStateDir(t *testing.T) {
	tests := []struct {
		name, file, data string
		env              map[string]string
		want             string
	}{
		{"relative to the file", "/etc/briefbot/briefbot.yaml", "state: {dir: ./state}", nil, "/etc/briefbot/state"},
		{"absolute", "/etc/briefbot/briefbot.yaml", "state: {dir: /var/lib/briefbot}", nil, "/var/lib/briefbot"},
		{"XDG_STATE_HOME", "briefbot.yaml", "", map[string]string{"XDG_STATE_HOME": "/x/state", "HOME": "/home/ann"}, "/x/state/briefbot"},
		{"HOME", "briefbot.yaml", "", map[string]string{"HOME": "/home/ann"}, "/home/ann/.local/state/briefbot"},
		{"a relative XDG_STATE_HOME is ignored", "briefbot.yaml", "", map[string]string{"XDG_STATE_HOME": "state", "HOME": "/home/ann"}, "/home/ann/.local/state/briefbot"},
		{"neither: in memory", "briefbot.yaml", "", nil, ""},
		{"the file wins", "/etc/briefbot/briefbot.yaml", "state: {dir: /srv/state}", map[string]string{"HOME": "/home/ann"}, "/srv/state"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Parse([]byte(tt.data), filepath.FromSlash(tt.file), func(k string) string { return tt.env[k] })
			if err != nil {
				t.Fatalf("Parse(%q) in %s = %v, want no error", tt.data, tt.file, err)
			}
			if want := filepath.FromSlash(tt.want); c.State.Dir != want {
				t.Errorf("Parse(%q) in %s: state.dir = %q, want %q", tt.data, tt.file, c.State.Dir, want)
			}
		})
	}
}

func TestParseGit(t *testing.T) {
	userCache, err := os.UserCacheDir()
	if err != nil {
		t.Fatal(err)
	}
	defaultCache := filepath.Join(userCache, "briefbot", "git")
	const file = "/etc/briefbot/briefbot.yaml"
	tests := []struct {
		name string
		data string
		want gitsource.Config
		poll time.Duration
	}{{
		name: "https with a token and the defaults",
		data: "url: https://github.com/example/briefings.git\ntoken_env: BRIEFINGS_TOKEN",
		want: gitsource.Config{URL: "https://github.com/example/briefings.git", Branch: "main",
			CacheDir: defaultCache, Token: fakeEnv["BRIEFINGS_TOKEN"]},
	}, {
		name: "every https key",
		data: "url: https://git.example.org/org/b.git\nbranch: release/2025\nsubdir: docs/briefings\n" +
			"cache_dir: cache\nca_file: certs/ca.pem\npoll: 5m",
		want: gitsource.Config{URL: "https://git.example.org/org/b.git", Branch: "release/2025", Subdir: "docs/briefings",
			CacheDir: "/etc/briefbot/cache", CAFile: "/etc/briefbot/certs/ca.pem"},
		poll: 5 * time.Minute,
	}, {
		name: "ssh with an encrypted key",
		data: "url: git@github.com:example/briefings.git\nssh_key_file: keys/id_ed25519\n" +
			"ssh_key_passphrase_env: KEY_PASSPHRASE\nssh_known_hosts: /etc/ssh/known_hosts\ncache_dir: /var/cache/b",
		want: gitsource.Config{URL: "git@github.com:example/briefings.git", Branch: "main", CacheDir: "/var/cache/b",
			SSHKeyFile: "/etc/briefbot/keys/id_ed25519", SSHKeyPassphrase: fakeEnv["KEY_PASSPHRASE"],
			SSHKnownHosts: "/etc/ssh/known_hosts"},
	}, {
		name: "a relative local path",
		data: "url: ../briefings",
		want: gitsource.Config{URL: "/etc/briefings", Branch: "main", CacheDir: defaultCache},
	}, {
		name: "an absolute local path",
		data: "url: /srv/git/briefings\npoll: 10s",
		want: gitsource.Config{URL: "/srv/git/briefings", Branch: "main", CacheDir: defaultCache},
		poll: 10 * time.Second,
	}, {
		name: "a file URL",
		data: "url: file:///srv/git/briefings",
		want: gitsource.Config{URL: "file:///srv/git/briefings", Branch: "main", CacheDir: defaultCache},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := "knowledge:\n  git:\n    " + strings.ReplaceAll(tt.data, "\n", "\n    ") + "\n"
			c, err := Parse([]byte(data), filepath.FromSlash(file), env(nil))
			if err != nil {
				t.Fatalf("Parse(%q) = %v, want no error", data, err)
			}
			g := c.Knowledge.Git
			if diff := cmp.Diff(tt.want, g.Source); diff != "" {
				t.Errorf("Parse(%q) knowledge.git (-want +got):\n%s", data, diff)
			}
			if g.Poll != tt.poll {
				t.Errorf("Parse(%q) knowledge.git.poll = %s, want %s", data, g.Poll, tt.poll)
			}
			if c.Knowledge.Dir != "" {
				t.Errorf("Parse(%q) knowledge.dir = %q, want none", data, c.Knowledge.Dir)
			}
		})
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "briefings"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "notes.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}

	path := write("good.yaml", "knowledge:\n  dir: briefings\n")
	c, err := Load(path)
	if err != nil {
		t.Fatalf("Load(%q) = %v, want no error", path, err)
	}
	if want := filepath.Join(dir, "briefings"); c.Knowledge.Dir != want {
		t.Errorf("Load(%q): knowledge.dir = %q, want %q", path, c.Knowledge.Dir, want)
	}

	tests := []struct {
		name, path string
		want       string   // in the error
		is         error    // in the error's chain, if not nil
		also       []string // more in the error
	}{
		{"missing file", filepath.Join(dir, "none.yaml"), "load config: open ", fs.ErrNotExist, nil},
		{"missing dir", write("missing.yaml", "knowledge:\n  dir: gone\n"), "missing.yaml:2: knowledge.dir: stat ", fs.ErrNotExist, nil},
		{"dir is a file", write("file.yaml", "knowledge:\n  dir: notes.md\n"), "file.yaml:2: knowledge.dir: ", nil, []string{"notes.md is not a directory"}},
		{"dir and more", write("more.yaml", "knowledge:\n  dir: gone\nbot: {burst: 1}\n"), "more.yaml:3: unknown key \"burst\" in bot", fs.ErrNotExist, []string{"knowledge.dir"}},
		{"git ca file missing", write("ca.yaml", "knowledge:\n  git:\n    url: https://h/o/b.git\n    ca_file: ca.pem\n"),
			"ca.yaml:4: knowledge.git.ca_file: stat " + filepath.Join(dir, "ca.pem"), fs.ErrNotExist, nil},
		{"git key is a directory", write("key.yaml", "knowledge:\n  git:\n    url: git@h:o/b.git\n    ssh_key_file: briefings\n"),
			"key.yaml:4: knowledge.git.ssh_key_file: " + filepath.Join(dir, "briefings") + " is a directory, not a file", nil, nil},
		{"git known hosts missing", write("kh.yaml", "knowledge:\n  git: {url: 'ssh://git@h/o/b.git', ssh_known_hosts: /nonexistent/known_hosts}\n"),
			"kh.yaml:2: knowledge.git.ssh_known_hosts: stat /nonexistent/known_hosts", fs.ErrNotExist, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Load(tt.path)
			if err == nil {
				t.Fatalf("Load(%q) = %+v, nil, want error", tt.path, c)
			}
			for _, want := range append([]string{tt.want}, tt.also...) {
				if !strings.Contains(err.Error(), want) {
					t.Errorf("Load(%q) = %v, want it to contain %q", tt.path, err, want)
				}
			}
			if tt.is != nil && !errors.Is(err, tt.is) {
				t.Errorf("Load(%q) = %v, want an error that is %v", tt.path, err, tt.is)
			}
		})
	}
}

// FuzzParse checks that no input makes Parse panic, that it is
// deterministic, and that what it accepts is valid.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"example.yaml", "testdata/full.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data, true)
	}
	for _, tt := range errorTests {
		f.Add([]byte(tt.data), true)
		f.Add([]byte(tt.data), false)
	}
	f.Fuzz(func(t *testing.T, data []byte, withEnv bool) {
		getenv := env(noEnv)
		if withEnv {
			getenv = env(nil)
		}
		c, err := Parse(data, "fuzz.yaml", getenv)
		c2, err2 := Parse(data, "fuzz.yaml", getenv)
		if (err == nil) != (err2 == nil) || err != nil && err.Error() != err2.Error() {
			t.Fatalf("Parse(%q) = %v, then %v", data, err, err2)
		}
		if err != nil {
			if c != nil {
				t.Errorf("Parse(%q) = %+v, %v, want a nil config", data, c, err)
			}
			for _, line := range strings.Split(err.Error(), "\n") {
				if !strings.HasPrefix(line, "fuzz.yaml") {
					t.Errorf("Parse(%q) = %v, want every line to name the file", data, err)
				}
			}
			for name, secret := range fakeEnv {
				if !strings.Contains(string(data), secret) && strings.Contains(err.Error(), secret) {
					t.Errorf("Parse(%q) = %v, which shows %s", data, err, name)
				}
			}
			return
		}
		if diff := cmp.Diff(c, c2); diff != "" {
			t.Errorf("Parse(%q) differs from itself:\n%s", data, diff)
		}
		switch {
		case c.Bot.Prefix == "" || c.Bot.RateLimit.PerMinute <= 0 || c.Bot.ShutdownTimeout <= 0:
			t.Errorf("Parse(%q) accepted bot %+v", data, c.Bot)
		case !strings.HasSuffix(c.Slack.APIURL, "/") || !strings.HasSuffix(c.Discord.APIURL, "/"):
			t.Errorf("Parse(%q) accepted API URLs %q and %q", data, c.Slack.APIURL, c.Discord.APIURL)
		case c.Slack.Enabled && c.Slack.BotToken == "" || c.Discord.Enabled && c.Discord.BotToken == "":
			t.Errorf("Parse(%q) enabled a platform without its token", data)
		case c.Knowledge.Git.URL != "" && (c.Knowledge.Dir != "" || c.Knowledge.Watch || c.Knowledge.Git.Source.Validate() != nil):
			t.Errorf("Parse(%q) accepted knowledge %+v", data, c.Knowledge)
		}
	})
}
