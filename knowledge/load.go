package knowledge

import (
	"cmp"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"
)

// extensions are the file name extensions of briefing documents; other
// files in the knowledge directory are ignored.
var extensions = [...]string{".md", ".markdown", ".txt"}

// Reads reports whether Load reads a file of this name (a path relative
// to the knowledge directory, or a file name): a briefing document or the
// synonyms file. A watcher uses it to ignore other files' changes.
func Reads(name string) bool {
	return isBriefing(name) || name == SynonymsFile
}

// Load reads every briefing document under dir, recursively, and indexes
// them. Problems with single files (unreadable, binary, not UTF-8, too
// large, a symlink leading out of dir, a malformed table) are recorded in
// the Base's Problems and the other documents still load. Load returns an
// error only when dir itself cannot be read.
func Load(dir string) (*Base, error) {
	info, err := os.Stat(dir)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, fmt.Errorf("knowledge directory %s does not exist", dir)
		}
		return nil, fmt.Errorf("knowledge directory: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("knowledge directory %s is not a directory", dir)
	}
	// os.Root refuses to open anything outside dir, whatever symlinks
	// inside it say.
	root, err := os.OpenRoot(dir)
	if err != nil {
		return nil, fmt.Errorf("knowledge directory: %w", err)
	}
	defer func() { _ = root.Close() }() // read only: nothing to flush
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("knowledge directory: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}
	l := loader{fsys: root.FS(), source: dir, resolve: func(name string) (string, error) {
		target, err := filepath.EvalSymlinks(filepath.Join(abs, filepath.FromSlash(name)))
		if err != nil {
			return "", fmt.Errorf("broken symlink: %w", unwrapPath(err))
		}
		rel, err := filepath.Rel(abs, target)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return "", errOutside
		}
		return filepath.ToSlash(rel), nil
	}}
	return l.load(), nil
}

// LoadFS reads every briefing document in fsys like Load. source names
// the knowledge for people ("embedded", a directory).
func LoadFS(fsys fs.FS, source string) *Base {
	l := loader{fsys: fsys, source: source}
	return l.load()
}

//go:embed sample
var sample embed.FS

// Embedded returns the sample briefing built into the binary: the
// knowledge base when no directory is given.
func Embedded() *Base {
	sub, err := fs.Sub(sample, "sample")
	if err != nil {
		panic(err) // the embedded directory is part of the build
	}
	return LoadFS(sub, "embedded")
}

var errOutside = errors.New("symlink leads outside the knowledge directory; not read")

// file is a briefing document to read: its name in the directory and the
// path it is read from, which differ for a symlink.
type file struct{ name, path string }

// loader reads one knowledge directory.
type loader struct {
	fsys   fs.FS
	source string
	// resolve follows a symlink to the path it leads to, relative to the
	// directory, or fails with errOutside; nil where fs.Stat can follow
	// symlinks itself.
	resolve func(name string) (string, error)

	mu       sync.Mutex
	problems []Problem
	// synonyms is the curators' synonyms file, if the directory has one.
	synonyms *file
}

func (l *loader) problem(name string, line int, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.problems = append(l.problems, Problem{Path: name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) load() *Base {
	start := time.Now()
	files := l.walk()
	docs := make([]*Document, len(files))
	probs := make([][]Problem, len(files))
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range work {
				docs[i], probs[i] = l.read(files[i])
			}
		})
	}
	for i := range files {
		work <- i
	}
	close(work)
	wg.Wait()

	b := &Base{Source: l.source, Problems: l.problems}
	var version []byte // what identifies the content, hashed below
	for i, d := range docs {
		b.Problems = append(b.Problems, probs[i]...)
		if d == nil {
			continue
		}
		b.Docs = append(b.Docs, d)
		version = fmt.Appendf(version, "%s\x00%s\x00", d.Path, d.Hash)
		for _, s := range d.Sections {
			for _, e := range s.Entries {
				e.id = int32(len(b.entries))
				b.entries = append(b.entries, e)
			}
		}
	}
	if l.synonyms != nil {
		data, probs := l.readFile(*l.synonyms)
		b.Problems = append(b.Problems, probs...)
		if data != nil {
			var probs []Problem
			b.Synonyms, probs = ParseSynonyms(l.synonyms.name, data)
			b.Problems = append(b.Problems, probs...)
			version = fmt.Appendf(version, "%s\x00%x\x00", l.synonyms.name, sha256.Sum256(data))
		}
	}
	sortProblems(b.Problems)
	sum := sha256.Sum256(version)
	b.Version = hex.EncodeToString(sum[:6])
	b.idx = buildIndex(b.entries, b.Synonyms)
	b.LoadedAt = time.Now()
	b.Took = b.LoadedAt.Sub(start)
	return b
}

// walk lists the briefing documents in the directory, in lexical order,
// recording the ones it cannot use.
func (l *loader) walk() []file {
	var files []file
	err := fs.WalkDir(l.fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			if name == "." {
				return err
			}
			l.problem(name, 0, "cannot read: %v", unwrapPath(err))
			return nil
		}
		if d.IsDir() {
			if name != "." && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir // .git and friends
			}
			return nil
		}
		path := name
		mode := d.Type()
		if mode&fs.ModeSymlink != 0 {
			if l.resolve != nil {
				if path, err = l.resolve(name); err != nil {
					l.problem(name, 0, "%v", err)
					return nil
				}
			}
			info, err := fs.Stat(l.fsys, path)
			if err != nil {
				l.problem(name, 0, "broken symlink: %v", unwrapPath(err))
				return nil
			}
			if info.IsDir() {
				return nil // not followed: it could loop, and its files are inside anyway
			}
			mode = info.Mode().Type()
		}
		if !isBriefing(name) && name != SynonymsFile {
			return nil
		}
		// Only regular files are read: opening a named pipe waits for a
		// writer that may never come, and would hang every reload.
		if !mode.IsRegular() {
			l.problem(name, 0, "not a regular file (%s); not read", modeName(mode))
			return nil
		}
		if name == SynonymsFile {
			l.synonyms = &file{name, path}
			return nil
		}
		files = append(files, file{name, path})
		return nil
	})
	if err != nil {
		l.problem(".", 0, "cannot read the knowledge directory: %v", unwrapPath(err))
	}
	return files
}

// modeName names a kind of file that is not a regular file.
func modeName(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file: " + m.String()
}

func isBriefing(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	for _, e := range extensions {
		if ext == e {
			return true
		}
	}
	return false
}

// read reads and parses one document.
func (l *loader) read(file file) (*Document, []Problem) {
	data, probs := l.readFile(file)
	if data == nil {
		return nil, probs
	}
	return Parse(file.name, data)
}

// readFile reads a file of the directory, up to MaxFileSize bytes; it
// returns nil data and the problem when it cannot.
func (l *loader) readFile(file file) ([]byte, []Problem) {
	name := file.name
	f, err := l.fsys.Open(file.path)
	if err != nil {
		return nil, []Problem{{Path: name, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}}
	}
	defer func() { _ = f.Close() }() // read only: nothing to flush
	if info, err := f.Stat(); err == nil && info.Size() > MaxFileSize {
		return nil, []Problem{{Path: name, Msg: fmt.Sprintf("file is %d bytes, over the %d byte limit for a briefing document; not read", info.Size(), MaxFileSize)}}
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, []Problem{{Path: name, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}}
	}
	if len(data) > MaxFileSize {
		return nil, []Problem{{Path: name, Msg: fmt.Sprintf("file is over the %d byte limit for a briefing document; not read", MaxFileSize)}}
	}
	return data, nil
}

// unwrapPath drops the path from a *fs.PathError: problems name the file
// already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// sortProblems orders problems by file and line, so reports read like a
// compiler's.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if c := cmp.Compare(a.Path, b.Path); c != 0 {
			return c
		}
		return cmp.Compare(a.Line, b.Line)
	})
}
