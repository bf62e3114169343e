package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
	"github.com/briefbot/briefbot/knowledge/gitsource"
	"github.com/briefbot/briefbot/knowledge/gitsource/gitsourcetest"
)

// gitToken is the token the test's https git server wants; it must never
// show in a log, a reply or an error.
const gitToken = "ghp_T0kenThatMustNeverShow"

// briefings are the end-to-end test's briefings, as files to commit.
func briefings(t *testing.T) gitsourcetest.Tree {
	t.Helper()
	files := gitsourcetest.Tree{}
	for _, name := range []string{"maritime.txt", "budget.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", "e2e", "knowledge", name))
		if err != nil {
			t.Fatal(err)
		}
		files[name] = gitsourcetest.File(string(data))
	}
	return files
}

const (
	mineClearance = "- Mine Clearance: Divers clear old sea mines from the shipping lanes.\n"
	brokenTable   = "Trade\nArea | Goal |\n---|---|\nMinerals | Deals | extra |\n"
)

func short(h plumbing.Hash) string { return h.String()[:7] }

// TestOpenGit opens the knowledge from a git branch as every command
// does, never falling back on the embedded briefing.
func TestOpenGit(t *testing.T) {
	o := gitsourcetest.New(t)
	good := o.Commit("main", "Add the briefings", briefings(t))
	git := func(t *testing.T, url, cache string) config.Knowledge {
		return config.Knowledge{Git: config.Git{URL: url,
			Source: gitsource.Config{URL: url, Branch: "main", CacheDir: cache}}}
	}
	cache := filepath.Join(t.TempDir(), "cache")

	src, err := openKnowledge(git(t, o.Dir, cache))
	if err != nil {
		t.Fatalf("first clone: %v", err)
	}
	if src.Git == nil || src.Stale != nil || src.Rejected != nil || src.Load != nil || src.Dir != "" {
		t.Errorf("first clone = %+v, want the git branch's head, fresh", src)
	}
	if got := src.Git.Status(); !strings.HasPrefix(got, "serving "+short(good)+` "Add the briefings"`) {
		t.Errorf("first clone: Status() = %q, want %s served", got, short(good))
	}
	if len(src.Base.Docs) != 2 || src.Base.Source != o.Dir+"@main" {
		t.Errorf("first clone loaded %d documents from %s, want 2 from %s@main", len(src.Base.Docs), src.Base.Source, o.Dir)
	}

	broken := o.Commit("main", "Add a trade table", briefings(t).With("trade.txt", gitsourcetest.File(brokenTable)))
	src, err = openKnowledge(git(t, o.Dir, cache))
	if err != nil {
		t.Fatalf("a broken head: %v", err)
	}
	if src.Rejected == nil || !strings.Contains(src.Rejected.Error(), "commit "+short(broken)) ||
		!strings.Contains(src.Rejected.Error(), "serving the last good commit "+short(good)) || len(src.Base.Problems) != 0 {
		t.Errorf("a broken head: rejected %v, problems %v; want %s served instead of %s", src.Rejected, src.Base.Problems, short(good), short(broken))
	}

	_, err = openKnowledge(git(t, o.Dir, filepath.Join(t.TempDir(), "cache")))
	if err == nil || !strings.Contains(err.Error(), "commit "+short(broken)) || !strings.Contains(err.Error(), "no good commit was served") {
		t.Errorf("a broken head and no cache: %v, want an error naming the head and saying nothing good is cached", err)
	}

	restore := o.MoveAway()
	src, err = openKnowledge(git(t, o.Dir, cache))
	if err != nil {
		t.Fatalf("unreachable with a cache: %v", err)
	}
	if src.Stale == nil || !strings.Contains(src.Stale.Error(), "serving cached commit "+short(good)+" because: fetch "+o.Dir+"@main: repository not found") {
		t.Errorf("unreachable with a cache: stale %v, want the cached good commit %s", src.Stale, short(good))
	}
	_, err = openKnowledge(git(t, o.Dir, filepath.Join(t.TempDir(), "cache")))
	if err == nil || err.Error() != "clone "+o.Dir+"@main: repository not found" {
		t.Errorf("unreachable without a cache: %v, want the clone's error", err)
	}
	restore()
}

// TestCheckGit checks a branch as the knowledge repository's CI does.
func TestCheckGit(t *testing.T) {
	o := gitsourcetest.New(t)
	files := briefings(t)
	good := o.Commit("main", "Add the briefings", files)
	broken := o.Commit("drafts", "Draft a trade table", files.With("docs/trade.txt", gitsourcetest.File(brokenTable)))
	srv := gitsourcetest.NewHTTPServer(t, o.Dir, gitToken)
	secretURL := strings.Replace(srv.RepoURL, "https://", "https://bot:"+gitToken+"@", 1)
	tests := []struct {
		name   string
		args   []string
		env    []string
		code   int
		stdout string // what standard output starts with
		stderr string // what standard error starts with
	}{
		{"good", []string{"--git", o.Dir + "@main"}, nil, 0,
			"commit " + short(good) + ` "Add the briefings" (Ann Curator, 2025-03-01) of ` + o.Dir + "@main\n" +
				"2 documents, 2 sections, 5 entries, 0 problems\n", ""},
		{"broken", []string{"--git", "file://" + o.Dir + "@drafts"}, nil, 1,
			"commit " + short(broken) + ` "Draft a trade table" (Ann Curator, 2025-03-01) of file://` + o.Dir + "@drafts\n" +
				"docs/trade.txt:4: ", ""},
		{"subdir", []string{"--git", o.Dir + "@drafts", "--subdir", "docs"}, nil, 1,
			"commit " + short(broken) + ` "Draft a trade table" (Ann Curator, 2025-03-01) of ` + o.Dir + "@drafts (docs)\n" +
				"trade.txt:4: ", ""},
		{"https with a token", []string{"--git", srv.RepoURL + "@main", "--token-env", "BRIEFINGS_TOKEN", "--ca-file", srv.CAFile},
			[]string{"BRIEFINGS_TOKEN=" + gitToken}, 0, "commit " + short(good) + ` "Add the briefings" (Ann Curator, 2025-03-01) of ` +
				srv.RepoURL + "@main\n2 documents", ""},
		{"https with the token in the URL", []string{"--git", secretURL + "@main", "--ca-file", srv.CAFile}, nil, 0,
			"commit " + short(good) + ` "Add the briefings" (Ann Curator, 2025-03-01) of ` +
				strings.Replace(secretURL, gitToken, "[redacted]", 1) + "@main\n", ""},
		{"https with a wrong token in the URL", []string{"--git", strings.Replace(secretURL, gitToken, gitToken+"x", 1) + "@main", "--ca-file", srv.CAFile}, nil, 1,
			"clone " + strings.Replace(secretURL, gitToken, "[redacted]", 1) + "@main: authentication required", ""},
		{"missing branch", []string{"--git", o.Dir + "@gone"}, nil, 1,
			"clone " + o.Dir + "@gone: branch gone not found\n", ""},
		{"missing repository", []string{"--git", o.Dir + ".gone@main"}, nil, 1,
			"clone " + o.Dir + ".gone@main: repository not found\n", ""},
		{"missing CA file", []string{"--git", srv.RepoURL + "@main", "--ca-file", srv.CAFile + ".gone"}, nil, 1,
			"--ca-file: open " + srv.CAFile + ".gone: no such file or directory\n", ""},
		{"subdir outside", []string{"--git", o.Dir + "@main", "--subdir", "../x"}, nil, 1,
			`--subdir: "../x" must be a slash-separated path inside the repository` + "\n", ""},
		{"token over ssh", []string{"--git", "git@host:org/b.git@main", "--token-env", "BRIEFINGS_TOKEN"},
			[]string{"BRIEFINGS_TOKEN=" + gitToken}, 1, "--token-env: a token is sent over https only, and the url is ssh\n", ""},
		{"token unset", []string{"--git", srv.RepoURL + "@main", "--token-env", "BRIEFINGS_TOKEN"}, nil, 2,
			"", "briefbot check: --token-env: environment variable BRIEFINGS_TOKEN is not set\n"},
		{"no branch", []string{"--git", o.Dir}, nil, 2, "", "briefbot check: --git: "},
		{"both", []string{"--git", o.Dir + "@main", "--knowledge", "testdata/kb"}, nil, 2,
			"", "briefbot check: --git and --knowledge exclude each other: check a branch or a directory; run \"briefbot check --help\"\n"},
		{"subdir alone", []string{"--subdir", "docs"}, nil, 2,
			"", "briefbot check: --subdir is for a git branch: give --git URL@branch too; run \"briefbot check --help\"\n"},
		{"empty ref", []string{"--git", ""}, nil, 2, "", "briefbot check: --git needs URL@branch"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runEnv(t, tt.env, append([]string{"check"}, tt.args...)...)
			quiet := r.stderr == "" // the report is on standard output
			if tt.code == 2 {
				quiet = r.stdout == "" // a usage error is on standard error
			}
			if r.code != tt.code || !quiet || !strings.HasPrefix(r.stdout, tt.stdout) || !strings.HasPrefix(r.stderr, tt.stderr) {
				t.Errorf("briefbot check %q: exit %d\nstdout %q\nstderr %q\nwant exit %d\nstdout %q\nstderr %q", tt.args, r.code, r.stdout, r.stderr, tt.code, tt.stdout, tt.stderr)
			}
			if strings.Contains(r.stdout+r.stderr, gitToken) || strings.Contains(r.stdout+r.stderr, "T0kenThat") {
				t.Errorf("briefbot check %q shows the token: %s%s", tt.args, r.stdout, r.stderr)
			}
		})
	}
}

// runEnv runs briefbot with only the variables env sets, and HOME.
func runEnv(t *testing.T, env []string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Env = append([]string{"HOME=" + t.TempDir()}, env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running briefbot %q: %v", args, err)
	}
	return result{out.String(), errOut.String(), code}
}

// gitConfig writes a config that serves the knowledge from the https
// server's repository with a token, caching it in cache; with slack, to
// the fake Slack too. It returns the config's path.
func gitConfig(t *testing.T, srv *gitsourcetest.HTTPServer, cache string, slack *slacktest.Server) string {
	t.Helper()
	config := fmt.Sprintf(`knowledge:
  git:
    url: %q
    token_env: BRIEFINGS_TOKEN
    ca_file: %q
    cache_dir: %q
bot:
  rate_limit: {per_minute: 600, burst: 100}
http:
  listen: 127.0.0.1:0
log:
  format: json
`, srv.RepoURL, srv.CAFile, cache)
	if slack != nil {
		config += fmt.Sprintf("slack:\n  enabled: true\n  api_url: %q\n  admins: [%s]\n", slack.APIURL(), slackAdmin)
	}
	path := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(path, []byte(config), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// stop stops briefbot with SIGTERM and checks that it exits cleanly.
func (p *process) stop(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(bottest.Patience):
		t.Fatal("briefbot did not exit after SIGTERM")
	}
	if p.err != nil {
		t.Errorf("briefbot exited with %v after SIGTERM, want status 0", p.err)
	}
}

// ready waits until /readyz answers 200 and returns its body.
func (p *process) ready(t *testing.T) string {
	t.Helper()
	var body string
	p.eventually(t, "/readyz to say ready", func() bool {
		var code int
		code, body = p.get(t, "/readyz")
		return code == http.StatusOK
	})
	return body
}

// TestGitEndToEnd runs `briefbot run` on a branch served over https with
// a token, as a deployment that follows its curators' repository does:
// an admin reloads after commits, a force-push and a broken commit; the
// bot restarts with and without the repository, and without a cache;
// the token shows nowhere.
func TestGitEndToEnd(t *testing.T) {
	t.Parallel() // runs binaries and waits on them: overlap with the other end-to-end tests
	o := gitsourcetest.New(t)
	files := briefings(t)
	first := o.Commit("main", "Add the briefings", files)
	srv := gitsourcetest.NewHTTPServer(t, o.Dir, gitToken)
	cache := filepath.Join(t.TempDir(), "cache")
	var shown []string // every log, reply and body, to look for the token in
	step := func(name string, f func(t *testing.T)) {
		t.Helper()
		if !t.Run(name, f) {
			t.FailNow()
		}
	}

	slack := slacktest.NewServer(t)
	p := start(t, gitConfig(t, srv, cache, slack), "BRIEFINGS_TOKEN="+gitToken)
	s := slackSide{p: p, f: slack, conn: bottest.Receive(t, slack.Conns(), "the Socket Mode connection")}
	reload := func(t *testing.T, ts string) slacktest.Call {
		t.Helper()
		got := s.ask(t, slackAdmin, ts, "reload", 2)
		shown = append(shown, got[1].Text, got[1].Shown())
		return got[1]
	}
	answer := func(t *testing.T, ts, question string) string {
		t.Helper()
		got := s.ask(t, slackUser, ts, question, 1)
		return got[0].Text
	}

	step("first clone", func(t *testing.T) {
		body := p.ready(t)
		shown = append(shown, body)
		if want := "knowledge: serving " + short(first) + ` "Add the briefings" (Ann Curator, 2025-03-01) from ` + srv.RepoURL + "@main\n"; !strings.HasSuffix(body, want) {
			t.Errorf("GET /readyz = %q, want it to end in %q", body, want)
		}
		if got := answer(t, "100.1", "what coast guard training is planned?"); !strings.Contains(got, "Joint drills for coast guard crews at sea.") {
			t.Errorf("answer = %q", got)
		}
	})

	second := o.Commit("main", "Add mine clearance", files.With("maritime.txt",
		gitsourcetest.File(files["maritime.txt"].Data+mineClearance)))
	step("a new commit picked up by reload", func(t *testing.T) {
		got := reload(t, "200.1")
		checkCall(t, got, slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "200.1",
			Text: "Reloaded: commit " + short(second) + " (was " + short(first) + ")\n" +
				"Serving " + short(second) + " “Add mine clearance” by Ann Curator, 2025-03-01 11:00 UTC, from " + srv.RepoURL + "@main.\n" +
				"1 commit since " + short(first) + ":\n" +
				short(second) + " Add mine clearance (Ann Curator, 2025-03-01)\n" +
				"Initiatives: 1 added\n" +
				"added: Mine Clearance (maritime.txt)"})
		if got := answer(t, "210.1", "what is mine clearance?"); !strings.Contains(got, "Divers clear old sea mines") {
			t.Errorf("answer after the reload = %q", got)
		}
	})

	forced := o.CommitOn("main", "Add mine clearance, reviewed", files.With("maritime.txt",
		gitsourcetest.File(files["maritime.txt"].Data+strings.Replace(mineClearance, "old", "drifting", 1))), first)
	step("a force-push", func(t *testing.T) {
		got := reload(t, "300.1")
		checkCall(t, got, slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "300.1",
			Text: "Reloaded: commit " + short(forced) + " (was " + short(second) + ")\n" +
				"The branch was force-pushed: " + short(second) + ", served before, is no longer on it; 1 commit dropped.\n" +
				"1 new commit on the branch as it is now:\n" +
				short(forced) + " Add mine clearance, reviewed (Ann Curator, 2025-03-01)\n" +
				"Initiatives: 1 changed"})
	})

	broken := o.Commit("main", "Add a trade table", files.With("trade.txt", gitsourcetest.File(brokenTable)))
	step("a commit that breaks a document", func(t *testing.T) {
		got := reload(t, "400.1")
		checkCall(t, got, slacktest.Call{Method: "chat.postEphemeral", Channel: slackChannel, User: slackAdmin, ThreadTS: "400.1",
			Text: "Reload failed: still serving commit " + short(forced) + "\n" +
				"Commit " + short(broken) + " “Add a trade table” by Ann Curator, 2025-03-01 13:00 UTC, the head of " + srv.RepoURL + "@main, has 1 problem:\n" +
				"trade.txt:4: \n" +
				"Still serving " + short(forced) + " “Add mine clearance, reviewed”"})
		if got := answer(t, "410.1", "what is mine clearance?"); !strings.Contains(got, "Divers clear drifting sea mines") {
			t.Errorf("answer after the broken commit = %q, want the reviewed commit's", got)
		}
		body := p.ready(t)
		shown = append(shown, body)
		if want := "knowledge: serving " + short(forced) + ` "Add mine clearance, reviewed" (Ann Curator, 2025-03-01) from ` +
			srv.RepoURL + "@main; the branch head " + short(broken) + " is not served\n"; !strings.HasSuffix(body, want) {
			t.Errorf("GET /readyz = %q, want it to end in %q", body, want)
		}
		p.stop(t)
		shown = append(shown, p.log.String())
	})

	step("a restart serves the last good commit, not the broken head", func(t *testing.T) {
		p := start(t, gitConfig(t, srv, cache, nil), "BRIEFINGS_TOKEN="+gitToken)
		body := p.ready(t)
		shown = append(shown, body)
		if !strings.Contains(body, "knowledge: serving "+short(forced)+` "Add mine clearance, reviewed"`) {
			t.Errorf("GET /readyz = %q, want %s served", body, short(forced))
		}
		if !p.logged("knowledge.git: the branch head has problems; serving the last good commit") {
			t.Errorf("the log does not warn of the broken head:\n%s", p.log)
		}
		p.stop(t)
		shown = append(shown, p.log.String())
	})

	srv.Close()
	step("unreachable with a cache", func(t *testing.T) {
		p := start(t, gitConfig(t, srv, cache, nil), "BRIEFINGS_TOKEN="+gitToken)
		body := p.ready(t)
		shown = append(shown, body)
		if want := "\nknowledge: serving cached commit " + short(forced) + " because: fetch " + srv.RepoURL + "@main: "; !strings.Contains(body, want) {
			t.Errorf("GET /readyz = %q, want 200 with %q", body, want)
		}
		if !p.logged("knowledge.git: the repository cannot be reached; serving the cached commit") {
			t.Errorf("the log does not say the cached commit is served:\n%s", p.log)
		}
		p.stop(t)
		shown = append(shown, p.log.String())
	})

	step("unreachable without a cache", func(t *testing.T) {
		r := runEnv(t, []string{"BRIEFINGS_TOKEN=" + gitToken}, "run", "--config", gitConfig(t, srv, filepath.Join(t.TempDir(), "cache"), nil))
		shown = append(shown, r.stdout, r.stderr)
		if want := "\nbriefbot run: knowledge.git: clone " + srv.RepoURL + "@main: "; r.code != 1 || !strings.Contains(r.stderr, want) {
			t.Errorf("briefbot run = exit %d, %q; want exit 1 and %q", r.code, r.stderr, want)
		}
		if strings.Contains(r.stderr, "embedded") {
			t.Errorf("briefbot run without its repository mentions the embedded briefing: %q", r.stderr)
		}
	})

	t.Run("the token shows nowhere", func(t *testing.T) {
		for _, c := range slack.Calls() {
			shown = append(shown, c.Text, c.Shown())
		}
		if len(shown) < 15 {
			t.Fatalf("only %d things were shown; the test lost its way", len(shown))
		}
		for _, s := range shown {
			if strings.Contains(s, gitToken) || strings.Contains(s, "T0kenThat") {
				t.Errorf("shown: %q holds the token", s)
			}
		}
	})
}

// TestGitPoll serves the commits a poll fetches, in process, and logs
// what a reload's reply would say.
func TestGitPoll(t *testing.T) {
	o := gitsourcetest.New(t)
	files := briefings(t)
	first := o.Commit("main", "Add the briefings", files)
	data := fmt.Sprintf("knowledge:\n  git: {url: %q, cache_dir: %q, poll: 10s}\nhttp: {listen: '127.0.0.1:0'}\nlog: {format: json}\n",
		o.Dir, filepath.Join(t.TempDir(), "cache"))
	cfg, err := config.Parse([]byte(data), filepath.Join(t.TempDir(), "briefbot.yaml"), nil)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Knowledge.Git.Poll = 10 * time.Millisecond // below what a config may say, for the test
	log := &bottest.Buffer{}
	e := &env{stdin: strings.NewReader(""), stdout: io.Discard, stderr: log, getenv: func(string) string { return "" }}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- e.serve(ctx, cfg) }()
	p := &process{log: log, done: make(chan struct{})}
	bottest.Eventually(t, "the HTTP server to listen", func() bool {
		for _, rec := range p.records() {
			if rec["msg"] == "http server listening" {
				p.addr, _ = rec["addr"].(string)
				return true
			}
		}
		return false
	})
	readyz := func(want string) {
		t.Helper()
		var body string
		if !bottest.Poll(func() bool {
			_, body = p.get(t, "/readyz")
			return strings.Contains(body, want)
		}) {
			t.Fatalf("GET /readyz = %q, want %q", body, want)
		}
	}
	readyz("knowledge: serving " + short(first))

	second := o.Commit("main", "Add mine clearance", files.With("maritime.txt",
		gitsourcetest.File(files["maritime.txt"].Data+mineClearance)))
	readyz("knowledge: serving " + short(second) + ` "Add mine clearance"`)
	// The reload logs once it has served the commit.
	var summary string
	bottest.Eventually(t, "the reload's log record", func() bool {
		for _, rec := range p.records() {
			if rec["msg"] == "knowledge reloaded" && rec["commit"] == second.String() {
				summary, _ = rec["summary"].(string)
				return true
			}
		}
		return false
	})
	for _, want := range []string{"Serving " + short(second), "1 commit since " + short(first) + ":", "- added: Mine Clearance (maritime.txt)"} {
		if !strings.Contains(summary, want) {
			t.Errorf("the log's summary of the reload = %q, want it to contain %q", summary, want)
		}
	}

	restore := o.MoveAway()
	readyz("knowledge: serving cached commit " + short(second) + " because: fetch " + o.Dir + "@main: ")
	restore()
	third := o.Commit("main", "Add a port", files)
	readyz("knowledge: serving " + short(third))
	outages := 0
	for _, rec := range p.records() {
		if rec["msg"] == "knowledge.git: the fetch failed; still serving the commit served" {
			outages++
		}
	}
	if outages != 1 {
		t.Errorf("the log tells of %d failed fetches, want the outage once", outages)
	}

	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve = %v after its context ended, want nil", err)
		}
	case <-time.After(bottest.Patience):
		t.Fatal("serve did not return after its context ended")
	}
}
