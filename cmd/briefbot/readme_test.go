package main

import (
	"bufio"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/briefbot/briefbot/bot/bottest"
)

// placeholders are what the README's commands name that a reader
// supplies: their own briefings, config and tokens. A command naming one
// is checked, not run.
var placeholders = []string{"./briefings", "briefbot.yaml", "$PWD", "$BRANCH", "SLACK_", "DISCORD_", "docker "}

// programs are the programs the README's commands may run: briefbot (as
// installed, or built to /tmp/briefbot), Go, Python, the shell's own, a
// package manager and coreutils, and the scripts in the repository,
// which must exist.
var programs = map[string]bool{"briefbot": true, "/tmp/briefbot": true, "go": true, "python3": true,
	"docker": true, "export": true, "printf": true, "/usr/bin/time": true, "apt-get": true, "du": true,
	"npm":  true,                   // package managers: the reader installs what a command needs with them
	"perf": true, "valgrind": true} // profilers, installed with apt-get where the README runs them

// TestREADMECommands checks every shell command in the README as a reader
// with a fresh clone meets it: each program and each path into the
// repository exists, no path leads out of the clone, every briefbot
// command and flag is one briefbot has, and the briefbot commands that
// need nothing of the reader's run and succeed as written.
func TestREADMECommands(t *testing.T) {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	lines := readmeCommands(string(data))
	if len(lines) < 15 {
		t.Fatalf("found %d commands in the README's sh blocks; the parser is broken", len(lines))
	}
	helps := map[string]string{}
	ran := 0
	for _, line := range lines {
		t.Run(line, func(t *testing.T) {
			words := shellWords(line)
			placeholder := false
			for _, p := range placeholders {
				placeholder = placeholder || strings.Contains(line, p)
			}
			for i, w := range words {
				switch {
				case strings.HasPrefix(w, "../"):
					t.Errorf("%q leads out of the clone", w)
				case repoPath(w):
					if _, err := os.Stat(filepath.Join(root, strings.TrimSuffix(w, "/..."))); err != nil {
						t.Errorf("%s: %v", w, err)
					}
				}
				if i == 0 || words[i-1] == "|" {
					checkProgram(t, root, words[i:])
				}
				if (w == "briefbot" || w == "/tmp/briefbot") && (i == 0 || words[i-1] == "|" || words[i-1] == "-v") {
					checkBriefbot(t, helps, words[i+1:])
				}
			}
			if !placeholder && (words[0] == "briefbot" || words[0] == "printf") {
				ran++
				runReadme(t, root, line)
			}
		})
	}
	if ran < 3 {
		t.Errorf("ran %d of the README's briefbot commands, want the examples run", ran)
	}
}

// readmeCommands returns the command lines of the README's sh blocks,
// continuation lines joined and comments dropped.
func readmeCommands(readme string) []string {
	var out []string
	in := false
	pending := ""
	sc := bufio.NewScanner(strings.NewReader(readme))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "```sh":
			in = true
			continue
		case strings.HasPrefix(line, "```"):
			in = false
			continue
		case !in:
			continue
		}
		if i := commentRE.FindStringIndex(line); i != nil {
			line = strings.TrimSpace(line[:i[0]])
		}
		if rest, ok := strings.CutSuffix(line, `\`); ok {
			pending += strings.TrimSpace(rest) + " "
			continue
		}
		if line = pending + line; line != "" {
			out = append(out, line)
		}
		pending = ""
	}
	return out
}

// commentRE finds a shell comment: a # after a space, outside quotes
// (the README's commands quote no #).
var commentRE = regexp.MustCompile(`(^|\s)#`)

// shellWords splits a command line into words as the shell does, quotes
// removed, with "|", "<" and ">" words of their own.
func shellWords(line string) []string {
	var words []string
	var w strings.Builder
	quote := rune(0)
	inWord := false
	flush := func() {
		if inWord {
			words = append(words, w.String())
		}
		w.Reset()
		inWord = false
	}
	for _, r := range line {
		switch {
		case quote != 0 && r == quote:
			quote = 0
		case quote != 0:
			w.WriteRune(r)
		case r == '\'' || r == '"':
			quote, inWord = r, true
		case r == ' ' || r == '\t':
			flush()
		case r == '|' || r == '<' || r == '>':
			flush()
			words = append(words, string(r))
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	flush()
	return words
}

// repoPath reports whether a word names a path in the repository.
func repoPath(w string) bool {
	for _, dir := range []string{".ci/", "./cmd/", "cmd/", "knowledge/", "config/", "adapters/", "bot/"} {
		if strings.HasPrefix(w, dir) {
			return true
		}
	}
	return false
}

// checkProgram checks that the program a command runs is one a fresh
// clone has, after any VAR=value words.
func checkProgram(t *testing.T, root string, words []string) {
	t.Helper()
	for len(words) > 0 && strings.Contains(words[0], "=") && !strings.HasPrefix(words[0], "-") {
		words = words[1:]
	}
	if len(words) == 0 {
		return
	}
	switch p := words[0]; {
	case programs[p]:
	case repoPath(p):
		if info, err := os.Stat(filepath.Join(root, p)); err != nil || info.Mode()&0o111 == 0 {
			t.Errorf("%s is not an executable in the repository", p)
		}
	default:
		t.Errorf("the README runs %q, which a fresh clone may not have", p)
	}
}

// checkBriefbot checks that a briefbot command and its flags exist.
func checkBriefbot(t *testing.T, helps map[string]string, args []string) {
	t.Helper()
	name := "chat"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		name, args = args[0], args[1:]
	}
	help, ok := helps[name]
	if !ok {
		r := run(t, "", name, "--help")
		if r.code != 0 {
			t.Errorf("briefbot %s --help: exit %d, %s", name, r.code, r.stderr)
			return
		}
		help = r.stdout
		helps[name] = help
	}
	for _, a := range args {
		if a == "|" || a == "<" || a == ">" {
			return
		}
		if flag, ok := strings.CutPrefix(a, "--"); ok && flag != "" {
			flag, _, _ = strings.Cut(flag, "=")
			if !strings.Contains(help, "\n  -"+flag+" ") && !strings.Contains(help, "\n  -"+flag+"\n") {
				t.Errorf("briefbot %s has no flag --%s", name, flag)
			}
		}
	}
}

// runReadme runs a README command as a reader would, in the clone, with
// the test's briefbot on the PATH, and requires it to succeed.
func runReadme(t *testing.T, root, line string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), bottest.Patience)
	defer cancel()
	cmd := exec.CommandContext(ctx, "sh", "-c", line)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "PATH="+filepath.Dir(binary)+string(os.PathListSeparator)+os.Getenv("PATH"))
	cmd.Env = append(cmd.Env, "BRIEFBOT_KNOWLEDGE=") // as on a fresh machine
	cmd.Stdin = strings.NewReader("")
	out, err := cmd.CombinedOutput()
	if err != nil || len(out) == 0 {
		t.Errorf("%s: %v\n%s", line, err, out)
	}
}
