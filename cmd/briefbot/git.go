package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"
	"time"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
	"github.com/briefbot/briefbot/knowledge/gitsource"
)

// gitTimeout bounds the clone or fetch at start and `check --git`'s
// clone: a git host that does not answer must not hang either for good.
const gitTimeout = 2 * time.Minute

// openGit serves the knowledge from a git branch: it clones the branch
// into the cache directory, or fetches the clone there, and loads the
// head. A head with problems is not served: the last good commit is,
// and with none, start fails. When the repository cannot be reached,
// the cached good commit is served, and with none, start fails: never
// the embedded briefing, which would answer from the wrong documents.
func openGit(cfg gitsource.Config) (*source, error) {
	ctx, cancel := context.WithTimeout(context.Background(), gitTimeout)
	defer cancel()
	src, u, err := gitsource.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	s := &source{Git: src, Stale: u.Stale}
	s.Base = knowledge.LoadFS(u.FS, src.String())
	if n := len(s.Base.Problems); n > 0 {
		c, fsys, err := src.Served()
		if errors.Is(err, gitsource.ErrNothingServed) {
			return nil, fmt.Errorf("commit %s, the head of %s, has %d problems (first: %v), and no good commit was served from %s before; "+
				"fix them, and check the branch with \"briefbot check --git URL@branch\"", u.Head, src, n, s.Base.Problems[0], cfg.CacheDir)
		}
		if err != nil {
			return nil, err
		}
		s.Rejected = fmt.Errorf("commit %s, the head of %s, has %d problems (first: %v); serving the last good commit %s",
			u.Head, src, n, s.Base.Problems[0], c)
		s.Base = knowledge.LoadFS(fsys, src.String())
		return s, nil
	}
	if err := src.Serve(u.Head); err != nil {
		return nil, err
	}
	return s, nil
}

// pollGit fetches the branch every interval until ctx ends, and reloads when
// its head moved. The reload logs what it served or why not, with the
// same summary a reload's reply has; an outage is logged once.
func pollGit(ctx context.Context, src *gitsource.Source, every time.Duration, b *bot.Bot, log *slog.Logger) {
	src.Poll(ctx, every, func(u *gitsource.Update, err error) {
		if err != nil {
			log.Warn("knowledge.git: the fetch failed; still serving the commit served", "error", err)
			return
		}
		log.Info("knowledge.git: the branch moved; reloading", "update", u)
		b.ReloadFetched(ctx, u)
	})
}

// checkGit is what `briefbot check --git` takes: a branch, and how to
// reach it, as knowledge.git's keys say in the config file.
type checkGit struct {
	ref, subdir, tokenEnv, sshKey, passphraseEnv, knownHosts, caFile string
}

// gitFlags defines check's flags for a git branch.
func gitFlags(fs *flag.FlagSet) *checkGit {
	g := &checkGit{}
	fs.StringVar(&g.ref, "git", "", "check `URL@branch` of a git repository (https, ssh, file:// or a local path) as the bot would load it")
	fs.StringVar(&g.subdir, "subdir", "", "with --git: the `directory` inside the repository that holds the briefings")
	fs.StringVar(&g.tokenEnv, "token-env", "", "with --git: the environment `variable` holding a token for https")
	fs.StringVar(&g.sshKey, "ssh-key", "", "with --git: a private key `file` for ssh (default: the SSH agent)")
	fs.StringVar(&g.passphraseEnv, "ssh-key-passphrase-env", "", "with --git: the environment `variable` holding the ssh key's passphrase")
	fs.StringVar(&g.knownHosts, "ssh-known-hosts", "", "with --git: a known_hosts `file` to check the ssh server's host key against")
	fs.StringVar(&g.caFile, "ca-file", "", "with --git: a PEM `file` of certificate authorities to trust for https")
	return g
}

// usage says what is wrong with the flags check was given for git.
func (g *checkGit) usage(fs *flag.FlagSet) error {
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	switch {
	case set["git"] && set["knowledge"]:
		return errors.New("--git and --knowledge exclude each other: check a branch or a directory")
	case set["git"] && g.ref == "":
		return errors.New("--git needs URL@branch")
	case set["git"]:
		return nil
	}
	for _, name := range []string{"subdir", "token-env", "ssh-key", "ssh-key-passphrase-env", "ssh-known-hosts", "ca-file"} {
		if set[name] {
			return fmt.Errorf("--%s is for a git branch: give --git URL@branch too", name)
		}
	}
	return nil
}

// gitFlagNames are check's flags for knowledge.git's keys, by key.
var gitFlagNames = map[string]string{
	"url": "--git", "branch": "--git", "subdir": "--subdir", "token_env": "--token-env",
	"ssh_key_file": "--ssh-key", "ssh_key_passphrase_env": "--ssh-key-passphrase-env",
	"ssh_known_hosts": "--ssh-known-hosts", "ca_file": "--ca-file",
}

// flagError names check's flags where gitsource's errors start with the
// config's keys.
func flagError(err error) string {
	lines := strings.Split(err.Error(), "\n")
	for i, line := range lines {
		if key, rest, ok := strings.Cut(line, ": "); ok && gitFlagNames[key] != "" {
			lines[i] = gitFlagNames[key] + ": " + rest
		}
	}
	return strings.Join(lines, "\n")
}

// check clones the branch into memory and checks its head as the bot
// would load it, printing the commit first, then what a directory's
// check prints. A branch that cannot be cloned is a failure, as a
// directory that cannot be read is.
func (g *checkGit) check(ctx context.Context, e *env) error {
	url, branch, err := gitsource.ParseRef(g.ref)
	if err != nil {
		e.say("briefbot check: --git: %v\n", err)
		return errUsage
	}
	cfg := gitsource.Config{URL: url, Branch: branch, Subdir: g.subdir, CAFile: g.caFile,
		SSHKeyFile: g.sshKey, SSHKnownHosts: g.knownHosts}
	if err := cfg.ReadSecrets(g.tokenEnv, g.passphraseEnv, e.getenv); err != nil {
		e.say("briefbot check: %s\n", flagError(err))
		return errUsage
	}
	ctx, cancel := context.WithTimeout(ctx, gitTimeout)
	defer cancel()
	var report strings.Builder
	c, fsys, err := gitsource.Check(ctx, cfg)
	var base *knowledge.Base
	if err != nil {
		fmt.Fprintf(&report, "%s\n", flagError(err))
	} else {
		fmt.Fprintf(&report, "commit %s of %s\n", c, cfg)
		base = knowledge.LoadFS(fsys, cfg.String())
		reportBase(&report, base)
	}
	if _, werr := io.WriteString(e.stdout, report.String()); werr != nil {
		return fmt.Errorf("writing the report: %w", werr)
	}
	if err != nil || len(base.Problems) > 0 {
		return errProblems
	}
	return nil
}
