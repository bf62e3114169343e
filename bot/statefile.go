package bot

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"time"
	"unicode/utf8"

	"github.com/briefbot/briefbot/knowledge"
)

// With Options.StateDir, what the curators read (misses, and the default
// feedback store's answers and verdicts) is kept in memory and saved in
// one small JSON file there, state.json, a few seconds after it changes
// and when the bot shuts down, so that it survives a restart. The file is
// written whole to a temporary file that is then renamed over it, so a
// crash leaves the old file or the new one, never half of one. A file
// that cannot be read or parsed is logged and moved aside, and the bot
// starts with nothing counted: it never refuses to start over it.

// stateFileName is the state file's name in Options.StateDir.
const stateFileName = "state.json"

// stateVersion is the state file's format; a file of another is broken.
const stateVersion = 1

// maxStateFile bounds what is read of a state file: a full one holds a
// few megabytes.
const maxStateFile = 64 << 20

// saveDelay is how long after a change the state file is written: changes
// within it are written together.
const saveDelay = 5 * time.Second

// stateData is the state file's contents.
type stateData struct {
	Version int         `json:"version"`
	Misses  missesState `json:"misses"`
	// Feedback is the default feedback store's; nil when another store
	// keeps the feedback.
	Feedback *feedbackState `json:"feedback,omitempty"`
}

// missesState is the misses, in the state file.
type missesState struct {
	Since     time.Time   `json:"since"`
	Questions []missState `json:"questions"`
}

type missState struct {
	Text  string     `json:"text"`
	Count byAudience `json:"count"`
	Last  time.Time  `json:"last"`
}

// feedbackState is the default feedback store, in the state file.
type feedbackState struct {
	Since   time.Time     `json:"since"`
	Answers []answerState `json:"answers"`
	Entries []entryState  `json:"entries"`
}

// answerState is an answer given. Votes maps each voter (platform and
// user ID, nothing else of them) to their verdict.
type answerState struct {
	ID       string             `json:"id"`
	Question string             `json:"question"`
	Title    string             `json:"title"`
	Document string             `json:"document"`
	Section  string             `json:"section"`
	Line     int                `json:"line"`
	Audience audienceName       `json:"audience"`
	At       time.Time          `json:"at"`
	Votes    map[string]Verdict `json:"votes,omitempty"`
}

type entryState struct {
	Title     string       `json:"title"`
	Document  string       `json:"document"`
	Section   string       `json:"section"`
	Line      int          `json:"line"`
	Helpful   byAudience   `json:"helpful"`
	Unhelpful byAudience   `json:"unhelpful"`
	Asked     []askedState `json:"asked"`
	Last      time.Time    `json:"last"`
}

type askedState struct {
	Text  string     `json:"text"`
	Count byAudience `json:"count"`
	Last  time.Time  `json:"last"`
}

// audienceCounts is byAudience in the state file, by name.
type audienceCounts struct {
	Public   int `json:"public"`
	Internal int `json:"internal"`
}

// MarshalJSON writes the counts by audience name.
func (c byAudience) MarshalJSON() ([]byte, error) {
	return json.Marshal(audienceCounts{Public: c[knowledge.Public], Internal: c[knowledge.Internal]})
}

// UnmarshalJSON reads counts by audience name; none may be negative.
func (c *byAudience) UnmarshalJSON(data []byte) error {
	var a audienceCounts
	if err := strictJSON(data, &a); err != nil {
		return err
	}
	if a.Public < 0 || a.Internal < 0 {
		return errors.New("a count is negative")
	}
	c[knowledge.Public], c[knowledge.Internal] = a.Public, a.Internal
	return nil
}

// audienceName is an audience in the state file, by name.
type audienceName knowledge.Audience

// MarshalText writes "public" or "internal".
func (a audienceName) MarshalText() ([]byte, error) {
	return []byte(knowledge.Audience(a).String()), nil
}

// UnmarshalText reads "public" or "internal", exactly.
func (a *audienceName) UnmarshalText(b []byte) error {
	switch string(b) {
	case "public":
		*a = audienceName(knowledge.Public)
	case "internal":
		*a = audienceName(knowledge.Internal)
	default:
		return fmt.Errorf("audience %q is neither public nor internal", b)
	}
	return nil
}

// MarshalText writes a verdict as its name.
func (v Verdict) MarshalText() ([]byte, error) {
	if v != Helpful && v != Unhelpful {
		return nil, fmt.Errorf("verdict %d is neither helpful nor unhelpful", int(v))
	}
	return []byte(v.String()), nil
}

// UnmarshalText reads "helpful" or "unhelpful".
func (v *Verdict) UnmarshalText(b []byte) error {
	switch string(b) {
	case "helpful":
		*v = Helpful
	case "unhelpful":
		*v = Unhelpful
	default:
		return fmt.Errorf("verdict %q is neither helpful nor unhelpful", b)
	}
	return nil
}

// strictJSON decodes one JSON value into v, refusing unknown fields and
// anything after the value.
func strictJSON(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("more after the JSON value")
	}
	return nil
}

// maxStateText bounds each text in the state file, in bytes: a question
// of the longest length allowed, in the widest characters.
const maxStateText = 4 * maxStoredQuestion

// parseState reads a state file's contents and checks them, so that what
// it restores is what the bot itself could have saved.
func parseState(data []byte) (*stateData, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("not UTF-8 text")
	}
	var d stateData
	if err := strictJSON(data, &d); err != nil {
		return nil, err
	}
	if d.Version != stateVersion {
		return nil, fmt.Errorf("version %d, want %d", d.Version, stateVersion)
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	return &d, nil
}

// check reports the first thing in d that the bot could not have saved.
func (d *stateData) check() error {
	text := func(what, s string) error {
		if !utf8.ValidString(s) || len(s) > maxStateText {
			return fmt.Errorf("%s is not UTF-8 text of at most %d bytes", what, maxStateText)
		}
		return nil
	}
	for i, q := range d.Misses.Questions {
		if err := text(fmt.Sprintf("misses.questions[%d].text", i), q.Text); err != nil {
			return err
		}
	}
	f := d.Feedback
	if f == nil {
		return nil
	}
	for i, a := range f.Answers {
		what := fmt.Sprintf("feedback.answers[%d]", i)
		if !validAnswerID(a.ID) {
			return fmt.Errorf("%s.id %q is not an answer ID", what, a.ID)
		}
		if a.Line < 0 {
			return fmt.Errorf("%s.line is negative", what)
		}
		for _, s := range []string{a.Question, a.Title, a.Document, a.Section} {
			if err := text(what, s); err != nil {
				return err
			}
		}
		for voter, v := range a.Votes {
			if err := text(what+".votes", voter); err != nil {
				return err
			}
			if v != Helpful && v != Unhelpful {
				return fmt.Errorf("%s.votes: a vote is neither helpful nor unhelpful", what)
			}
		}
	}
	for i, e := range f.Entries {
		what := fmt.Sprintf("feedback.entries[%d]", i)
		if e.Line < 0 {
			return fmt.Errorf("%s.line is negative", what)
		}
		for _, s := range []string{e.Title, e.Document, e.Section} {
			if err := text(what, s); err != nil {
				return err
			}
		}
		for j, q := range e.Asked {
			if err := text(fmt.Sprintf("%s.asked[%d].text", what, j), q.Text); err != nil {
				return err
			}
		}
	}
	return nil
}

// loadState reads the state file at path: nil, without an error, when
// there is none yet.
func loadState(path string) (*stateData, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer func() { _ = f.Close() }() // read only: closing loses nothing
	data, err := io.ReadAll(io.LimitReader(f, maxStateFile+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if len(data) > maxStateFile {
		return nil, fmt.Errorf("%s: larger than %d bytes", path, maxStateFile)
	}
	d, err := parseState(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// writeState writes d to path whole: to a temporary file in the same
// directory, synced, then renamed over path.
func writeState(path string, d *stateData) (err error) {
	data, err := json.Marshal(d)
	if err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+stateFileName+"-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = os.Remove(tmp.Name()) // what is left of a failed write is garbage
		}
	}()
	if _, err = tmp.Write(data); err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// stateFile is the state file of a bot with Options.StateDir.
type stateFile struct {
	path string
	log  *slog.Logger
}

// openState opens the state file in dir and reads what it holds: nil
// when there is none. When dir cannot be made, or a broken file there
// cannot be moved aside (so saving would destroy it), it logs why and
// returns no file: the bot keeps its state in memory only.
func openState(dir string, log *slog.Logger, now time.Time) (*stateFile, *stateData) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		log.Error("state.dir cannot be made: misses and feedback are kept in memory only, and lost on restart", "error", err)
		return nil, nil
	}
	path := filepath.Join(dir, stateFileName)
	d, err := loadState(path)
	if err == nil {
		return &stateFile{path: path, log: log}, d
	}
	aside := path + ".broken-" + now.UTC().Format("20060102T150405.000000000")
	if rerr := os.Rename(path, aside); rerr != nil {
		log.Error("the state file is broken and cannot be moved aside: misses and feedback start empty and are kept in memory only, leaving the file as it is",
			"file", path, "error", err, "move_error", rerr)
		return nil, nil
	}
	log.Error("the state file is broken: moved it aside; misses and feedback start empty",
		"file", path, "moved_to", aside, "error", err)
	return &stateFile{path: path, log: log}, nil
}

// stateChanged schedules the state file's next write, unless one is
// scheduled already.
func (b *Bot) stateChanged() {
	if b.state == nil {
		return
	}
	b.saveMu.Lock()
	defer b.saveMu.Unlock()
	b.dirty = true
	if b.saveTimer == nil {
		b.saveTimer = time.AfterFunc(saveDelay, b.saveState)
	}
}

// saveState writes the state file now, if anything changed since the
// last write.
func (b *Bot) saveState() {
	if b.state == nil {
		return
	}
	b.saveMu.Lock()
	if b.saveTimer != nil {
		b.saveTimer.Stop()
		b.saveTimer = nil
	}
	dirty := b.dirty
	b.dirty = false
	b.saveMu.Unlock()
	if !dirty {
		return
	}
	// One write at a time, each of the state as it is when it starts, so
	// a later write never loses to an earlier one.
	b.writeMu.Lock()
	defer b.writeMu.Unlock()
	d := &stateData{Version: stateVersion}
	if m := b.guard.memory(); m != nil {
		d.Misses = m.snapshotMisses() // a shared State keeps its own
	}
	if mem, ok := b.feedback.(*memoryFeedback); ok {
		d.Feedback = mem.snapshot()
	}
	if err := writeState(b.state.path, d); err != nil {
		b.log.Error("the state file cannot be written: misses and feedback since the last write would be lost on restart",
			"file", b.state.path, "error", err)
		b.saveMu.Lock()
		b.dirty = true // try again with the next change, or at shutdown
		b.saveMu.Unlock()
	}
}

// snapshot returns the store's state, for the state file.
func (f *memoryFeedback) snapshot() *feedbackState {
	f.mu.Lock()
	defer f.mu.Unlock()
	s := &feedbackState{Since: f.since, Answers: []answerState{}, Entries: []entryState{}}
	for _, g := range f.answers {
		a := answerState{ID: g.ID, Question: g.Question, Title: g.Title, Document: g.Document, Section: g.Section,
			Line: g.Line, Audience: audienceName(g.Audience), At: g.At}
		if len(g.votes) > 0 {
			a.Votes = maps.Clone(g.votes)
		}
		s.Answers = append(s.Answers, a)
	}
	slices.SortFunc(s.Answers, func(x, y answerState) int { return cmp.Or(x.At.Compare(y.At), cmp.Compare(x.ID, y.ID)) })
	for _, e := range f.entries {
		es := entryState{Title: e.title, Document: e.document, Section: e.section, Line: e.line,
			Helpful: e.helpful, Unhelpful: e.unhelpful, Asked: []askedState{}, Last: e.last}
		for _, a := range e.asked {
			es.Asked = append(es.Asked, askedState{Text: a.text, Count: a.count, Last: a.last})
		}
		slices.SortFunc(es.Asked, func(x, y askedState) int { return cmp.Or(x.Last.Compare(y.Last), cmp.Compare(x.Text, y.Text)) })
		s.Entries = append(s.Entries, es)
	}
	slices.SortFunc(s.Entries, func(x, y entryState) int {
		return cmp.Or(x.Last.Compare(y.Last), cmp.Compare(x.Document, y.Document), cmp.Compare(x.Title, y.Title))
	})
	return s
}

// restore adds what a state file held to the store, within its bounds.
func (f *memoryFeedback) restore(s *feedbackState) {
	if s == nil {
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if !s.Since.IsZero() {
		f.since = s.Since
	}
	for _, a := range s.Answers {
		g := &given{Answered: Answered{ID: a.ID, Question: a.Question, Title: a.Title, Document: a.Document,
			Section: a.Section, Line: a.Line, Audience: knowledge.Audience(a.Audience), At: a.At}}
		if len(a.Votes) > 0 {
			g.votes = maps.Clone(a.Votes)
		}
		f.remember(g)
	}
	for _, es := range s.Entries {
		key := entryKey(es.Document, es.Title)
		if _, ok := f.entries[key]; !ok && len(f.entries) >= MaxFeedbackEntries {
			f.evictEntries()
		}
		e := &entryTally{title: es.Title, document: es.Document, section: es.Section, line: es.Line,
			helpful: es.Helpful, unhelpful: es.Unhelpful, asked: map[string]*askedTally{}, last: es.Last}
		for _, q := range es.Asked {
			if len(e.asked) >= MaxAskedAs {
				break
			}
			if old, ok := e.asked[NormalizeQuestion(q.Text)]; ok {
				old.count[0] += q.Count[0]
				old.count[1] += q.Count[1]
				continue
			}
			e.asked[NormalizeQuestion(q.Text)] = &askedTally{text: q.Text, count: q.Count, last: q.Last}
		}
		f.entries[key] = e
	}
}
