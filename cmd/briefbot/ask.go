package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/config"
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
	dir := fs.String("knowledge", "", "knowledge `directory` (default: the embedded sample briefing)")
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
	src, err := openKnowledge(config.Knowledge{Dir: *dir})
	if err != nil {
		return err
	}
	if err := e.summarize(src); err != nil {
		return err
	}
	base := src.Base
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	answer := func(q string) error {
		answers := base.Search(q, aud)
		if len(answers) > *top {
			answers = answers[:*top]
		}
		if *asJSON {
			return writeJSON(out, q, answers)
		}
		writeHuman(out, q, answers)
		return nil
	}
	if fs.NArg() > 0 {
		return answer(strings.Join(fs.Args(), " "))
	}
	in := bufio.NewScanner(e.stdin)
	in.Buffer(make([]byte, 64<<10), 1<<20)
	for in.Scan() {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		q := strings.TrimSpace(in.Text())
		if q == "" {
			continue
		}
		if err := answer(q); err != nil {
			return err
		}
		if !*asJSON {
			out.Flush()
		}
	}
	if err := in.Err(); err != nil {
		return fmt.Errorf("reading questions: %w", err)
	}
	return nil
}

func writeJSON(w io.Writer, q string, answers []knowledge.Answer) error {
	r := resultJSON{Query: q, Answers: make([]answerJSON, 0, len(answers))}
	for _, a := range answers {
		e := a.Entry
		r.Answers = append(r.Answers, answerJSON{
			Document: e.Doc().Path,
			Section:  e.Section.Heading,
			Title:    e.Title,
			Kind:     string(e.Kind),
			Text:     e.Text,
			Line:     e.Line,
			Score:    math.Round(a.Score*1e4) / 1e4,
		})
	}
	data, err := json.Marshal(r)
	if err != nil {
		return err
	}
	data = append(data, '\n')
	_, err = w.Write(data)
	return err
}

func writeHuman(w io.Writer, q string, answers []knowledge.Answer) {
	if len(answers) == 0 {
		fmt.Fprintf(w, "%s\n  Nothing in the briefings fits this question.\n\n", q)
		return
	}
	best := answers[0].Entry
	fmt.Fprintf(w, "%s\n\n  %s\n", q, best.Title)
	if best.Text != "" {
		for _, line := range strings.Split(best.Text, "\n") {
			fmt.Fprintf(w, "  %s\n", line)
		}
	}
	fmt.Fprintf(w, "  source: %s\n", bot.SourceOf(best))
	if len(answers) > 1 {
		fmt.Fprintf(w, "\n  Also:\n")
		for _, a := range answers[1:] {
			fmt.Fprintf(w, "  - %s (%s)\n", a.Entry.Title, bot.SourceOf(a.Entry))
		}
	}
	fmt.Fprintln(w)
}

// errProblems reports that check found problems; they are printed already.
var errProblems = errors.New("problems found")

func runCheck(_ context.Context, e *env, args []string) error {
	fs := e.flags("check")
	dir := fs.String("knowledge", "", "knowledge `directory` (default: the embedded sample briefing)")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	src, err := openKnowledge(config.Knowledge{Dir: *dir})
	if err != nil {
		fmt.Fprintf(e.stdout, "%s: %v\n", *dir, err)
		return errProblems
	}
	base := src.Base
	for _, p := range base.Problems {
		fmt.Fprintln(e.stdout, p.Error())
	}
	s := base.Stats(knowledge.Internal)
	fmt.Fprintf(e.stdout, "%d documents, %d sections, %d entries, %d problems\n",
		s.Documents, s.Sections, s.Entries, len(base.Problems))
	if len(base.Problems) > 0 {
		return errProblems
	}
	return nil
}
