package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/bot/bottest"
)

// binary is the briefbot built for these tests: they run it as users do.
var binary string

// The version and commit the test binary is stamped with.
const (
	testVersion = "v0.0.0-test"
	testCommit  = "0123456789abcdef0123456789abcdef01234567"
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "briefbot-test")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "briefbot")
	// Stamped as a release build is, with the -X names the Dockerfile
	// uses.
	stamp := "-X main.version=" + testVersion + " -X main.commit=" + testCommit
	if out, err := exec.Command("go", "build", "-ldflags", stamp, "-o", binary, ".").CombinedOutput(); err != nil {
		panic(fmt.Sprintf("go build: %v\n%s", err, out))
	}
	code := m.Run()
	if err := os.RemoveAll(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
	}
	os.Exit(code)
}

type result struct {
	stdout, stderr string
	code           int
}

func run(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	return runWith(t, nil, stdin, args...)
}

// runWith runs briefbot with env added to the environment, killing it
// if it runs out of patience.
func runWith(t *testing.T, env []string, stdin string, args ...string) result {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), bottest.Patience)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Env = append(os.Environ(), env...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if ctx.Err() != nil {
		t.Errorf("briefbot %q did not finish: killed", args)
	}
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running briefbot %q: %v", args, err)
	}
	return result{out.String(), errOut.String(), code}
}

// TestAskJSONContract checks the exact shape other tools read.
func TestAskJSONContract(t *testing.T) {
	r := run(t, "", "ask", "--json", "what joint training initiatives were discussed?")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var raw map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, r.stdout)
	}
	if diff := cmp.Diff([]string{"answers", "query"}, keys(raw)); diff != "" {
		t.Errorf("object keys mismatch (-want +got):\n%s", diff)
	}
	answers := raw["answers"].([]any)
	if len(answers) == 0 || len(answers) > 5 {
		t.Fatalf("%d answers, want 1 to 5 (the default --top)", len(answers))
	}
	first := answers[0].(map[string]any)
	if diff := cmp.Diff([]string{"document", "kind", "line", "score", "section", "text", "title"}, keys(first)); diff != "" {
		t.Errorf("answer keys mismatch (-want +got):\n%s", diff)
	}
	want := map[string]any{
		"document": "us-cambodia-defense-talks.txt",
		"section":  "Austin Engages with Cambodian Leaders on Regional Security Challenges",
		"title":    "Joint Training Initiatives",
		"kind":     "item",
		"text":     "Exploring opportunities for shared training exercises to improve regional capabilities.",
		"line":     float64(6),
	}
	score := first["score"]
	delete(first, "score")
	if diff := cmp.Diff(want, first); diff != "" {
		t.Errorf("first answer mismatch (-want +got):\n%s", diff)
	}
	if s, ok := score.(float64); !ok || s <= 0 {
		t.Errorf("score = %v, want a positive number", score)
	}
	if raw["query"] != "what joint training initiatives were discussed?" {
		t.Errorf("query = %v", raw["query"])
	}
}

func keys(m map[string]any) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func TestAskJSONNoAnswerIsEmptyList(t *testing.T) {
	r := run(t, "", "ask", "--json", "recipe for chocolate cake")
	if want := `{"query":"recipe for chocolate cake","answers":[]}` + "\n"; r.stdout != want || r.code != 0 {
		t.Errorf("got %q (exit %d), want %q", r.stdout, r.code, want)
	}
}

func TestAskJSONLinesFromStdin(t *testing.T) {
	r := run(t, "maritime law enforcement\n\n  recipe for chocolate cake \ndata sharing\n", "ask", "--json", "--top", "2")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines, want one object per question (3): %q", len(lines), r.stdout)
	}
	wantQueries := []string{"maritime law enforcement", "recipe for chocolate cake", "data sharing"}
	for i, line := range lines {
		var res resultJSON
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&res); err != nil {
			t.Fatalf("line %d: %v", i, err)
		}
		if res.Query != wantQueries[i] || len(res.Answers) > 2 {
			t.Errorf("line %d: query %q with %d answers, want %q with at most 2", i, res.Query, len(res.Answers), wantQueries[i])
		}
	}
}

// TestRunFailsLoud checks that `briefbot run` fails at start, rather
// than serve the built-in sample or read an empty input and exit 0, when
// the knowledge it is given is not there or it has nothing to run.
func TestRunFailsLoud(t *testing.T) {
	dir := t.TempDir()
	write := func(name, config string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	serving := write("serving.yaml", "http:\n  listen: 127.0.0.1:0\nlog:\n  format: json\n")
	idle := write("idle.yaml", "log:\n  format: json\n")
	missing := filepath.Join(dir, "not-mounted")
	tests := []struct {
		name string
		env  []string
		args []string
		want string
	}{
		{"BRIEFBOT_KNOWLEDGE missing", []string{"BRIEFBOT_KNOWLEDGE=" + missing}, []string{"run", "--config", serving},
			"briefbot run: BRIEFBOT_KNOWLEDGE=" + missing + ": knowledge directory " + missing + " does not exist"},
		{"BRIEFBOT_KNOWLEDGE empty", []string{"BRIEFBOT_KNOWLEDGE=" + t.TempDir()}, []string{"run", "--config", serving},
			"has no briefing documents"},
		{"nothing to run", nil, []string{"run", "--config", idle}, "nothing to run"},
		{"BRIEFBOT_CONFIG", []string{"BRIEFBOT_CONFIG=" + idle}, []string{"run"}, "nothing to run"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runWith(t, tt.env, "", tt.args...)
			if r.code != 1 || !strings.Contains(r.stderr, tt.want) || strings.Contains(r.stderr, "http server listening") {
				t.Errorf("briefbot %q: exit %d, stderr %q; want exit 1 before serving, saying %q", tt.args, r.code, r.stderr, tt.want)
			}
		})
	}
}

// TestFlagsAfterTheQuestion checks that flags work after the question,
// and that only "--" makes a flag's name part of it.
func TestFlagsAfterTheQuestion(t *testing.T) {
	tests := []struct {
		args []string
		want string // the first line of standard output
	}{
		{[]string{"ask", "recipe for chocolate cake", "--json"}, `{"query":"recipe for chocolate cake","answers":[]}`},
		{[]string{"ask", "recipe", "--top", "2", "for", "cake", "--json"}, `{"query":"recipe for cake","answers":[]}`},
		{[]string{"ask", "--json", "--", "cake", "--top"}, `{"query":"cake --top","answers":[]}`},
	}
	for _, tt := range tests {
		r := run(t, "", tt.args...)
		if first, _, _ := strings.Cut(r.stdout, "\n"); r.code != 0 || first != tt.want {
			t.Errorf("briefbot %q: exit %d, %q (stderr %q); want %q", tt.args, r.code, r.stdout, r.stderr, tt.want)
		}
	}
}

func TestAskAudience(t *testing.T) {
	kb := filepath.Join("testdata", "kb")
	internal := run(t, "", "ask", "--knowledge", kb, "--json", "grant ceiling")
	public := run(t, "", "ask", "--knowledge", kb, "--audience", "public", "--json", "grant ceiling")
	if !strings.Contains(internal.stdout, `"title":"Grant Ceiling"`) || !strings.Contains(internal.stdout, `"document":"budget.md"`) {
		t.Errorf("internal (the default): %s", internal.stdout)
	}
	if public.stdout != `{"query":"grant ceiling","answers":[]}`+"\n" {
		t.Errorf("public audience sees an internal document: %s", public.stdout)
	}
}

func TestAskHuman(t *testing.T) {
	r := run(t, "", "ask", "--knowledge", filepath.Join("testdata", "kb"), "coast", "guard", "drills")
	for _, want := range []string{"Coast Guard Training", "Joint drills for coast guard crews at sea.", "source: maritime.txt · Maritime Security · line 3"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestErrors(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string // the first line
	}{
		{"unknown command", []string{"frobnicate"}, 2, `briefbot: unknown command "frobnicate"; run "briefbot help"`},
		{"unknown flag", []string{"ask", "--bogus"}, 2, "briefbot ask: flag provided but not defined: -bogus"},
		{"bad audience", []string{"ask", "--audience", "everyone", "x"}, 1, `briefbot ask: --audience: audience "everyone": want public or internal`},
		{"bad top", []string{"ask", "--top", "0", "x"}, 1, "briefbot ask: --top must be at least 1, got 0"},
		{"missing directory", []string{"ask", "--knowledge", "no/such/dir", "x"}, 1, "briefbot ask: knowledge directory no/such/dir does not exist"},
		{"missing config", []string{"run", "--config", "no/such.yaml"}, 1, "briefbot run: "},
		{"run without a config or a terminal", []string{"run"}, 1, "briefbot run: no config file: give --config FILE or set $BRIEFBOT_CONFIG"},
		{"an empty knowledge directory", []string{"chat", "--knowledge", t.TempDir()}, 1, "briefbot chat: knowledge directory "},
		{"flag after the question", []string{"ask", "x", "--bogus"}, 2, "briefbot ask: flag provided but not defined: -bogus"},
		{"stray argument", []string{"check", "./briefings"}, 2, `briefbot check: unexpected argument "./briefings"; for a knowledge directory, say --knowledge ./briefings`},
		{"stray argument to version", []string{"version", "now"}, 2, `briefbot version: unexpected argument "now"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := run(t, "", tt.args...)
			first, _, _ := strings.Cut(r.stderr, "\n")
			if r.code != tt.code || !strings.HasPrefix(first, tt.stderr) {
				t.Errorf("briefbot %q: exit %d, stderr %q; want exit %d, %q", tt.args, r.code, r.stderr, tt.code, tt.stderr)
			}
			if tt.code == 1 && strings.Count(strings.TrimSpace(r.stderr), "\n") > 0 {
				t.Errorf("error is not one line: %q", r.stderr)
			}
		})
	}
}

func TestHelp(t *testing.T) {
	tests := []struct {
		args []string
		want []string // in standard output
	}{
		{[]string{"help"}, []string{"Usage:\n  briefbot chat [--knowledge DIR]\n", "\n  briefbot run ", "\n  briefbot version\n"}},
		{[]string{"--help"}, []string{"Usage:\n  briefbot chat [--knowledge DIR]\n", "\n  briefbot version\n"}},
		{[]string{"-h"}, []string{"Usage:\n  briefbot chat [--knowledge DIR]\n", "\n  briefbot version\n"}},
		{[]string{"help", "ask"}, []string{"Usage: briefbot ask ", "-json"}},
		{[]string{"ask", "--help"}, []string{"Usage: briefbot ask ", "-json"}},
		{[]string{"check", "-h"}, []string{"Usage: briefbot check "}},
		{[]string{"chat", "--help"}, []string{"Usage: briefbot chat "}},
		{[]string{"run", "--help"}, []string{"Usage: briefbot run "}},
		{[]string{"version", "--help"}, []string{"Usage: briefbot version"}},
	}
	for _, tt := range tests {
		r := run(t, "", tt.args...)
		if r.code != 0 || r.stderr != "" {
			t.Errorf("briefbot %q: exit %d, stderr %q", tt.args, r.code, r.stderr)
		}
		for _, want := range tt.want {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("briefbot %q prints %q, want it to contain %q", tt.args, r.stdout, want)
			}
		}
	}
}

// TestVersion checks that the version, commit and Go version stamped at
// build time are printed, by the command and the flag alike.
func TestVersion(t *testing.T) {
	want := fmt.Sprintf("briefbot %s (commit %s) built with %s for %s/%s\n", testVersion, testCommit[:12], runtime.Version(), runtime.GOOS, runtime.GOARCH)
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		if r := run(t, "", args...); r.code != 0 || r.stdout != want {
			t.Errorf("briefbot %q: exit %d, %q; want %q", args, r.code, r.stdout, want)
		}
	}
}

// TestReadBuild checks the version of a build that -ldflags did not
// stamp, as `go build` makes it: from the build information.
func TestReadBuild(t *testing.T) {
	if version != "" || commit != "" {
		t.Fatalf("the test binary is stamped %q %q", version, commit)
	}
	b := readBuild()
	if b.Version == "" || b.Go != runtime.Version() {
		t.Errorf("readBuild() = %+v, want a version and Go %s", b, runtime.Version())
	}
	stamped := build{Version: "v1.2.0", Commit: testCommit, Modified: true, Go: "go1.99"}
	if got, want := stamped.String(), "briefbot v1.2.0 (commit 0123456789ab, modified) built with go1.99 for "+runtime.GOOS+"/"+runtime.GOARCH; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

func TestCheck(t *testing.T) {
	good := run(t, "", "check", "--knowledge", filepath.Join("testdata", "kb"))
	if good.code != 0 || good.stdout != "2 documents, 2 sections, 6 entries, 0 problems\n" {
		t.Errorf("check good: exit %d, %q", good.code, good.stdout)
	}
	bad := run(t, "", "check", "--knowledge", filepath.Join("testdata", "bad"))
	want := "latin1.md:1: invalid UTF-8: save the file as UTF-8\n" +
		"table.txt:4: table row has 3 cells, but the header has 2\n" +
		"2 documents, 2 sections, 6 entries, 2 problems\n"
	if bad.code != 1 || bad.stdout != want {
		t.Errorf("check bad: exit %d, got\n%s\nwant\n%s", bad.code, bad.stdout, want)
	}
	one := t.TempDir()
	if err := os.WriteFile(filepath.Join(one, "a.txt"), []byte("Trade\nA | B |\n---|---|\nx | y | z |\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r := run(t, "", "check", "--knowledge", one); r.stdout != "a.txt:4: table row has 3 cells, but the header has 2\n1 document, 1 section, 2 entries, 1 problem\n" {
		t.Errorf("check with one of each: %q", r.stdout)
	}
	empty := run(t, "", "check", "--knowledge", t.TempDir())
	if empty.code != 1 || !strings.Contains(empty.stdout, "0 documents, 0 sections, 0 entries, 0 problems\n") || !strings.Contains(empty.stdout, "has no briefing documents") {
		t.Errorf("check empty: exit %d, %q", empty.code, empty.stdout)
	}
	missing := run(t, "", "check", "--knowledge", "no/such/dir")
	if missing.code != 1 || !strings.Contains(missing.stdout, "no/such/dir does not exist") {
		t.Errorf("check missing: exit %d, %q", missing.code, missing.stdout)
	}
}

// TestCheckQuotesNames checks that a file name cannot forge lines of
// check's report or send escape sequences to the terminal: such a name
// is shown quoted.
func TestCheckQuotesNames(t *testing.T) {
	dir := t.TempDir()
	name := "evil\x1b[2J\nforged.md:1: all clear\n.md"
	if err := os.WriteFile(filepath.Join(dir, name), []byte("caf\xe9\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "", "check", "--knowledge", dir)
	want := `"evil\x1b[2J\nforged.md:1: all clear\n.md":1: invalid UTF-8: save the file as UTF-8` + "\n"
	if r.code != 1 || !strings.HasPrefix(r.stdout, want) || strings.ContainsAny(r.stdout, "\x1b") || strings.Count(r.stdout, "\n") != 2 {
		t.Errorf("check of a hostile file name: exit %d, output %q; want it quoted on one line: %q", r.code, r.stdout, want)
	}
}

// TestConsole drives the chat through the binary's real standard input
// and output, as a script would.
func TestConsole(t *testing.T) {
	r := run(t, "what joint military exercises are planned?\nmore\nsource\nthemes\nrecipe for chocolate cake\nquit\nhelp\n")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Joint Training Exercises\nConducting joint military exercises",
		"source: us-cambodia-defense-talks.txt:35",
		"More on “what joint military exercises are planned?”",
		"Themes (8)",
		"Nothing in the briefings fits that",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("console output lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "briefbot help") {
		t.Errorf("console went on after quit")
	}
	if strings.Contains(r.stdout, "\x1b[") || strings.Contains(r.stdout, "brief>") {
		t.Errorf("console styled or prompted without a terminal")
	}
}

// TestConsoleFeedback rates answers with good and bad, as the console's
// feedback controls, and reads what feedback then reports.
func TestConsoleFeedback(t *testing.T) {
	r := run(t, "what joint military exercises are planned?\nbad\nbad\njoint military exercises\ngood\nfeedback\n")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"Helpful? Type good or bad.",
		"Thanks, noted\nThe curators will see that this answer did not help.",
		"Type good or bad right after an answer to say whether it helped.",
		"Thanks, noted\nGlad it helped.",
		"Answers most often marked unhelpful\n- 1× unhelpful, 1× helpful: Joint Training Exercises\n",
		"asked as “what joint military exercises are planned?” (1×)",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("console output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestConsoleReload(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join("testdata", "kb", "maritime.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "maritime.txt"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "reload\nstatus\n", "chat", "--knowledge", dir)
	if !strings.Contains(r.stdout, "Reloaded: version") || !strings.Contains(r.stdout, "Nothing changed.") || !strings.Contains(r.stdout, "Status") {
		t.Errorf("console reload:\n%s", r.stdout)
	}
}

// TestConsoleCtrlC interrupts an interactive-style chat whose input stays
// open, as Ctrl-C does: it ends cleanly with status 0.
func TestConsoleCtrlC(t *testing.T) {
	cmd := exec.Command(binary, "chat")
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bottest.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	if _, err := io.WriteString(stdin, "data sharing\n"); err != nil {
		t.Fatal(err)
	}
	if !bottest.Poll(func() bool { return strings.Contains(out.String(), "Data Sharing") }) {
		_ = cmd.Process.Kill() // the test has failed; the process goes either way
		t.Fatalf("no answer before the interrupt: %q", out.String())
	}
	if err := cmd.Process.Signal(os.Interrupt); err != nil {
		t.Fatal(err)
	}
	err = cmd.Wait()
	if cerr := stdin.Close(); cerr != nil && !errors.Is(cerr, os.ErrClosed) {
		t.Errorf("closing the chat's input: %v", cerr)
	}
	if err != nil {
		t.Errorf("briefbot chat after Ctrl-C: %v, want exit status 0", err)
	}
}
