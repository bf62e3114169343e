package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/adapters/discord/discordtest"
	"github.com/briefbot/briefbot/adapters/slack/slacktest"
)

// TestExamples checks the deployment examples under config/examples:
// every file parses as YAML; every briefbot config, whether a file of
// its own or inside a Kubernetes ConfigMap, passes `briefbot run
// --check`; and the Discord StatefulSet has a config for each of its
// shards, shard_id the pod's ordinal.
func TestExamples(t *testing.T) {
	root := filepath.Join("..", "..", "config", "examples")
	env := []string{
		"SLACK_BOT_TOKEN=" + slacktest.BotToken, "SLACK_APP_TOKEN=" + slacktest.AppToken,
		"DISCORD_BOT_TOKEN=" + discordtest.Token, "REDIS_PASSWORD=example",
		"BRIEFBOT_KNOWLEDGE=" + filepath.Join("testdata", "e2e", "knowledge"),
	}
	configs := 0
	check := func(t *testing.T, name string, data []byte) {
		t.Helper()
		configs++
		path := filepath.Join(t.TempDir(), filepath.Base(name))
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		res := runWith(t, env, "", "run", "--check", "--config", path)
		if res.code != 0 || !strings.Contains(res.stdout, ": ok") {
			t.Errorf("briefbot run --check on %s: exit %d\nstdout: %s\nstderr: %s", name, res.code, res.stdout, res.stderr)
		}
	}
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".yaml") {
			return err
		}
		t.Run(strings.TrimPrefix(filepath.ToSlash(path), filepath.ToSlash(root)+"/"), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs := documents(t, data)
			switch {
			case len(docs) > 0 && docs[0]["apiVersion"] != nil:
				shards := map[string]string{}
				replicas := -1
				for _, doc := range docs {
					if doc["kind"] == nil || doc["metadata"] == nil {
						t.Errorf("a document without kind or metadata: %v", doc)
					}
					if doc["kind"] == "StatefulSet" {
						spec, _ := doc["spec"].(map[string]any)
						replicas, _ = spec["replicas"].(int)
					}
					if doc["kind"] != "ConfigMap" {
						continue
					}
					data, _ := doc["data"].(map[string]any)
					for name, v := range data {
						if text, ok := v.(string); ok && strings.HasSuffix(name, ".yaml") {
							shards[name] = text
							check(t, path+": "+name, []byte(text))
						}
					}
				}
				if replicas >= 0 {
					for i := range replicas {
						var c struct {
							Discord struct {
								ShardID    int `yaml:"shard_id"`
								ShardCount int `yaml:"shard_count"`
							}
						}
						text, ok := shards[fmt.Sprintf("shard-%d.yaml", i)]
						if err := yaml.Unmarshal([]byte(text), &c); !ok || err != nil ||
							c.Discord.ShardID != i || c.Discord.ShardCount != replicas {
							t.Errorf("shard-%d.yaml: shard_id %d of %d, want %d of %d, the pod's ordinal of the replicas", i, c.Discord.ShardID, c.Discord.ShardCount, i, replicas)
						}
					}
				}
			case len(docs) == 1 && docs[0]["services"] != nil:
				// A compose file: parsed, which is all docker compose
				// would do before starting it.
			default:
				check(t, path, data)
			}
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if configs < 5 {
		t.Errorf("checked %d briefbot configs in %s, want the compose one and the Kubernetes ones", configs, root)
	}
}

// documents parses every YAML document of data as a mapping.
func documents(t *testing.T, data []byte) []map[string]any {
	t.Helper()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var out []map[string]any
	for {
		var doc map[string]any
		err := dec.Decode(&doc)
		if errors.Is(err, io.EOF) {
			return out
		}
		if err != nil {
			t.Fatalf("not YAML: %v", err)
		}
		out = append(out, doc)
	}
}

// TestRunCheck runs `briefbot run --check` on a config with a problem in
// it and on knowledge with a broken document: each fails, naming why.
func TestRunCheck(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(bad, []byte("discord: {shard_id: 3, shard_count: 3}\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	res := runWith(t, nil, "", "run", "--check", "--config", bad)
	if res.code != 1 || !strings.Contains(res.stderr, "discord.shard_id: must be from 0 to 2") {
		t.Errorf("--check on shard_id 3 of 3: exit %d, stderr %q; want 1 naming discord.shard_id", res.code, res.stderr)
	}
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	if err := os.WriteFile(filepath.Join(kb, "broken.md"), []byte("---\ntitle: [unclosed\n---\n# X\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(dir, "ok.yaml")
	if err := os.WriteFile(cfg, []byte(fmt.Sprintf("knowledge: {dir: %q}\n", kb)), 0o600); err != nil {
		t.Fatal(err)
	}
	res = runWith(t, nil, "", "run", "--check", "--config", cfg)
	if res.code != 1 || !strings.Contains(res.stdout, "problem: ") || !strings.Contains(res.stdout, "broken.md") {
		t.Errorf("--check on knowledge with a broken document: exit %d, stdout %q; want 1 naming broken.md", res.code, res.stdout)
	}
}
