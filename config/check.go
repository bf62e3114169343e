package config

// The checks that every section uses. Each section checks its own keys,
// beside its fields in config.go.

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/briefbot/briefbot/knowledge"
)

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
