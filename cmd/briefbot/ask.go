package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
)

// answerJSON is one answer of `briefbot ask --json`: a contract other
// tools read, so its fields are never renamed.
type answerJSON struct {
	Document string  `json:"document"`
	Section  string  `json:"section"`
	Title    string  `json:"title"`
	Kind     string  `json:"kind"`
	Text     string  `json:"text"`
	Line     int     `json:"line"`
	Score    float64 `json:"score"`
}

// resultJSON is the object `briefbot ask --json` prints per question.
type resultJSON struct {
	Query   string       `json:"query"`
	Answers []answerJSON `json:"answers"`
}

func runAsk(ctx context.Context, e *env, args []string) error {
	fs := e.flags("ask")
	dir := fs.String("knowledge", "", knowledgeFlag)
	audience := fs.String("audience", "internal", "answer for this `audience`: public or internal")
	top := fs.Int("top", 5, "show at most `N` answers per question")
	asJSON := fs.Bool("json", false, "print one JSON object per question")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	aud, err := knowledge.ParseAudience(*audience)
	if err != nil {
		return fmt.Errorf("--audience: %w", err)
	}
	if *top < 1 {
		return fmt.Errorf("--top must be at least 1, got %d", *top)
	}
	src, err := e.open(ctx, *dir)
	if err != nil {
		return err
	}
	if err := e.summarize(src); err != nil {
		return err
	}
	base := src.Base
	out := bufio.NewWriter(e.stdout)
	var jw jsonWriter
	answer := func(q string) error {
		answers := base.Search(q, aud)
		if len(answers) > *top {
			answers = answers[:*top]
		}
		var err error
		if *asJSON {
			err = jw.write(out, q, answers)
		} else if err = writeHuman(out, q, answers); err == nil {
			err = out.Flush() // a person reads each answer as it comes
		}
		if err != nil {
			return fmt.Errorf("writing the answers: %w", err)
		}
		return nil
	}
	err = answerAll(ctx, e.stdin, fs.Args(), answer)
	// A stream cut short must not look complete: other tools read it.
	if ferr := out.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing the answers: %w", ferr)
	}
	return err
}

// answerAll answers the question args make, or else each line of in.
func answerAll(ctx context.Context, in io.Reader, args []string, answer func(q string) error) error {
	if len(args) > 0 {
		return answer(strings.Join(args, " "))
	}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if err := answer(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("reading questions: %w", err)
	}
	return nil
}

func writeHuman(w io.Writer, q string, answers []knowledge.Answer) error {
	var b strings.Builder
	if len(answers) == 0 {
		fmt.Fprintf(&b, "%s\n  Nothing in the briefings fits this question.\n\n", q)
	} else {
		best := answers[0].Entry
		fmt.Fprintf(&b, "%s\n\n  %s\n", q, best.Title)
		if text := best.Text(); text != "" {
			for _, line := range strings.Split(text, "\n") {
				fmt.Fprintf(&b, "  %s\n", line)
			}
		}
		fmt.Fprintf(&b, "  source: %s\n", bot.SourceOf(best))
		if len(answers) > 1 {
			b.WriteString("\n  Also:\n")
			for _, a := range answers[1:] {
				fmt.Fprintf(&b, "  - %s (%s)\n", a.Entry.Title, bot.SourceOf(a.Entry))
			}
		}
		b.WriteString("\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// reportBase lists a knowledge base's problems and counts, as check
// prints them.
func reportBase(report *strings.Builder, base *knowledge.Base) {
	for _, p := range base.Problems {
		fmt.Fprintln(report, p.Error())
	}
	s := base.Stats(knowledge.Internal)
	fmt.Fprintf(report, "%s, %s, %s, %s\n", bot.Count(s.Documents, "document"), bot.Count(s.Sections, "section"),
		bot.Count(s.Entries, "entry"), bot.Count(len(base.Problems), "problem"))
}

// errProblems reports that check found problems; they are printed already.
var errProblems = errors.New("problems found")

func runCheck(ctx context.Context, e *env, args []string) error {
	fs := e.flags("check")
	dir := fs.String("knowledge", "", knowledgeFlag)
	git := gitFlags(fs)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
	}
	if err := git.usage(fs); err != nil {
		e.say("briefbot check: %v; run \"briefbot check --help\"\n", err)
		return errUsage
	}
	if git.ref != "" {
		return git.check(ctx, e)
	}
	var report strings.Builder
	var base *knowledge.Base
	src, err := e.open(ctx, *dir)
	var empty *noDocumentsError
	switch {
	case errors.As(err, &empty):
		base = empty.base // its problems are why nothing loaded
	case err != nil:
		fmt.Fprintf(&report, "%v\n", err)
	default:
		base = src.Base
	}
	if base != nil {
		reportBase(&report, base)
		if empty != nil && len(base.Problems) == 0 {
			fmt.Fprintf(&report, "%v\n", err)
		}
	}
	if _, werr := io.WriteString(e.stdout, report.String()); werr != nil {
		return fmt.Errorf("writing the report: %w", werr)
	}
	if err != nil || len(base.Problems) > 0 {
		return errProblems
	}
	return nil
}
