package discord

import (
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestSetup keeps the README's Discord section true to the code: the
// invite URL's permissions are the ones the bot needs, and every config
// key is explained.
func TestSetup(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, doc, ok := strings.Cut(string(b), "\n### Discord\n")
	if !ok {
		t.Fatal("README.md has no Discord section")
	}
	doc, _, _ = strings.Cut(doc, "\n### ")

	const need = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
		discordgo.PermissionSendMessagesInThreads | discordgo.PermissionEmbedLinks |
		discordgo.PermissionReadMessageHistory
	m := regexp.MustCompile(`oauth2/authorize\?client_id=APPLICATION_ID&scope=bot%20applications\.commands&permissions=(\d+)`).FindStringSubmatch(doc)
	if m == nil {
		t.Fatal("the Discord section has no invite URL with scopes bot and applications.commands")
	}
	if got, _ := strconv.ParseInt(m[1], 10, 64); got != need {
		t.Errorf("invite URL permissions = %s, want %d", m[1], int64(need))
	}
	for _, key := range []string{"enabled", "gateway", "message_content", "api_url", "application_id",
		"public_key", "guild_id", "audience", "channels", "admins", "admin_roles", "shard_id", "shard_count",
		"DISCORD_BOT_TOKEN", "MESSAGE_CONTENT", "/discord/interactions"} {
		if !strings.Contains(doc, key) {
			t.Errorf("the Discord section does not mention %s", key)
		}
	}
}
