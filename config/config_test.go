package config

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// fakeEnv holds a valid value for every secret. The values are distinctive
// so that a test can tell if one leaks into output.
var fakeEnv = map[string]string{
	EnvSlackBotToken:      "xoxb-fake-bot-token-1111",
	EnvSlackAppToken:      "xapp-fake-app-token-2222",
	EnvSlackSigningSecret: "fake-signing-secret-3333",
	EnvDiscordBotToken:    "fake-discord-token-4444",
	// Named by knowledge.git.token_env and ssh_key_passphrase_env.
	"BRIEFINGS_TOKEN": "ghp-fake-git-token-5555",
	"KEY_PASSPHRASE":  "fake-passphrase-6666",
	// Named by state.redis.password_env.
	"REDIS_PASSWORD": "fake-redis-password-7777",
}

// env returns a getenv reading fakeEnv with the overrides applied; an
// override "" unsets the variable.
func env(overrides map[string]string) func(string) string {
	return func(name string) string {
		if v, ok := overrides[name]; ok {
			return v
		}
		return fakeEnv[name]
	}
}

func TestSecretRedacted(t *testing.T) {
	data := []byte("slack: {enabled: true}\ndiscord: {enabled: true, application_id: \"1\"}\n" +
		"knowledge: {git: {url: 'https://github.com/example/briefings.git', token_env: BRIEFINGS_TOKEN}}\n")
	c, err := Parse(data, "briefbot.yaml", env(nil))
	if err != nil {
		t.Fatalf("Parse(%q) = %v, want no error", data, err)
	}

	outputs := map[string]string{}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%d", "%10.3s"} {
		outputs["fmt "+verb+" config"] = fmt.Sprintf(verb, c)
		outputs["fmt "+verb+" slack"] = fmt.Sprintf(verb, c.Slack)
		outputs["fmt "+verb+" secret"] = fmt.Sprintf(verb, c.Discord.BotToken)
		outputs["fmt "+verb+" knowledge"] = fmt.Sprintf(verb, c.Knowledge)
	}
	outputs["String"] = c.Slack.BotToken.String()
	for name, h := range map[string]func(*bytes.Buffer) slog.Handler{
		"text": func(b *bytes.Buffer) slog.Handler { return slog.NewTextHandler(b, nil) },
		"json": func(b *bytes.Buffer) slog.Handler { return slog.NewJSONHandler(b, nil) },
	} {
		var b bytes.Buffer
		slog.New(h(&b)).Info("loaded",
			"config", c, "slack", c.Slack, "token", c.Slack.AppToken, slog.Any("secret", c.Slack.SigningSecret),
			"git", c.Knowledge.Git, "source", c.Knowledge.Git.Source)
		outputs["slog "+name] = b.String()
	}
	j, err := json.Marshal(c)
	if err != nil {
		t.Fatalf("json.Marshal(config) = %v", err)
	}
	outputs["json"] = string(j)
	y, err := yaml.Marshal(c)
	if err != nil {
		t.Fatalf("yaml.Marshal(config) = %v", err)
	}
	outputs["yaml"] = string(y)

	for name, out := range outputs {
		for env, secret := range fakeEnv {
			if strings.Contains(out, secret) {
				t.Errorf("%s shows %s: %s", name, env, out)
			}
		}
	}
	if got := fmt.Sprint(c.Slack.BotToken); got != "[redacted]" {
		t.Errorf("fmt.Sprint(secret) = %q, want %q", got, "[redacted]")
	}
	if got := fmt.Sprint(Secret("")); got != "" {
		t.Errorf("fmt.Sprint(unset secret) = %q, want %q", got, "")
	}
	if got, want := c.Slack.BotToken.Reveal(), fakeEnv[EnvSlackBotToken]; got != want {
		t.Errorf("Reveal() = %q, want %q", got, want)
	}
	if got, want := c.Knowledge.Git.Source.Token, fakeEnv["BRIEFINGS_TOKEN"]; got != want {
		t.Errorf("knowledge.git's token = %q, want %q from the environment", got, want)
	}
}
