// Command briefbot is a chat bot that answers questions about briefing
// documents on Slack, Discord and the terminal.
//
// Usage:
//
//	briefbot                 chat in the terminal with the embedded briefing
//	briefbot chat            the same, with --knowledge DIR
//	briefbot run --config F  run the platforms a config file enables
//	             [--check]   (or only check the config and its knowledge)
//	briefbot ask QUESTION    answer one question (or one per stdin line)
//	briefbot check           check a knowledge directory or git branch for problems
//	briefbot version         print the version, commit and Go version
//	briefbot help            list the commands
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// command is one briefbot subcommand.
type command struct {
	name, args, summary string
	run                 func(ctx context.Context, env *env, args []string) error
}

// env is what a command reads and writes, so tests can run commands
// in-process.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
}

// commands returns briefbot's subcommands: main runs them, and usage and
// each command's flags describe them. It is a function because the
// commands describe themselves through it.
func commands() []command {
	return []command{
		{"chat", "[--knowledge DIR]", "chat in the terminal (the default command)", runChat},
		{"run", "[--config FILE]", "run the chat platforms the config file enables", runRun},
		{"ask", "[--knowledge DIR] [--audience public|internal] [--top N] [--json] [QUESTION...]", "answer a question, or one question per line of standard input", runAsk},
		{"check", "[--knowledge DIR | --git URL@branch [--subdir DIR] [--token-env NAME] [--ssh-key FILE] [--ssh-key-passphrase-env NAME] [--ssh-known-hosts FILE] [--ca-file FILE]]",
			"check a knowledge directory, or a branch of a git repository, and report its problems", runCheck},
		{"health", "[--config FILE] [--url URL]", "check that a running briefbot is alive (for container health checks)", runHealth},
		{"version", "", "print the version, commit and Go version briefbot was built with", runVersion},
	}
}

// errUsage marks errors already explained by a usage message.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	e := &env{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}
	os.Exit(e.main(ctx, os.Args[1:]))
}

// main runs the command args name and returns the exit code.
func (e *env) main(ctx context.Context, args []string) int {
	name := "chat"
	if len(args) > 0 {
		switch args[0] {
		case "-h", "-help", "--help":
			args = []string{"help"}
		case "-version", "--version":
			args = []string{"version"}
		}
		if args[0] == "" || args[0][0] != '-' {
			name, args = args[0], args[1:]
		}
	}
	if name == "help" {
		if len(args) > 0 {
			// briefbot help ask: the command's own help.
			name, args = args[0], []string{"--help"}
		} else {
			if _, err := io.WriteString(e.stdout, usage()); err != nil {
				e.say("briefbot: %v\n", err)
				return 1
			}
			return 0
		}
	}
	for _, c := range commands() {
		if c.name != name {
			continue
		}
		err := c.run(ctx, e, args)
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.Is(err, errProblems):
			return 1
		}
		e.say("briefbot %s: %v\n", name, err)
		return 1
	}
	e.say("briefbot: unknown command %q; run \"briefbot help\"\n", name)
	return 2
}

// say tells the user something on standard error: the last thing a
// failing command does. If standard error is gone too, there is no one
// left to tell, so its own error is dropped.
func (e *env) say(format string, args ...any) {
	_, _ = fmt.Fprintf(e.stderr, format, args...)
}

// usage describes every command.
func usage() string {
	var b strings.Builder
	b.WriteString("briefbot answers questions about briefing documents.\n\nUsage:\n")
	for _, c := range commands() {
		fmt.Fprintf(&b, "  %s\n        %s\n", strings.TrimSpace("briefbot "+c.name+" "+c.args), c.summary)
	}
	b.WriteString("\nWith no command, briefbot chats in the terminal. Run \"briefbot help COMMAND\"\n(or \"briefbot COMMAND --help\") for a command's flags.\n")
	return b.String()
}

// flags makes the flag set of a command.
func (e *env) flags(name string) *flag.FlagSet {
	return flag.NewFlagSet(name, flag.ContinueOnError)
}

// parse parses a command's flags, wherever they are among its
// arguments: `briefbot ask "data sharing" --json` is a question asked
// for JSON, never a question ending in "--json". Arguments after "--"
// are never flags. --help prints the command's usage on standard output,
// a bad flag prints the error and usage on standard error.
func (e *env) parse(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	err := fs.Parse(flagsFirst(fs, args))
	if err == nil {
		return nil
	}
	return e.usageError(fs, err)
}

// flagsFirst moves the flags among args in front of the other
// arguments, with "--" between them: the flag package stops at the first
// argument that is not a flag.
func flagsFirst(fs *flag.FlagSet, args []string) []string {
	var flags, rest []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			rest = append(rest, args[i+1:]...)
			i = len(args)
		case len(a) < 2 || a[0] != '-':
			rest = append(rest, a)
		default:
			flags = append(flags, a)
			name := strings.TrimLeft(a, "-")
			if f := fs.Lookup(name); f != nil && !isBool(f) && i+1 < len(args) {
				i++
				flags = append(flags, args[i]) // the flag's value, even if it starts with "-"
			}
		}
	}
	return append(append(flags, "--"), rest...)
}

// isBool reports whether a flag takes no value, as --json does.
func isBool(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// noArgs refuses arguments to a command that takes only flags, rather
// than ignore them: `briefbot check ./briefings` checked the sample.
func (e *env) noArgs(fs *flag.FlagSet) error {
	if fs.NArg() == 0 {
		return nil
	}
	err := fmt.Errorf("unexpected argument %q", fs.Arg(0))
	if fs.Lookup("knowledge") != nil {
		err = fmt.Errorf("%w; for a knowledge directory, say --knowledge %s", err, fs.Arg(0))
	}
	return e.usageError(fs, err)
}

// usageError prints err and the command's usage, on standard output for
// --help and on standard error otherwise.
func (e *env) usageError(fs *flag.FlagSet, err error) error {
	var help strings.Builder
	for _, c := range commands() {
		if c.name == fs.Name() {
			fmt.Fprintf(&help, "Usage: briefbot %s %s\n\n%s.\n\nFlags:\n", c.name, c.args, capitalize(c.summary))
		}
	}
	fs.SetOutput(&help)
	fs.PrintDefaults()
	if errors.Is(err, flag.ErrHelp) {
		if _, werr := io.WriteString(e.stdout, help.String()); werr != nil {
			return werr
		}
		return flag.ErrHelp
	}
	e.say("briefbot %s: %v\n%s", fs.Name(), err, help.String())
	return errUsage
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
