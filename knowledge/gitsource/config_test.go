package gitsource

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"testing"
)

func TestParseRef(t *testing.T) {
	tests := []struct {
		in           string
		url, branch  string
		wantErrMatch string
	}{
		{in: "https://github.com/org/briefings.git@main", url: "https://github.com/org/briefings.git", branch: "main"},
		{in: "https://user@host/repo.git@main", url: "https://user@host/repo.git", branch: "main"},
		{in: "https://user:s3cret@host/repo.git@release/2025", url: "https://user:s3cret@host/repo.git", branch: "release/2025"},
		{in: "git@github.com:org/briefings.git@main", url: "git@github.com:org/briefings.git", branch: "main"},
		{in: "ssh://git@host:2222/org/repo.git@feature/x", url: "ssh://git@host:2222/org/repo.git", branch: "feature/x"},
		{in: "/srv/git/briefings@main", url: "/srv/git/briefings", branch: "main"},
		{in: "/srv/team@home/briefings@main", url: "/srv/team@home/briefings", branch: "main"},
		{in: "file:///srv/git/briefings.git@v2-drafts", url: "file:///srv/git/briefings.git", branch: "v2-drafts"},
		{in: "https://host/a@b.git@dev", url: "https://host/a@b.git", branch: "dev"},
		// A URL with "@" and no branch is refused, not guessed at.
		{in: "git@github.com:org/briefings.git", wantErrMatch: `"github.com:org/briefings.git" is not a valid branch name after the last @`},
		{in: "https://user@host/repo.git", wantErrMatch: `^"https://user@host/repo.git": https://user names no host and repository path before the last @: write URL@branch$`},
		{in: "https://host/repo.git", wantErrMatch: `no branch: write URL@branch`},
		{in: "https://host/repo.git@", wantErrMatch: `no branch after the last @`},
		{in: "@main", wantErrMatch: `url: required|required: the repository`},
		{in: "https://host/repo.git@ma..in", wantErrMatch: `"ma..in" is not a valid branch name`},
		{in: "https://host/repo.git@-x", wantErrMatch: `"-x" is not a valid branch name`},
		{in: "https://host/repo.git@refs/heads/main", wantErrMatch: `"refs/heads/main" is not a valid branch name`},
		{in: "git://host/repo.git@main", wantErrMatch: `scheme "git" is not supported`},
		// The password is never shown.
		{in: "https://user:s3cret@host/repo.git", wantErrMatch: `^"https://user:\[redacted\]@host/repo.git": https://user:\[redacted\] is not a repository URL before the last @`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			url, branch, err := ParseRef(tt.in)
			if tt.wantErrMatch != "" {
				if err == nil || !regexp.MustCompile(tt.wantErrMatch).MatchString(err.Error()) {
					t.Errorf("ParseRef(%q) = %q, %q, %v; want an error matching %q", tt.in, url, branch, err, tt.wantErrMatch)
				}
				if err != nil && strings.Contains(err.Error(), "s3cret") {
					t.Errorf("ParseRef(%q) error shows the password: %v", tt.in, err)
				}
				return
			}
			if err != nil || url != tt.url || branch != tt.branch {
				t.Errorf("ParseRef(%q) = %q, %q, %v; want %q, %q", tt.in, url, branch, err, tt.url, tt.branch)
			}
		})
	}
}

func FuzzParseRef(f *testing.F) {
	for _, s := range []string{
		"https://github.com/org/briefings.git@main", "git@host:org/repo.git@main", "https://user:pw@host/r@dev",
		"/srv/a@b/repo@feature/x", "file:///x@y", "@", "a@", "@b", "ssh://[::1]:22/r@m", "C:\\repo@main", "x@{1}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		url, branch, err := ParseRef(s)
		if err != nil {
			// A password of a URL in the input is never shown.
			for _, m := range userinfo.FindAllStringSubmatch(s, -1) {
				pw := strings.TrimSuffix(m[0][len(m[1])+1:], "@")
				if len(pw) >= 4 && !strings.Contains(redactURL(s), pw) && strings.Contains(err.Error(), pw) {
					t.Errorf("ParseRef(%q) error %q shows the password %q", s, err, pw)
				}
			}
			return
		}
		if url+"@"+branch != s {
			t.Errorf("ParseRef(%q) = %q, %q: they do not make up the input", s, url, branch)
		}
		if strings.Contains(branch, "@") {
			t.Errorf("ParseRef(%q) branch %q holds an @", s, branch)
		}
		if _, err := endpoint(url); err != nil {
			t.Errorf("ParseRef(%q) = URL %q, which is no repository URL: %v", s, url, err)
		}
		if err := validBranch(branch); err != nil {
			t.Errorf("ParseRef(%q) = branch %q, which is no branch name: %v", s, branch, err)
		}
	})
}

func TestValidate(t *testing.T) {
	ok := Config{URL: "https://github.com/org/briefings.git", Branch: "main", CacheDir: "/var/cache/briefbot"}
	tests := []struct {
		name   string
		change func(*Config)
		want   string // "" for valid
	}{
		{"https", func(c *Config) {}, ""},
		{"https with a token", func(c *Config) { c.Token = "t0ken" }, ""},
		{"https with a CA", func(c *Config) { c.CAFile = "/etc/ca.pem" }, ""},
		{"scp-like ssh with a key", func(c *Config) { c.URL = "git@github.com:org/b.git"; c.SSHKeyFile = "/k" }, ""},
		{"ssh URL", func(c *Config) { c.URL = "ssh://git@host:2222/org/b.git" }, ""},
		{"local path", func(c *Config) { c.URL = "/srv/git/briefings" }, ""},
		{"relative path", func(c *Config) { c.URL = "../briefings" }, ""},
		{"file URL", func(c *Config) { c.URL = "file:///srv/git/briefings" }, ""},
		{"subdir", func(c *Config) { c.Subdir = "docs/briefings/" }, ""},
		{"nested branch", func(c *Config) { c.Branch = "release/2025" }, ""},
		{"no url", func(c *Config) { c.URL = "" }, "url: required: the repository to clone"},
		{"git scheme", func(c *Config) { c.URL = "git://host/b.git" }, `url: git://host/b.git: scheme "git" is not supported; use https, ssh, file or a local path`},
		{"no path", func(c *Config) { c.URL = "https://host" }, "url: https://host names no host and repository path"},
		{"spaces", func(c *Config) { c.URL = " https://host/b.git" }, `url: " https://host/b.git" has spaces or control characters`},
		{"no branch", func(c *Config) { c.Branch = "" }, "branch: required, such as main"},
		{"bad branch", func(c *Config) { c.Branch = "a b" }, `branch: "a b" is not a valid branch name`},
		{"full ref", func(c *Config) { c.Branch = "refs/heads/main" }, `branch: "refs/heads/main" is not a valid branch name`},
		{"subdir up", func(c *Config) { c.Subdir = "../x" }, `subdir: "../x" must be a slash-separated path inside the repository`},
		{"subdir up inside", func(c *Config) { c.Subdir = "a/../../x" }, `subdir: "a/../../x" must be a slash-separated path inside the repository`},
		{"subdir absolute", func(c *Config) { c.Subdir = "/docs" }, `subdir: "/docs" must be a slash-separated path inside the repository`},
		{"no cache", func(c *Config) { c.CacheDir = "" }, "cache_dir: required: a local directory for the clone"},
		{"token over ssh", func(c *Config) { c.URL = "git@host:b.git"; c.Token = "t0ken" }, "token_env: a token is sent over https only, and the url is ssh"},
		{"token over http", func(c *Config) { c.URL = "http://host/b.git"; c.Token = "t0ken" }, "token_env: a token is sent over https only, and the url is http"},
		{"token and password", func(c *Config) { c.URL = "https://u:pw@host/b.git"; c.Token = "t0ken" }, "token_env: the url carries a password already; use one or the other"},
		{"password over http", func(c *Config) { c.URL = "http://u:pw@host/b.git" }, "url: a password is sent over https only, not http"},
		{"key over https", func(c *Config) { c.SSHKeyFile = "/k" }, "ssh_key_file: set, but the url is https, not ssh"},
		{"CA over ssh", func(c *Config) { c.URL = "git@host:b.git"; c.CAFile = "/ca" }, "ca_file: set, but the url is ssh, not https"},
		{"known hosts over https", func(c *Config) { c.SSHKnownHosts = "/kh" }, "ssh_known_hosts: set, but the url is https, not ssh"},
		{"several", func(c *Config) { c.Branch = ""; c.CacheDir = "" }, "branch: required, such as main\ncache_dir: required: a local directory for the clone"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := ok
			tt.change(&c)
			err := c.Validate()
			got := ""
			if err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Validate(%v) = %q, want %q", c, got, tt.want)
			}
			if strings.Contains(got, "t0ken") || strings.Contains(got, ":pw@") {
				t.Errorf("Validate error shows a secret: %q", got)
			}
		})
	}
}

func TestIsLocal(t *testing.T) {
	tests := []struct {
		url  string
		want bool
	}{
		{"/srv/git/briefings", true},
		{"../briefings", true},
		{"briefings", true},
		{"./team@home/briefings", true},
		{"file:///srv/git/briefings", false},
		{"https://github.com/org/briefings.git", false},
		{"ssh://git@host/org/b.git", false},
		{"git@github.com:org/briefings.git", false},
		{"host:org/briefings.git", false},
	}
	for _, tt := range tests {
		if got := IsLocal(tt.url); got != tt.want {
			t.Errorf("IsLocal(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

func TestReadSecrets(t *testing.T) {
	env := map[string]string{"GIT_TOKEN": " t0ken\n", "KEY_PASS": " passphr4se \r\n", "EMPTY": " \n"}
	getenv := func(k string) string { return env[k] }
	var c Config
	if err := c.ReadSecrets("GIT_TOKEN", "KEY_PASS", getenv); err != nil || c.Token != "t0ken" || c.SSHKeyPassphrase != " passphr4se " {
		t.Errorf("ReadSecrets = %v, token %q, passphrase %q; want %q, %q", err, c.Token, c.SSHKeyPassphrase, "t0ken", " passphr4se ")
	}
	c = Config{}
	if err := c.ReadSecrets("", "", getenv); err != nil || c.Token != "" {
		t.Errorf("ReadSecrets with no names = %v, token %q; want nothing set", err, c.Token)
	}
	err := c.ReadSecrets("MISSING", "MISSING_TOO", getenv)
	want := "token_env: environment variable MISSING is not set\nssh_key_passphrase_env: environment variable MISSING_TOO is not set"
	if err == nil || err.Error() != want {
		t.Errorf("ReadSecrets(MISSING, MISSING_TOO) = %v, want %q", err, want)
	}
	if err := c.ReadSecrets("EMPTY", "", getenv); err == nil {
		t.Errorf("ReadSecrets(EMPTY) of a blank variable succeeded")
	}
}

// TestConfigNeverShowsSecrets prints a config every way a log or a reply
// could.
func TestConfigNeverShowsSecrets(t *testing.T) {
	c := Config{URL: "https://bot:pa55word@host/org/b.git", Branch: "main", Subdir: "docs", CacheDir: "/cache",
		Token: "t0ken-value", SSHKeyPassphrase: "passphr4se"}
	var buf bytes.Buffer
	slog.New(slog.NewJSONHandler(&buf, nil)).Info("start", "git", c)
	slog.New(slog.NewTextHandler(&buf, nil)).Info("start", "git", c)
	js, err := json.Marshal(c.LogValue().Resolve().Any())
	if err != nil {
		t.Fatal(err)
	}
	// A config that holds a Config, marshalled whole.
	whole, err := json.Marshal(struct{ Git Config }{c})
	if err != nil {
		t.Fatal(err)
	}
	shown := []string{buf.String(), string(js), string(whole), c.String(), c.GoString()}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s", "%q", "%d", "%x", "%T %[1]v"} {
		shown = append(shown, fmt.Sprintf(verb, c), fmt.Sprintf(verb, &c))
	}
	for _, s := range shown {
		for _, secret := range []string{"pa55word", "t0ken-value", "passphr4se"} {
			if strings.Contains(s, secret) {
				t.Errorf("%q shows %s", s, secret)
			}
		}
	}
	if got, want := c.String(), "https://bot:[redacted]@host/org/b.git@main (docs)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := fmt.Sprintf("%+v", c); !strings.Contains(got, "Token:[redacted]") || !strings.Contains(got, "CacheDir:/cache") {
		t.Errorf("%%+v = %q, want every field, secrets redacted", got)
	}
	if got, want := string(whole), `{"Git":"https://bot:[redacted]@host/org/b.git@main (docs)"}`; got != want {
		t.Errorf("json.Marshal = %s, want %s", got, want)
	}
	if got := buf.String(); !strings.Contains(got, `"token":true`) || !strings.Contains(got, "git.branch=main") {
		t.Errorf("logs = %q, want the fields, and the token only as set", got)
	}
}
