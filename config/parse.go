package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/briefbot/briefbot/knowledge"
)

// The environment variables secrets come from.
const (
	EnvSlackBotToken      = "SLACK_BOT_TOKEN"
	EnvSlackAppToken      = "SLACK_APP_TOKEN"
	EnvSlackSigningSecret = "SLACK_SIGNING_SECRET"
	EnvDiscordBotToken    = "DISCORD_BOT_TOKEN"
)

// EnvKnowledge is where a container mounts the knowledge directory:
// Knowledge.Mount.
const EnvKnowledge = "BRIEFBOT_KNOWLEDGE"

// secretKeys are keys people write secrets under by habit. Each gets an
// error pointing to its environment variable rather than "unknown key", so
// that nobody is tempted to commit a token to the file.
var secretKeys = map[string]string{
	"slack.token":          EnvSlackBotToken,
	"slack.bot_token":      EnvSlackBotToken,
	"slack.app_token":      EnvSlackAppToken,
	"slack.signing_secret": EnvSlackSigningSecret,
	"discord.token":        EnvDiscordBotToken,
	"discord.bot_token":    EnvDiscordBotToken,
	// knowledge.git's secrets are in variables the file names.
	"knowledge.git.token":              "the variable that knowledge.git.token_env names",
	"knowledge.git.password":           "the variable that knowledge.git.token_env names",
	"knowledge.git.ssh_key_passphrase": "the variable that knowledge.git.ssh_key_passphrase_env names",
	"state.redis.password":             "the variable that state.redis.password_env names",
}

// Load reads the config file at path, takes secrets from the process
// environment and validates both, as Parse does. It also checks that
// knowledge.dir is a directory and that the files knowledge.git names
// are files.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load config: %w", err)
	}
	p := newParser(path, os.Getenv)
	c := p.parse(data)
	if dir := c.Knowledge.Dir; dir != "" {
		if fi, err := os.Stat(dir); err != nil {
			p.errorf("knowledge.dir", "%w", err)
		} else if !fi.IsDir() {
			p.errorf("knowledge.dir", "%s is not a directory", dir)
		}
	}
	g := c.Knowledge.Git.Source
	for _, f := range []struct{ key, path string }{
		{"knowledge.git.ca_file", g.CAFile},
		{"knowledge.git.ssh_key_file", g.SSHKeyFile},
		{"knowledge.git.ssh_known_hosts", g.SSHKnownHosts},
	} {
		if f.path == "" {
			continue
		}
		if fi, err := os.Stat(f.path); err != nil {
			p.errorf(f.key, "%w", err)
		} else if fi.IsDir() {
			p.errorf(f.key, "%s is a directory, not a file", f.path)
		}
	}
	return p.result(c)
}

// Parse reads a config file's contents, takes secrets from getenv and
// validates both. name is the file's path: it begins every error message,
// and a relative knowledge.dir is resolved against its directory. A nil
// getenv is an empty environment; Load passes os.Getenv.
//
// A key absent from data keeps its value from Default, as does a key with
// an empty value. Unknown keys are errors. The error joins every problem
// found, one per line, each naming the file, the line where known and the
// key.
func Parse(data []byte, name string, getenv func(string) string) (*Config, error) {
	p := newParser(name, getenv)
	return p.result(p.parse(data))
}

// A parser collects the problems of one config file.
type parser struct {
	name   string
	getenv func(string) string
	// lines maps a key path ("bot.prefix", "slack.admins[2]",
	// "slack.channels.C0123ABC") to its line, for messages about values.
	lines map[string]int
	// audiences holds each audience the file sets, as written, by key
	// path, for check to report the ones that are not audiences.
	audiences map[string]string
	errs      []error
}

func newParser(name string, getenv func(string) string) *parser {
	if getenv == nil {
		getenv = func(string) string { return "" }
	}
	return &parser{name: name, getenv: getenv, lines: make(map[string]int), audiences: make(map[string]string)}
}

// parse decodes and validates data, starting from Default. It returns the
// config even when there are problems, so that Load can check more.
func (p *parser) parse(data []byte) *Config {
	c := Default()
	p.decodeFile(data, c)
	if dir := c.Knowledge.Dir; dir != "" && !filepath.IsAbs(dir) {
		c.Knowledge.Dir = filepath.Join(filepath.Dir(p.name), dir)
	}
	c.Slack.BotToken = p.secret(EnvSlackBotToken)
	c.Slack.AppToken = p.secret(EnvSlackAppToken)
	c.Slack.SigningSecret = p.secret(EnvSlackSigningSecret)
	c.Discord.BotToken = p.secret(EnvDiscordBotToken)
	c.Knowledge.Mount = strings.TrimSpace(p.getenv(EnvKnowledge))
	p.check(c)
	return c
}

func (p *parser) result(c *Config) (*Config, error) {
	if len(p.errs) > 0 {
		return nil, errors.Join(p.errs...)
	}
	return c, nil
}

// secret reads an environment variable. Surrounding space is dropped: it
// comes from env files and pasting, never from a token.
func (p *parser) secret(name string) Secret {
	return Secret(strings.TrimSpace(p.getenv(name)))
}

// errorAt records a problem at a line of the file, or with the file as a
// whole when line is 0.
func (p *parser) errorAt(line int, format string, args ...any) {
	where := p.name
	if line > 0 {
		where += ":" + strconv.Itoa(line)
	}
	p.errs = append(p.errs, fmt.Errorf("%s: %w", where, fmt.Errorf(format, args...)))
}

// errorf records a problem with the value of key, at its line when the
// file has the key.
func (p *parser) errorf(key, format string, args ...any) {
	p.errorAt(p.lines[key], "%s: %w", key, fmt.Errorf(format, args...))
}

// decodeFile decodes the one YAML document in data into c.
func (p *parser) decodeFile(data []byte, c *Config) {
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err != io.EOF { // io.EOF: an empty file, all defaults
			p.syntaxError(err)
		}
		return
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == io.EOF:
	case err != nil:
		p.syntaxError(err)
		return
	default:
		p.errorAt(next.Line, "a second YAML document; a config file holds one")
		return
	}
	if len(doc.Content) == 0 {
		return
	}
	root := doc.Content[0]
	if !isNull(root) && root.Kind != yaml.MappingNode {
		p.errorAt(root.Line, "want a mapping of sections such as bot: and slack:, got %s", describe(root))
		return
	}
	p.decodeStruct(root, reflect.ValueOf(c).Elem(), "")
}

// syntaxError records an error from the YAML parser, moving its line, if
// any, to the front as for every other problem.
func (p *parser) syntaxError(err error) {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		num, rest, ok := strings.Cut(rest, ": ")
		if line, err := strconv.Atoi(num); ok && err == nil {
			p.errorAt(line, "%s", rest)
			return
		}
	}
	p.errorAt(0, "%s", msg)
}

// decodeStruct sets the fields of v, a struct, from the mapping n, whose
// key path is path. Fields whose keys n lacks keep their value.
func (p *parser) decodeStruct(n *yaml.Node, v reflect.Value, path string) {
	n = resolve(n)
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		p.errorAt(n.Line, "%s: want a mapping, got %s", path, describe(n))
		return
	}
	seen := make(map[string]int)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := resolve(n.Content[i]), n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			p.errorAt(k.Line, "want a key name in %s, got %s", where(path), describe(k))
			continue
		}
		name, key := k.Value, joinKey(path, k.Value)
		if first, dup := seen[name]; dup {
			p.errorAt(k.Line, "duplicate key %s in %s, first at line %d", quote(name), where(path), first)
			continue
		}
		seen[name] = k.Line
		if env, ok := secretKeys[key]; ok {
			p.errorAt(k.Line, "%s: secrets are not read from the config file; set %s in the environment instead", key, env)
			continue
		}
		f, ok := field(v.Type(), name)
		if !ok {
			p.unknownKey(k, path, v.Type())
			continue
		}
		p.lines[key] = k.Line
		if f.Type.Kind() == reflect.Struct {
			p.decodeStruct(val, v.FieldByIndex(f.Index), key)
		} else {
			p.decodeValue(val, v.FieldByIndex(f.Index), key)
		}
	}
}

// decodeValue sets v from n, whose key path is key. An empty value keeps
// v, and so does a value of the wrong type, reported here.
func (p *parser) decodeValue(n *yaml.Node, v reflect.Value, key string) {
	if isNull(resolve(n)) {
		return
	}
	if t := localTag(n); t != nil {
		p.errorAt(t.Line, "%s: %s is read as a YAML tag; put the value in quotes", key, t.Tag)
		return
	}
	if p.decodeAudiences(n, v, key) {
		return
	}
	nv := reflect.New(v.Type())
	if err := n.Decode(nv.Interface()); err != nil {
		p.errorAt(n.Line, "%s: want %s, got %s", key, want(v.Type()), describe(n))
		return
	}
	v.Set(nv.Elem())
	n = resolve(n)
	switch n.Kind {
	case yaml.MappingNode:
		for i := 0; i+1 < len(n.Content); i += 2 {
			p.lines[entryKey(key, n.Content[i].Value)] = n.Content[i].Line
		}
	case yaml.SequenceNode:
		for i, item := range n.Content {
			p.lines[fmt.Sprintf("%s[%d]", key, i)] = item.Line
		}
	}
}

// decodeAudiences sets v from n when v is an audience or a map of them,
// and reports whether it was. The file's words are kept for check, which
// reports those that are not audiences.
func (p *parser) decodeAudiences(n *yaml.Node, v reflect.Value, key string) bool {
	switch v.Type() {
	case audienceType:
		var word string
		if err := n.Decode(&word); err != nil {
			p.errorAt(n.Line, "%s: want %s, got %s", key, want(v.Type()), describe(n))
			return true
		}
		p.audiences[key] = word
		a, _ := knowledge.ParseAudience(word)
		v.Set(reflect.ValueOf(a))
	case audiencesMap:
		var words map[string]string
		if err := n.Decode(&words); err != nil {
			p.errorAt(n.Line, "%s: want %s, got %s", key, want(v.Type()), describe(n))
			return true
		}
		m := make(map[string]knowledge.Audience, len(words))
		for id, word := range words {
			p.audiences[entryKey(key, id)] = word
			m[id], _ = knowledge.ParseAudience(word)
		}
		v.Set(reflect.ValueOf(m))
		n = resolve(n)
		for i := 0; i+1 < len(n.Content); i += 2 {
			p.lines[entryKey(key, n.Content[i].Value)] = n.Content[i].Line
		}
	default:
		return false
	}
	return true
}

// unknownKey reports the key k in the mapping at path, whose fields are
// those of t, suggesting the key meant if it is a near miss.
func (p *parser) unknownKey(k *yaml.Node, path string, t reflect.Type) {
	msg := "unknown key " + quote(k.Value)
	if path != "" {
		msg += " in " + path
	}
	best, bestDist := "", 3 // suggest only keys within two edits
	for i := range t.NumField() {
		if name := yamlName(t.Field(i)); name != "" {
			if d := editDistance(k.Value, name, bestDist); d < bestDist {
				best, bestDist = name, d
			}
		}
	}
	if best != "" {
		msg += fmt.Sprintf("; did you mean %q?", best)
	}
	p.errorAt(k.Line, "%s", msg)
}

// field returns the field of the struct type t whose yaml key is name.
func field(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		if f := t.Field(i); yamlName(f) == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// yamlName returns the key of f in the file, "" if it has none.
func yamlName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
	if name == "-" || !f.IsExported() {
		return ""
	}
	return name
}

func joinKey(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// entryKey returns the key path of the entry name in the mapping at path:
// path.name if name is a plain word, path["name"] otherwise, so that an
// odd name cannot garble a message.
func entryKey(path, name string) string {
	plain := name != "" && !strings.ContainsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_' && r != '-'
	})
	if plain {
		return path + "." + name
	}
	return path + "[" + quote(name) + "]"
}

// where names the mapping at path in a message.
func where(path string) string {
	if path == "" {
		return "the file"
	}
	return path
}

// resolve follows an alias (*name) to the node it stands for.
func resolve(n *yaml.Node) *yaml.Node {
	for n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	return n
}

// isNull reports whether n is an empty value, as in "key:" or "key: ~".
func isNull(n *yaml.Node) bool {
	return n.Kind == 0 || n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null"
}

// localTag returns the first node in n that has a local tag such as
// "!brief". Nothing in a config file uses one: it is an unquoted value that
// starts with "!", which YAML reads as a tag and an empty string.
func localTag(n *yaml.Node) *yaml.Node {
	if strings.HasPrefix(n.Tag, "!") && !strings.HasPrefix(n.Tag, "!!") {
		return n
	}
	for _, c := range n.Content {
		if t := localTag(c); t != nil {
			return t
		}
	}
	return nil
}

var (
	durationType = reflect.TypeFor[time.Duration]()
	levelType    = reflect.TypeFor[slog.Level]()
	audienceType = reflect.TypeFor[knowledge.Audience]()
	audiencesMap = reflect.TypeFor[map[string]knowledge.Audience]()
)

// want describes the values of type t for an error message.
func want(t reflect.Type) string {
	switch t {
	case durationType:
		return `a duration such as "10s" or "1m30s"`
	case levelType:
		return "debug, info, warn or error"
	case audienceType:
		return "a single value"
	case audiencesMap:
		return "a mapping of IDs to public or internal"
	}
	switch t.Kind() {
	case reflect.Bool:
		return "true or false"
	case reflect.Int:
		return "a whole number"
	case reflect.String:
		return "a single value"
	case reflect.Slice:
		return "a list of single values"
	}
	return t.String()
}

// describe names the value n for an error message.
func describe(n *yaml.Node) string {
	n = resolve(n)
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		return quote(n.Value)
	}
	return "nothing"
}

// quote quotes s for a message, shortened if long.
func quote(s string) string {
	const max = 40
	if utf8.RuneCountInString(s) > max {
		s = string([]rune(s)[:max]) + "…"
	}
	return strconv.Quote(s)
}

// editDistance returns the Levenshtein distance between a and b, or limit
// if it is limit or more.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d >= limit || -d >= limit {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
