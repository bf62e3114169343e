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
func Load(dir string) (*Base, error) { return Reload(nil, dir) }

// Reload is Load for a directory prev was loaded from (by Load or
// Reload, with the same dir): it reads again only the files whose size
// or modification time changed, and of those parses again only the ones
// whose content did, and it rebuilds only their part of the index. The
// base it returns is the one Load would: the same documents, problems
// and answers. Documents that did not change are shared with prev. With
// prev nil, or loaded from elsewhere, it is Load.
func Reload(prev *Base, dir string) (*Base, error) {
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
	return l.load(prev), nil
}

// LoadFS reads every briefing document in fsys like Load. source names
// the knowledge for people ("embedded", a directory).
func LoadFS(fsys fs.FS, source string) *Base { return ReloadFS(nil, fsys, source) }

// ReloadFS is Reload for a file system: prev must have been loaded from
// the same source. A file system whose FileInfo.Sys is a hash of the
// file's content (a git tree's blob hash, see gitsource.FS) is read
// again only where that hash changed; the modification time of every
// file of such a tree is the commit's, which says nothing of the file.
func ReloadFS(prev *Base, fsys fs.FS, source string) *Base {
	l := loader{fsys: fsys, source: source}
	return l.load(prev)
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

// fileState is what a base remembers of a file it read, so that a reload
// can tell whether the file changed: where it was read from, its size and
// modification time or the hash its file system gives, and the SHA-256
// of its content; with what reading it gave.
type fileState struct {
	path  string
	size  int64
	mtime int64
	hash  string
	sum   [sha256.Size]byte
	// racy is set when the file was modified so close to its reading
	// that a change made right after might keep its size and time: such
	// a file is read again to be sure.
	racy bool
	// failed is set when the file could not be read; it is tried again.
	failed bool
	doc    *Document
	probs  []Problem
}

// racyWindow is how close to a reading a modification must be for the
// reading's file time to be trusted no more: file systems keep times as
// coarse as two seconds.
const racyWindow = 2 * time.Second

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
	// synonyms is the curators' synonyms file, if the directory has one,
	// and synonymRules its rules.
	synonyms     *file
	synonymRules Synonyms
}

func (l *loader) problem(name string, line int, format string, args ...any) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.problems = append(l.problems, Problem{Path: name, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// hasher is a file system that tells a file's content hash without
// reading it (gitsource.FS).
type hasher interface {
	Hash(name string) (string, error)
}

// read is one file of a load: its state, from the base the load starts
// from if the file did not change, and, when it did, its text, then its
// document and terms once a worker parsed it.
type read struct {
	file  file
	state *fileState
	fresh bool // read again: state is new
	text  string
	dt    *docTerms
	done  chan struct{}
}

// load reads the directory, reusing what prev read of it.
func (l *loader) load(prev *Base) *Base {
	start := time.Now()
	if prev != nil && (prev.Source != l.source || prev.files == nil) {
		prev = nil
	}
	files := l.walk()
	reads := make([]*read, len(files))
	for i, f := range files {
		reads[i] = l.stat(f, prev, start)
	}
	var synState *fileState
	if l.synonyms != nil {
		synState = l.stat(*l.synonyms, prev, start).state
	}

	p := newPool(runtime.GOMAXPROCS(0))
	defer p.close()
	var ix *index
	b := &Base{Source: l.source, files: make(map[string]*fileState, len(files))}
	if prev == nil || prev.idx == nil {
		ix = l.index(p, nil, reads, nil)
	} else {
		ix = l.index(p, prev, reads, prev.idx)
	}
	var version []byte // what identifies the content, hashed below
	b.Problems = l.problems
	for _, r := range reads {
		b.files[r.file.name] = r.state
		b.Problems = append(b.Problems, r.state.probs...)
		if d := r.state.doc; d != nil {
			b.Docs = append(b.Docs, d)
			version = fmt.Appendf(version, "%s\x00%s\x00", d.Path, d.Hash)
		}
	}
	if synState != nil {
		b.files[l.synonyms.name] = synState
		b.Problems = append(b.Problems, synState.probs...)
		if !synState.failed {
			version = fmt.Appendf(version, "%s\x00%x\x00", l.synonyms.name, synState.sum)
		}
	}
	b.Synonyms = l.synonymRules
	sortProblems(b.Problems)
	sum := sha256.Sum256(version)
	b.Version = hex.EncodeToString(sum[:6])
	b.idx = ix
	b.LoadedAt = time.Now()
	b.Took = b.LoadedAt.Sub(start)
	return b
}

// stat decides whether a file changed since prev read it, reading it
// again if it may have. The synonyms file is parsed here; briefings are
// parsed by the workers.
func (l *loader) stat(f file, prev *Base, start time.Time) *read {
	r := &read{file: f}
	var old *fileState
	if prev != nil {
		old = prev.files[f.name]
		if old != nil && old.path != f.path {
			old = nil
		}
	}
	st := &fileState{path: f.path}
	known := false // whether st's hash, or size and time, are known
	if h, ok := l.fsys.(hasher); ok {
		if hash, err := h.Hash(f.path); err == nil {
			st.hash, known = hash, true
		}
	} else if info, err := fs.Stat(l.fsys, f.path); err == nil && !info.ModTime().IsZero() {
		// A file system with no times (embed.FS) says nothing of a
		// change: its files are read, and their content compared.
		st.size, st.mtime, known = info.Size(), info.ModTime().UnixNano(), true
		st.racy = info.ModTime().After(start.Add(-racyWindow))
		if hash, ok := info.Sys().(string); ok {
			st.hash = hash
		}
	}
	if known && old != nil && !old.racy && !old.failed && old.size == st.size && old.mtime == st.mtime && old.hash == st.hash {
		st.sum, st.doc, st.probs = old.sum, old.doc, old.probs
		r.state = st
		if f.name == SynonymsFile {
			l.synonymRules = prev.Synonyms
		}
		return r
	}
	text, sum, probs := l.readFile(f)
	st.probs = probs
	if probs != nil {
		st.failed = true
		r.state = st
		return r
	}
	st.sum = sum
	if old != nil && !old.failed && old.sum == st.sum {
		st.doc, st.probs = old.doc, old.probs
		r.state = st
		if f.name == SynonymsFile {
			l.synonymRules = prev.Synonyms
		}
		return r
	}
	r.state, r.fresh, r.text = st, true, text
	if f.name == SynonymsFile {
		l.synonymRules, st.probs = ParseSynonyms(f.name, []byte(text))
	}
	return r
}

// index parses the files that changed and indexes the base: from
// scratch, or from prev's index, taking away the documents prev had that
// are gone or changed and adding the new ones.
func (l *loader) index(p *pool, prev *Base, reads []*read, old *index) *index {
	b := newBuilder(old)
	b.pool = p
	if old != nil {
		b.prevParts = make(map[*Document][]prevPart)
		for k, s := range old.segs {
			for j, part := range s.parts {
				b.prevParts[part.doc] = append(b.prevParts[part.doc], prevPart{k, j})
			}
		}
	}
	// Parse the files that changed, a window of them at a time, so that
	// the documents waiting to be added to the index do not pile up.
	window := 8 * runtime.GOMAXPROCS(0)
	submitted := 0
	submit := func() {
		for ; submitted < len(reads) && submitted < window; submitted++ {
			r := reads[submitted]
			if !r.fresh || r.file.name == SynonymsFile {
				continue
			}
			r.done = make(chan struct{})
			p.submit(func(w *worker) {
				defer close(r.done)
				doc, probs := parse(r.file.name, r.text, r.state.sum)
				r.text = ""
				r.state.doc, r.state.probs = doc, probs
				if doc != nil {
					r.dt = w.x.indexDoc(doc)
				}
			})
		}
	}
	// Take away what prev had of the documents that are gone or changed.
	if prev != nil {
		kept := make(map[*Document]bool, len(reads))
		for _, r := range reads {
			if !r.fresh && r.state.doc != nil {
				kept[r.state.doc] = true
			}
		}
		var gone []*docTerms
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, d := range prev.Docs {
			if kept[d] {
				continue
			}
			wg.Add(1)
			p.submit(func(w *worker) {
				defer wg.Done()
				dt := w.x.indexDoc(d)
				mu.Lock()
				gone = append(gone, dt)
				mu.Unlock()
			})
		}
		submit()
		wg.Wait()
		for _, dt := range gone {
			b.count(dt, -1)
		}
	}
	for i, r := range reads {
		window = i + 8*runtime.GOMAXPROCS(0)
		submit()
		if r.done != nil {
			<-r.done
		}
		if r.state.doc == nil {
			continue
		}
		b.doc(r.state.doc, r.dt)
		r.dt = nil
	}
	b.flush()
	p.wait()
	var syn Synonyms
	if l.synonymRules.Rules != nil {
		syn = l.synonymRules
	}
	var docs []*Document
	for _, r := range reads {
		if r.state.doc != nil {
			docs = append(docs, r.state.doc)
		}
	}
	return b.finish(docs, syn, p.run)
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

// readBuffers are the buffers files are read through.
var readBuffers = sync.Pool{New: func() any { return new([64 << 10]byte) }}

// readFile reads a file of the directory, up to MaxFileSize bytes, into
// a string of its own, allocated once, and hashes it with SHA-256; it
// returns the problem when it cannot.
func (l *loader) readFile(file file) (string, [sha256.Size]byte, []Problem) {
	var sum [sha256.Size]byte
	name := file.name
	fail := func(format string, args ...any) (string, [sha256.Size]byte, []Problem) {
		return "", sum, []Problem{{Path: name, Msg: fmt.Sprintf(format, args...)}}
	}
	f, err := l.fsys.Open(file.path)
	if err != nil {
		return fail("cannot read: %v", unwrapPath(err))
	}
	defer func() { _ = f.Close() }() // read only: nothing to flush
	var text strings.Builder
	if info, err := f.Stat(); err == nil {
		if info.Size() > MaxFileSize {
			return fail("file is %d bytes, over the %d byte limit for a briefing document; not read", info.Size(), MaxFileSize)
		}
		text.Grow(int(info.Size()))
	}
	buf := readBuffers.Get().(*[64 << 10]byte)
	defer readBuffers.Put(buf)
	h := sha256.New()
	for {
		n, err := f.Read(buf[:])
		text.Write(buf[:n])
		h.Write(buf[:n])
		if text.Len() > MaxFileSize {
			return fail("file is over the %d byte limit for a briefing document; not read", MaxFileSize)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail("cannot read: %v", unwrapPath(err))
		}
	}
	h.Sum(sum[:0])
	return text.String(), sum, nil
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

// worker is one of a pool's goroutines, with its own scratch space.
type worker struct {
	x  *indexer
	sb segBuilder
}

// pool runs tasks on a few goroutines, one per processor.
type pool struct {
	tasks chan func(*worker)
	wg    sync.WaitGroup // of the tasks
	done  sync.WaitGroup // of the goroutines
}

func newPool(n int) *pool {
	p := &pool{tasks: make(chan func(*worker), 4*n)}
	for range n {
		p.done.Go(func() {
			w := &worker{x: newIndexer()}
			for t := range p.tasks {
				t(w)
				p.wg.Done()
			}
		})
	}
	return p
}

func (p *pool) submit(t func(*worker)) {
	p.wg.Add(1)
	p.tasks <- t
}

// wait waits for the tasks submitted so far.
func (p *pool) wait() { p.wg.Wait() }

// run runs tasks and waits for them.
func (p *pool) run(tasks []func()) {
	for _, t := range tasks {
		p.submit(func(*worker) { t() })
	}
	p.wait()
}

func (p *pool) close() {
	close(p.tasks)
	p.done.Wait()
}
