package gitsource

import (
	"cmp"
	"context"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-billy/v5/osfs"
	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
	gitssh "github.com/go-git/go-git/v5/plumbing/transport/ssh"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"github.com/go-git/go-git/v5/storage/memory"
)

// Commit describes one commit, as a reload's reply and the logs name it.
type Commit struct {
	Hash    string    // the full hex hash
	Author  string    // the author's name
	When    time.Time // the author's date
	Subject string    // the first line of the message
}

// Short is the hash's first seven digits, as git shows it.
func (c Commit) Short() string { return c.Hash[:min(7, len(c.Hash))] }

// String is `1a2b3c4 "Subject" (Author, 2006-01-02)`.
func (c Commit) String() string {
	return fmt.Sprintf("%s %q (%s, %s)", c.Short(), c.Subject, c.Author, c.When.Format(time.DateOnly))
}

func commitOf(c *object.Commit) Commit {
	subject, _, _ := strings.Cut(strings.TrimSpace(c.Message), "\n")
	return Commit{Hash: c.Hash.String(), Author: c.Author.Name, When: c.Author.When,
		Subject: strings.TrimSpace(subject)}
}

// MaxSince bounds Update.Since; Update.Omitted counts the rest.
const MaxSince = 50

// Update is what Open or Update found: the branch head to load, and how
// it relates to the commit served before.
type Update struct {
	// Head is the commit to load: the branch head, or with Stale the
	// last good commit.
	Head Commit
	// FS is Head's tree, rooted at Config.Subdir, for knowledge.LoadFS.
	// When Subdir is missing from the commit, reading its root fails, so
	// the load reports a problem.
	FS *FS
	// Previous is the commit served before (the last one passed to
	// Serve, here or before a restart), or nil when none was.
	Previous *Commit
	// Since lists the commits that Head has and Previous lacks, newest
	// first, at most MaxSince of them; Omitted counts the rest.
	Since   []Commit
	Omitted int
	// Rewritten reports that Previous is no longer in the branch's
	// history: the branch was force-pushed. Since then lists the new
	// history's commits from where the two part, and Dropped counts the
	// commits served before that the branch no longer has.
	Rewritten bool
	Dropped   int
	// Stale is set only by Open, when the remote could not be reached:
	// Head is then the cached last good commit, and Stale says so and
	// why ("serving cached commit 1a2b3c4 because: ..."), for /readyz
	// and the logs.
	Stale error
}

// Moved reports whether Head differs from the commit served before.
func (u *Update) Moved() bool { return u.Previous == nil || u.Previous.Hash != u.Head.Hash }

// LogValue shows the update in structured logs.
func (u *Update) LogValue() slog.Value {
	attrs := []slog.Attr{slog.String("head", u.Head.String())}
	if u.Previous != nil {
		attrs = append(attrs, slog.String("previous", u.Previous.Short()),
			slog.Int("commits", len(u.Since)+u.Omitted))
	}
	if u.Rewritten {
		attrs = append(attrs, slog.Bool("force_pushed", true), slog.Int("dropped", u.Dropped))
	}
	if u.Stale != nil {
		attrs = append(attrs, slog.String("stale", u.Stale.Error()))
	}
	return slog.GroupValue(attrs...)
}

// ErrNothingServed is Served's error when no commit has been served from
// the cache directory.
var ErrNothingServed = errors.New("no commit has been served from this cache")

// Source is the clone of one branch in a cache directory, with the
// record of the last good commit beside it. Its methods are safe for
// concurrent use, and they never log: the caller logs what they return,
// in which every secret is redacted.
type Source struct {
	cfg  Config
	url  string // cfg.URL without its password, as the clone records it
	auth transport.AuthMethod
	ca   []byte // the CA bundle for https
	dir  string // the bare clone

	mu       sync.Mutex
	repo     *git.Repository
	served   *Commit
	head     plumbing.Hash // the branch head last fetched
	fetchErr error         // why the last fetch failed; nil after one that worked
}

// Open clones the branch into cfg.CacheDir, or opens the clone already
// there and fetches, and returns the branch head to load. The caller
// loads u.FS and, if it is good, calls Serve(u.Head); if not, it can fall
// back on Served.
//
// When the remote cannot be reached but the cache holds a commit that was
// served before, Open returns that commit, with u.Stale saying why. With
// neither, Open fails. A cache holding a clone of another repository is
// replaced, but only once the new clone succeeds.
func Open(ctx context.Context, cfg Config) (*Source, *Update, error) {
	if err := cfg.Validate(); err != nil {
		return nil, nil, err
	}
	s, err := newSource(cfg)
	if err != nil {
		return nil, nil, err
	}
	s.dir = filepath.Join(cfg.CacheDir, "repo.git")
	if err := os.MkdirAll(cfg.CacheDir, 0o700); err != nil {
		return nil, nil, fmt.Errorf("cache_dir: %w", err)
	}
	s.removeUnfinished()
	s.mu.Lock()
	defer s.mu.Unlock()
	repo, unusable := s.openCache()
	if repo != nil {
		s.repo = repo
		s.served = s.readRecord()
		if err := s.fetch(ctx); err != nil {
			if s.served == nil {
				return nil, nil, fmt.Errorf("%w; the cache in %s holds no good commit of %s to serve", err, cfg.CacheDir, cfg)
			}
			s.fetchErr = err
			c, fsys, serr := s.snapshot(plumbing.NewHash(s.served.Hash))
			if serr != nil {
				return nil, nil, fmt.Errorf("%w; nor can the cached commit %s be read: %w", err, s.served.Short(), serr)
			}
			s.head = plumbing.NewHash(c.Hash)
			prev := *s.served
			return s, &Update{Head: c, FS: fsys, Previous: &prev,
				Stale: fmt.Errorf("serving cached commit %s because: %w", c.Short(), err)}, nil
		}
	} else {
		if err := s.clone(ctx); err != nil {
			if unusable != nil {
				err = fmt.Errorf("%w (the cache in %s could not be used: %v)", err, s.dir, unusable)
			}
			return nil, nil, err
		}
		s.served = s.readRecord()
	}
	u, err := s.toHead()
	if err != nil {
		return nil, nil, err
	}
	return s, u, nil
}

// newSource prepares the URL and credentials.
func newSource(cfg Config) (*Source, error) {
	s := &Source{cfg: cfg, url: cfg.URL}
	ep, err := transport.NewEndpoint(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("url: %w", err)
	}
	switch ep.Protocol {
	case "https", "http":
		user, pass := ep.User, ep.Password
		if cfg.Token != "" {
			pass = cfg.Token
		}
		if user == "" {
			user = "x-access-token"
		}
		if pass != "" {
			s.auth = &githttp.BasicAuth{Username: user, Password: pass}
		}
		if cfg.CAFile != "" {
			if s.ca, err = os.ReadFile(cfg.CAFile); err != nil {
				return nil, fmt.Errorf("ca_file: %w", err)
			}
		}
		if ep.Password != "" {
			// The clone's config keeps the URL: not the password.
			u, err := url.Parse(cfg.URL)
			if err != nil {
				return nil, fmt.Errorf("url: %s", cfg.redact(err.Error()))
			}
			u.User = url.User(u.User.Username())
			s.url = u.String()
		}
	case "ssh":
		user := cmp.Or(ep.User, "git")
		var keys *gitssh.PublicKeys
		var agent *gitssh.PublicKeysCallback
		switch {
		case cfg.SSHKeyFile != "":
			if keys, err = gitssh.NewPublicKeysFromFile(user, cfg.SSHKeyFile, cfg.SSHKeyPassphrase); err != nil {
				msg := err.Error()
				switch {
				case errors.Is(err, x509.IncorrectPasswordError):
					msg = "wrong passphrase (ssh_key_passphrase_env)"
				case cfg.SSHKeyPassphrase == "" && strings.Contains(msg, "empty password"):
					msg = "the key is encrypted: name the variable holding its passphrase in ssh_key_passphrase_env"
				}
				return nil, fmt.Errorf("ssh_key_file: %s: %s", cfg.SSHKeyFile, cfg.redact(msg))
			}
			s.auth = keys
		case cfg.SSHKnownHosts != "":
			if agent, err = gitssh.NewSSHAgentAuth(user); err != nil {
				return nil, fmt.Errorf("ssh agent: %s", cfg.redact(err.Error()))
			}
			s.auth = agent
		}
		if cfg.SSHKnownHosts != "" {
			check, err := gitssh.NewKnownHostsCallback(cfg.SSHKnownHosts)
			if err != nil {
				return nil, fmt.Errorf("ssh_known_hosts: %w", err)
			}
			if keys != nil {
				keys.HostKeyCallback = check
			} else {
				agent.HostKeyCallback = check
			}
		}
	case "file":
		if !strings.Contains(cfg.URL, "://") {
			s.url = ep.Path // absolute, so the clone records where it came from
		}
	}
	return s, nil
}

// removeUnfinished removes the clones and records a crash left half
// done.
func (s *Source) removeUnfinished() {
	clones, _ := filepath.Glob(filepath.Join(s.cfg.CacheDir, "repo.git.tmp-*"))
	records, _ := filepath.Glob(filepath.Join(s.cfg.CacheDir, recordFile+".tmp-*"))
	for _, d := range append(clones, records...) {
		// Best effort: a leftover that cannot be removed only takes
		// space, and a cache directory that cannot be written fails
		// the clone or Serve, which say so.
		_ = os.RemoveAll(d)
	}
}

// openCache opens the clone in the cache directory: nil, nil when there
// is none; nil and why when it cannot be used.
func (s *Source) openCache() (*git.Repository, error) {
	if _, err := os.Stat(s.dir); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	r, err := git.PlainOpen(s.dir)
	if err != nil {
		return nil, err
	}
	rem, err := r.Remote(git.DefaultRemoteName)
	if err != nil {
		return nil, err
	}
	if urls := rem.Config().URLs; len(urls) == 0 || urls[0] != s.url {
		return nil, fmt.Errorf("it is a clone of %s", redactURL(strings.Join(urls, " ")))
	}
	return r, nil
}

// clone clones the branch beside the cache's clone and, only once that
// worked, puts it in its place.
func (s *Source) clone(ctx context.Context) error {
	tmp, err := os.MkdirTemp(s.cfg.CacheDir, "repo.git.tmp-")
	if err != nil {
		return fmt.Errorf("cache_dir: %w", err)
	}
	_, err = git.PlainCloneContext(ctx, tmp, true, &git.CloneOptions{
		URL:           s.url,
		Auth:          s.auth,
		ReferenceName: plumbing.NewBranchReferenceName(s.cfg.Branch),
		SingleBranch:  true,
		Tags:          git.NoTags,
		CABundle:      s.ca,
	})
	// On failure the half-done clone is removed; if that fails too, the
	// clone's error is the one to report, and the next Open removes the
	// leftover (removeUnfinished).
	if err != nil {
		_ = os.RemoveAll(tmp)
		return s.gitError("clone", err)
	}
	if err := os.RemoveAll(s.dir); err != nil {
		_ = os.RemoveAll(tmp)
		return fmt.Errorf("cache_dir: %w", err)
	}
	if err := os.Rename(tmp, s.dir); err != nil {
		_ = os.RemoveAll(tmp)
		return fmt.Errorf("cache_dir: %w", err)
	}
	if s.repo, err = git.PlainOpen(s.dir); err != nil {
		return fmt.Errorf("cache_dir: %w", err)
	}
	return nil
}

// fetch fetches the branch. s.mu must be held.
func (s *Source) fetch(ctx context.Context) error {
	b := s.cfg.Branch
	err := s.repo.FetchContext(ctx, &git.FetchOptions{
		RemoteName: git.DefaultRemoteName,
		RefSpecs:   []config.RefSpec{config.RefSpec(fmt.Sprintf("+refs/heads/%s:refs/remotes/origin/%s", b, b))},
		Auth:       s.auth,
		Tags:       git.NoTags,
		Force:      true,
		CABundle:   s.ca,
	})
	if err != nil && !errors.Is(err, git.NoErrAlreadyUpToDate) {
		return s.gitError("fetch", err)
	}
	return nil
}

// gitError makes a go-git error fit to show: secrets redacted, the
// repository named, and a hint where go-git's words are terse.
func (s *Source) gitError(op string, err error) error {
	// A server's own words may follow go-git's, over several lines.
	msg := strings.Join(strings.Fields(err.Error()), " ")
	var noRef git.NoMatchingRefSpecError
	switch {
	case errors.As(err, &noRef):
		msg = fmt.Sprintf("branch %s not found", s.cfg.Branch)
	case errors.Is(err, transport.ErrAuthenticationRequired) && s.auth == nil:
		msg += ": set a token (token_env) for https or a key (ssh_key_file) for ssh"
	case errors.Is(err, transport.ErrAuthenticationRequired), errors.Is(err, transport.ErrAuthorizationFailed):
		msg += ": the credentials were refused"
	case errors.Is(err, transport.ErrEmptyRemoteRepository):
		msg = "the repository is empty"
	}
	return &redactedError{msg: s.cfg.redact(fmt.Sprintf("%s %s: %s", op, s.cfg, msg)), cause: err}
}

// redactedError carries a go-git error's meaning with its secrets
// removed. It does not unwrap, so that nothing can print the original;
// errors.Is still sees through it.
type redactedError struct {
	msg   string
	cause error
}

func (e *redactedError) Error() string        { return e.msg }
func (e *redactedError) Is(target error) bool { return errors.Is(e.cause, target) }

// toHead describes the fetched branch head against the commit served.
// s.mu must be held.
func (s *Source) toHead() (*Update, error) {
	ref, err := s.repo.Reference(plumbing.NewRemoteReferenceName(git.DefaultRemoteName, s.cfg.Branch), true)
	if err != nil {
		return nil, fmt.Errorf("%s: branch head: %w", s.cfg, err)
	}
	head := ref.Hash()
	c, fsys, err := s.snapshot(head)
	if err != nil {
		return nil, err
	}
	u := &Update{Head: c, FS: fsys}
	if s.served != nil {
		prev := *s.served
		u.Previous = &prev
		if prev.Hash != c.Hash {
			if err := history(s.repo.Storer, plumbing.NewHash(prev.Hash), head, u); err != nil {
				return nil, fmt.Errorf("%s: commits since %s: %w", s.cfg, prev.Short(), err)
			}
		}
	}
	s.head = head
	return u, nil
}

// snapshot reads a commit of the clone and opens its tree. The FS gets a
// storer of its own, so that reading it never waits for a fetch: git
// never changes an object once written, and go-git never repacks here.
// s.mu must be held.
func (s *Source) snapshot(h plumbing.Hash) (Commit, *FS, error) {
	c, err := object.GetCommit(s.repo.Storer, h)
	if err != nil {
		return Commit{}, nil, fmt.Errorf("commit %s: %w", h, err)
	}
	store := filesystem.NewStorage(osfs.New(s.dir), cache.NewObjectLRUDefault())
	return commitOf(c), treeFS(store, c, s.cfg.Subdir), nil
}

// history fills u.Since, Omitted, Rewritten and Dropped: the commits of
// head that prev lacks, like `git log prev..head`.
func history(store storer.EncodedObjectStorer, prev, head plumbing.Hash, u *Update) error {
	had, err := ancestors(store, prev)
	if err != nil {
		return err
	}
	var since []*object.Commit
	reached := false
	seen := map[plumbing.Hash]bool{}
	for queue := []plumbing.Hash{head}; len(queue) > 0; {
		h := queue[0]
		queue = queue[1:]
		if seen[h] {
			continue
		}
		seen[h] = true
		if had[h] {
			reached = reached || h == prev
			continue
		}
		c, err := object.GetCommit(store, h)
		if err != nil {
			return err
		}
		since = append(since, c)
		queue = append(queue, c.ParentHashes...)
	}
	if !reached {
		u.Rewritten = true
		has, err := ancestors(store, head)
		if err != nil {
			return err
		}
		for h := range had {
			if !has[h] {
				u.Dropped++
			}
		}
	}
	slices.SortStableFunc(since, func(a, b *object.Commit) int { return b.Committer.When.Compare(a.Committer.When) })
	if len(since) > MaxSince {
		u.Omitted = len(since) - MaxSince
		since = since[:MaxSince]
	}
	for _, c := range since {
		u.Since = append(u.Since, commitOf(c))
	}
	return nil
}

// ancestors is the set of h and every commit before it.
func ancestors(store storer.EncodedObjectStorer, h plumbing.Hash) (map[plumbing.Hash]bool, error) {
	set := map[plumbing.Hash]bool{}
	for stack := []plumbing.Hash{h}; len(stack) > 0; {
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if set[h] {
			continue
		}
		set[h] = true
		c, err := object.GetCommit(store, h)
		if err != nil {
			return nil, fmt.Errorf("commit %s: %w", h, err)
		}
		stack = append(stack, c.ParentHashes...)
	}
	return set, nil
}

// Update fetches the branch and returns its head to load, with the
// commits since the one served. It changes nothing the bot serves: the
// caller loads u.FS and, if it is good, calls Serve(u.Head). A fetch
// error leaves the source as it was, and Status then says why the served
// commit may be behind.
func (s *Source) Update(ctx context.Context) (*Update, error) {
	u, _, err := s.update(ctx)
	return u, err
}

// update is Update, also returning the head fetched before, for Poll.
func (s *Source) update(ctx context.Context) (*Update, plumbing.Hash, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	before := s.head
	if err := s.fetch(ctx); err != nil {
		s.fetchErr = err
		return nil, before, err
	}
	s.fetchErr = nil
	u, err := s.toHead()
	return u, before, err
}

// recordFile is the cache directory's record of the last good commit.
const recordFile = "served.json"

// record is what recordFile holds. The commit counts as good only for
// the same repository, branch and subdirectory.
type record struct {
	URL      string    `json:"url"`
	Branch   string    `json:"branch"`
	Subdir   string    `json:"subdir"`
	Commit   string    `json:"commit"`
	ServedAt time.Time `json:"served_at"`
}

// readRecord returns the recorded good commit, or nil when there is none
// for this repository, branch and subdirectory, or it is not in the
// clone. s.mu must be held.
func (s *Source) readRecord() *Commit {
	data, err := os.ReadFile(filepath.Join(s.cfg.CacheDir, recordFile))
	if err != nil {
		return nil
	}
	var r record
	if json.Unmarshal(data, &r) != nil || r.URL != s.url || r.Branch != s.cfg.Branch ||
		r.Subdir != cleanSubdir(s.cfg.Subdir) || !plumbing.IsHash(r.Commit) {
		return nil
	}
	c, err := object.GetCommit(s.repo.Storer, plumbing.NewHash(r.Commit))
	if err != nil {
		return nil
	}
	commit := commitOf(c)
	return &commit
}

// Serve records c as the commit now served: the caller loaded it and
// found it good. The record is written to the cache directory atomically
// before Serve returns, so that a restart that cannot reach the remote
// serves c.
func (s *Source) Serve(c Commit) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !plumbing.IsHash(c.Hash) {
		return fmt.Errorf("serve: %q is not a commit hash", c.Hash)
	}
	commit, err := object.GetCommit(s.repo.Storer, plumbing.NewHash(c.Hash))
	if err != nil {
		return fmt.Errorf("serve: commit %s: %w", c.Short(), err)
	}
	data, err := json.MarshalIndent(record{URL: s.url, Branch: s.cfg.Branch, Subdir: cleanSubdir(s.cfg.Subdir),
		Commit: c.Hash, ServedAt: time.Now().UTC()}, "", "  ")
	if err != nil {
		return err
	}
	if err := writeFile(filepath.Join(s.cfg.CacheDir, recordFile), append(data, '\n')); err != nil {
		return fmt.Errorf("serve: cache_dir: %w", err)
	}
	served := commitOf(commit)
	s.served = &served
	return nil
}

// writeFile replaces a file atomically and durably: a crash leaves the
// old content or the new, never a mix.
func writeFile(name string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		// The write's error is the one to report; a leftover is
		// removed by the next Open (removeUnfinished).
		_ = os.Remove(f.Name())
		return err
	}
	// Make the rename itself durable. Not every file system can sync a
	// directory, and the record is written either way, so a failure
	// here is no reason to refuse the commit.
	if d, err := os.Open(filepath.Dir(name)); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// String names the repository and branch, as Config.String does: any
// password in the URL is redacted.
func (s *Source) String() string { return s.cfg.String() }

// Served returns the commit last passed to Serve, here or before a
// restart, and its tree: what to fall back on when the head fails to
// load at start. It returns ErrNothingServed when there is none.
func (s *Source) Served() (Commit, *FS, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.served == nil {
		return Commit{}, nil, ErrNothingServed
	}
	return s.snapshot(plumbing.NewHash(s.served.Hash))
}

// Status says in one line what is served and whether the last fetch
// worked, for /readyz and the logs: "serving 1a2b3c4 ... from URL@branch",
// or "serving cached commit 1a2b3c4 because: ..." after a failed fetch.
func (s *Source) Status() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	switch {
	case s.served == nil && s.fetchErr != nil:
		return fmt.Sprintf("no commit served yet; the last fetch failed: %v", s.fetchErr)
	case s.served == nil:
		return fmt.Sprintf("no commit served yet from %s", s.cfg)
	case s.fetchErr != nil:
		return fmt.Sprintf("serving cached commit %s because: %v", s.served.Short(), s.fetchErr)
	case !s.head.IsZero() && s.head.String() != s.served.Hash:
		return fmt.Sprintf("serving %s from %s; the branch head %s is not served", s.served, s.cfg, s.head.String()[:7])
	default:
		return fmt.Sprintf("serving %s from %s", s.served, s.cfg)
	}
}

// Poll fetches every interval until ctx is done, calling fn with each
// update whose head differs from the head fetched before (by Open, Update
// or Poll), and with a fetch error when the fetch before it worked, so
// that an outage is reported once rather than at every interval. fn runs
// on Poll's goroutine; to serve the head it loads u.FS and calls Serve,
// as a reload does. Run it with go.
func (s *Source) Poll(ctx context.Context, every time.Duration, fn func(*Update, error)) {
	t := time.NewTicker(every)
	defer t.Stop()
	failing := false
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		u, before, err := s.update(ctx)
		switch {
		case ctx.Err() != nil:
			return
		case err != nil:
			if !failing {
				fn(nil, err)
			}
			failing = true
		default:
			failing = false
			if u.Head.Hash != before.String() {
				fn(u, nil)
			}
		}
	}
}

// Check clones the branch into memory, writing nothing to disk, and
// returns its head and tree, for `briefbot check --git URL@branch` in the
// knowledge repository's CI. cfg.CacheDir is not used.
func Check(ctx context.Context, cfg Config) (Commit, *FS, error) {
	if err := cfg.validate(); err != nil {
		return Commit{}, nil, err
	}
	s, err := newSource(cfg)
	if err != nil {
		return Commit{}, nil, err
	}
	store := memory.NewStorage()
	r, err := git.CloneContext(ctx, store, nil, &git.CloneOptions{
		URL:           s.url,
		Auth:          s.auth,
		ReferenceName: plumbing.NewBranchReferenceName(cfg.Branch),
		SingleBranch:  true,
		Tags:          git.NoTags,
		CABundle:      s.ca,
	})
	if err != nil {
		return Commit{}, nil, s.gitError("clone", err)
	}
	ref, err := r.Reference(plumbing.NewRemoteReferenceName(git.DefaultRemoteName, cfg.Branch), true)
	if err != nil {
		return Commit{}, nil, fmt.Errorf("%s: branch head: %w", cfg, err)
	}
	c, err := object.GetCommit(store, ref.Hash())
	if err != nil {
		return Commit{}, nil, fmt.Errorf("%s: commit %s: %w", cfg, ref.Hash(), err)
	}
	return commitOf(c), treeFS(store, c, cfg.Subdir), nil
}
