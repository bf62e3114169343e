// Package gitsource serves the knowledge from one branch of a git
// repository, with go-git: no git binary is needed, at run time or in
// tests.
//
// Open clones the branch into a cache directory, or opens the clone there
// and fetches; Update fetches again. Each returns the branch head with an
// FS of its tree, read straight from the object store, for
// knowledge.LoadFS, and the commits since the one served before. The
// caller loads the tree and, only when it is good, calls Serve: the cache
// directory then records that commit, and a restart that cannot reach the
// remote serves it, never a newer commit that failed to load.
//
// The whole history of the one branch is fetched, not a shallow slice of
// it: listing the commits since the one served before needs the history
// between them (and after a force-push, the fork point), go-git's shallow
// fetches are fragile when the shallow boundary moves, and a repository of
// text documents is small. Only the first clone downloads it all; every
// fetch after that brings the new objects alone.
package gitsource

import (
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/transport"
)

// Config says which repository and branch to serve and how to reach it.
// Its String, GoString, Format and LogValue never show a secret: the
// token, the passphrase and a password written in the URL are replaced by
// "[redacted]".
type Config struct {
	// URL is the repository: https://host/org/repo.git, ssh://git@host/org/repo.git,
	// git@host:org/repo.git, file:///srv/repo or a local path. A local
	// path is read without any git binary.
	URL string
	// Branch is the branch to serve, such as "main".
	Branch string
	// Subdir is the directory inside the repository that holds the
	// briefings, slash-separated; "" is the repository's root.
	Subdir string
	// CacheDir is a local directory for the clone and the record of the
	// last good commit; it is created when missing. One process at a time
	// may use it.
	CacheDir string
	// Token authenticates over https: it is sent as the password of HTTP
	// basic auth, as GitHub, GitLab and Gitea accept personal and app
	// tokens, with the URL's user name, or "x-access-token" when the URL
	// has none. A host that wants a particular user gets it in the URL
	// (Bitbucket: https://x-token-auth@bitbucket.org/...).
	Token string
	// CAFile is a PEM file of certificate authorities to trust for https,
	// besides the system's: for a server with a private CA.
	CAFile string
	// SSHKeyFile is a private key file (PEM or OpenSSH format) for an ssh
	// URL; SSHKeyPassphrase unlocks it when it is encrypted. Without a key
	// file, ssh uses the SSH agent.
	SSHKeyFile       string
	SSHKeyPassphrase string
	// SSHKnownHosts is a known_hosts file to check the server's host key
	// against; "" means $SSH_KNOWN_HOSTS, else ~/.ssh/known_hosts and
	// /etc/ssh/ssh_known_hosts.
	SSHKnownHosts string
}

const redacted = "[redacted]"

// ReadSecrets sets Token and SSHKeyPassphrase from the environment
// variables named tokenEnv and passphraseEnv (either may be ""), read
// with getenv, which is os.Getenv outside tests, as config.Parse takes
// it. A variable that is named but unset or empty is an error naming the
// config key that named it. The token is trimmed of spaces, the
// passphrase of a final line end, as a secret mounted from a file often
// has one.
func (c *Config) ReadSecrets(tokenEnv, passphraseEnv string, getenv func(string) string) error {
	read := func(key, name string, dst *string, trim func(string) string) error {
		if name == "" {
			return nil
		}
		v := trim(getenv(name))
		if v == "" {
			return fmt.Errorf("%s: environment variable %s is not set", key, name)
		}
		*dst = v
		return nil
	}
	lineEnd := func(s string) string { return strings.TrimRight(s, "\r\n") }
	return errors.Join(read("token_env", tokenEnv, &c.Token, strings.TrimSpace),
		read("ssh_key_passphrase_env", passphraseEnv, &c.SSHKeyPassphrase, lineEnd))
}

// Validate checks the config without touching the network or the disk.
// Its errors start with the key to fix (url, branch, subdir, cache_dir,
// token_env, ca_file, ssh_key_file, ssh_known_hosts), as written under knowledge.git in
// the config file.
func (c Config) Validate() error {
	return errors.Join(c.validate(), c.validateCache())
}

func (c Config) validateCache() error {
	if c.CacheDir == "" {
		return errors.New("cache_dir: required: a local directory for the clone")
	}
	return nil
}

// validate checks everything but the cache directory, which Check does
// without.
func (c Config) validate() error {
	var errs []error
	ep, err := endpoint(c.URL)
	if err != nil {
		errs = append(errs, fmt.Errorf("url: %w", err))
	}
	if err := validBranch(c.Branch); err != nil {
		errs = append(errs, fmt.Errorf("branch: %w", err))
	}
	if err := validSubdir(c.Subdir); err != nil {
		errs = append(errs, fmt.Errorf("subdir: %w", err))
	}
	if ep != nil {
		switch {
		case c.Token != "" && ep.Protocol != "https":
			errs = append(errs, fmt.Errorf("token_env: a token is sent over https only, and the url is %s", ep.Protocol))
		case c.Token != "" && ep.Password != "":
			errs = append(errs, errors.New("token_env: the url carries a password already; use one or the other"))
		case ep.Protocol == "http" && ep.Password != "":
			errs = append(errs, errors.New("url: a password is sent over https only, not http"))
		}
		if c.CAFile != "" && ep.Protocol != "https" {
			errs = append(errs, fmt.Errorf("ca_file: set, but the url is %s, not https", ep.Protocol))
		}
		if c.SSHKeyFile != "" && ep.Protocol != "ssh" {
			errs = append(errs, fmt.Errorf("ssh_key_file: set, but the url is %s, not ssh", ep.Protocol))
		}
		if c.SSHKnownHosts != "" && ep.Protocol != "ssh" {
			errs = append(errs, fmt.Errorf("ssh_known_hosts: set, but the url is %s, not ssh", ep.Protocol))
		}
	}
	return errors.Join(errs...)
}

// endpoint parses a repository URL, accepting the kinds Config.URL lists.
func endpoint(raw string) (*transport.Endpoint, error) {
	if raw == "" {
		return nil, errors.New("required: the repository to clone")
	}
	if strings.TrimSpace(raw) != raw || strings.ContainsAny(raw, "\x00\n\r\t") {
		return nil, fmt.Errorf("%q has spaces or control characters", redactURL(raw))
	}
	ep, err := transport.NewEndpoint(raw)
	if err != nil {
		return nil, fmt.Errorf("%s is not a repository URL", redactURL(raw))
	}
	switch ep.Protocol {
	case "https", "http", "ssh":
		if ep.Host == "" || strings.Trim(ep.Path, "/") == "" {
			return nil, fmt.Errorf("%s names no host and repository path", redactURL(raw))
		}
	case "file":
		if ep.Path == "" || (ep.Host != "" && ep.Host != "localhost") {
			return nil, fmt.Errorf("%s is not a local path", redactURL(raw))
		}
	default:
		return nil, fmt.Errorf("%s: scheme %q is not supported; use https, ssh, file or a local path", redactURL(raw), ep.Protocol)
	}
	return ep, nil
}

// validBranch checks a branch name by git's rules.
func validBranch(b string) error {
	if b == "" {
		return errors.New("required, such as main")
	}
	if strings.HasPrefix(b, "refs/") || plumbing.NewBranchReferenceName(b).Validate() != nil || b == "HEAD" {
		return fmt.Errorf("%q is not a valid branch name", b)
	}
	return nil
}

// validSubdir checks that a subdirectory stays inside the repository.
func validSubdir(d string) error {
	if d == "" {
		return nil
	}
	if strings.Contains(d, `\`) || path.IsAbs(d) || path.Clean(d) == ".." || strings.HasPrefix(path.Clean(d), "../") {
		return fmt.Errorf("%q must be a slash-separated path inside the repository", d)
	}
	return nil
}

// secrets lists what must never be shown: the token, the passphrase and
// the URL's password, also as they look escaped in a URL.
func (c Config) secrets() []string {
	var out []string
	add := func(s string) {
		if s == "" {
			return
		}
		out = append(out, s)
		for _, e := range []string{url.QueryEscape(s), url.PathEscape(s), url.UserPassword("", s).String()[1:]} {
			if e != s {
				out = append(out, e)
			}
		}
	}
	add(c.Token)
	add(c.SSHKeyPassphrase)
	if ep, err := transport.NewEndpoint(c.URL); err == nil {
		add(ep.Password)
	}
	return out
}

// userinfo matches the password in a URL's userinfo, wherever a URL sits
// in a message.
var userinfo = regexp.MustCompile(`([a-zA-Z][a-zA-Z0-9+.-]*://[^/@:\s]*):[^/@\s]*@`)

// redactURL replaces any URL password in s.
func redactURL(s string) string { return userinfo.ReplaceAllString(s, "${1}:"+redacted+"@") }

// redact replaces c's secrets, and any URL password, in s.
func (c Config) redact(s string) string {
	for _, v := range c.secrets() {
		s = strings.ReplaceAll(s, v, redacted)
	}
	return redactURL(s)
}

// safe returns c with its secrets replaced, for showing.
func (c Config) safe() Config {
	if c.Token != "" {
		c.Token = redacted
	}
	if c.SSHKeyPassphrase != "" {
		c.SSHKeyPassphrase = redacted
	}
	c.URL = c.redact(c.URL)
	return c
}

// String names the repository and branch as URL@branch, with any
// password in the URL redacted.
func (c Config) String() string {
	s := c.safe()
	if s.Subdir != "" {
		return fmt.Sprintf("%s@%s (%s)", s.URL, s.Branch, s.Subdir)
	}
	return s.URL + "@" + s.Branch
}

// configFields has Config's fields without its methods, so that printing
// it does not recurse.
type configFields Config

// GoString shows every field, secrets redacted.
func (c Config) GoString() string { return fmt.Sprintf("gitsource.Config%+v", configFields(c.safe())) }

// Format prints String for %s, %q and %v, every field (secrets redacted)
// for %+v and %#v, and String for any other verb, so that no verb prints
// a secret.
func (c Config) Format(f fmt.State, verb rune) {
	// Format has no error to return: f writes to fmt's own buffer, and
	// the caller's Fprintf reports a failure to write that out.
	switch {
	case verb == 'v' && f.Flag('#'):
		_, _ = fmt.Fprint(f, c.GoString())
	case verb == 'v' && f.Flag('+'):
		_, _ = fmt.Fprintf(f, "%+v", configFields(c.safe()))
	case verb == 'q':
		_, _ = fmt.Fprintf(f, "%q", c.String())
	default:
		_, _ = fmt.Fprint(f, c.String())
	}
}

// MarshalText is String, for encoders such as encoding/json, so that a
// config holding a Config can be dumped without its secrets.
func (c Config) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// LogValue shows the config in structured logs, secrets redacted and the
// token and passphrase only as set or not.
func (c Config) LogValue() slog.Value {
	s := c.safe()
	return slog.GroupValue(
		slog.String("url", s.URL),
		slog.String("branch", s.Branch),
		slog.String("subdir", s.Subdir),
		slog.String("cache_dir", s.CacheDir),
		slog.Bool("token", c.Token != ""),
		slog.String("ca_file", s.CAFile),
		slog.String("ssh_key_file", s.SSHKeyFile),
		slog.String("ssh_known_hosts", s.SSHKnownHosts),
		slog.Bool("ssh_key_passphrase", c.SSHKeyPassphrase != ""),
	)
}

// IsLocal reports whether url is a local path, rather than a URL with a
// scheme (https://, ssh://, file://) or an scp-like address
// (git@host:org/repo.git): the one kind of Config.URL that a caller
// reading it from a file resolves against the file's directory when it
// is relative.
func IsLocal(url string) bool {
	ep, err := transport.NewEndpoint(url)
	return err == nil && ep.Protocol == "file" && !strings.Contains(url, "://")
}

// ParseRef splits "URL@branch", as `briefbot check --git` takes it. The
// branch follows the last "@": URLs may hold "@" themselves
// (git@host:org/repo.git@main, https://user@host/repo.git@main) but a
// branch name rarely does, and one that does cannot be named this way.
// The branch is required, so a URL with "@" and no branch is refused
// rather than guessed at: the part after its "@" is not a valid branch
// name (it holds ":"), or the part before it is not a URL. Any password in
// the URL is redacted from the errors.
func ParseRef(s string) (repoURL, branch string, err error) {
	repoURL, branch, err = parseRef(s)
	if err != nil {
		// The URL's part before "@" may be quoted alone, where the
		// pattern of a URL with a password no longer shows.
		msg := err.Error()
		for _, m := range userinfo.FindAllStringSubmatch(s, -1) {
			if pw := strings.TrimSuffix(m[0][len(m[1])+1:], "@"); pw != "" {
				msg = strings.ReplaceAll(msg, pw, redacted)
			}
		}
		return "", "", errors.New(msg)
	}
	return repoURL, branch, nil
}

func parseRef(s string) (repoURL, branch string, err error) {
	i := strings.LastIndexByte(s, '@')
	if i < 0 {
		return "", "", fmt.Errorf("%q: no branch: write URL@branch, such as https://github.com/org/briefings.git@main", redactURL(s))
	}
	repoURL, branch = s[:i], s[i+1:]
	if branch == "" {
		return "", "", fmt.Errorf("%q: no branch after the last @: write URL@branch", redactURL(s))
	}
	if err := validBranch(branch); err != nil {
		return "", "", fmt.Errorf("%q: %w after the last @: write URL@branch", redactURL(s), err)
	}
	if _, err := endpoint(repoURL); err != nil {
		return "", "", fmt.Errorf("%q: %w before the last @: write URL@branch", redactURL(s), err)
	}
	return repoURL, branch, nil
}
