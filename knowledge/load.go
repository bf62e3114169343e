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
	"unsafe"
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
	top := openTop(root)
	defer top.close()
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, fmt.Errorf("knowledge directory: %w", err)
	}
	if resolved, err := filepath.EvalSymlinks(abs); err == nil {
		abs = resolved
	}
	l := loader{fsys: root.FS(), top: top, source: dir, resolve: func(name string) (string, error) {
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
// path it is read from, which differ for a symlink, and what the walk
// learnt of it (nil where asking costs more than it saves, as a git
// tree's sizes do).
type file struct {
	name, path string
	// info is what the walk found of the file, if anything; stat keeps
	// its size and drops it, so that a system's record of every file
	// does not stay until the load ends.
	info fs.FileInfo
	size int64 // the size info gave, once stat dropped it; -1 if unknown
}

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
	fsys fs.FS
	// top, where not nil, opens the files at the top of the directory
	// fsys reads, with fewer system calls.
	top    *topDir
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
	// dict is what the documents read are compressed against.
	dict *dictionary
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

// read is one file of a load. state is what reading it gave; the old
// state, from the base the load starts from, when the file did not
// change. A file that may have changed is read by a worker (done closes
// when it is), and compared with old; when it did change, it is parsed
// and its document indexed (dt).
type read struct {
	file  file
	old   *fileState
	next  *fileState // what stat found, until the file is read
	state *fileState
	fresh bool // parsed again: state.doc is new
	dt    *docTerms
	done  chan struct{}
}

// readDone is what a load keeps of a file once its document is indexed:
// a read, its channel and what stat found (some 210 bytes a file) would
// be live until the load's end, through the moments its memory peaks.
type readDone struct {
	name  string
	state *fileState
	fresh bool
}

// load reads the directory, reusing what prev read of it.
func (l *loader) load(prev *Base) *Base {
	start := time.Now()
	if prev != nil && (prev.Source != l.source || prev.files == nil || prev.idx == nil || prev.idx.stale()) {
		prev = nil
	}
	reads := l.stat(l.walk(), prev, start)
	tight := prev == nil && len(reads) >= loadGCFiles
	if tight {
		defer lowerGC()() // after p.close below: the workers are gone
	}
	if prev != nil && prev.dict != nil {
		l.dict = prev.dict
	} else {
		l.dict = l.dictionary(reads)
	}
	var synState *fileState
	if l.synonyms != nil {
		r := l.statFile(*l.synonyms, prev, start)
		if r.state == nil {
			l.readSynonyms(r, prev)
		} else {
			l.synonymRules = prev.Synonyms
		}
		synState = r.state
	}

	p := newPool(runtime.GOMAXPROCS(0))
	defer p.close()
	if prev == nil {
		// Only a full load's documents share blocks (see arena): those a
		// reload reads are the ones likely to change again.
		for _, w := range p.workers {
			w.buf.keep = new(docArenas)
		}
	}
	ix, got := l.index(p, prev, reads, tight)
	b := &Base{Source: l.source, files: make(map[string]*fileState, len(got)+1)}
	var version []byte // what identifies the content, hashed below
	b.Problems = l.problems
	for _, r := range got {
		b.files[r.name] = r.state
		b.Problems = append(b.Problems, r.state.probs...)
		if d := r.state.doc; d != nil {
			b.Docs = append(b.Docs, d)
			version = append(append(append(append(version, d.Path...), 0), d.Hash...), 0)
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
	b.dict = l.dict
	sortProblems(b.Problems)
	sum := sha256.Sum256(version)
	b.Version = hex.EncodeToString(sum[:6])
	b.idx = ix
	b.LoadedAt = time.Now()
	b.Took = b.LoadedAt.Sub(start)
	return b
}

// stat stats every file the walk found, in order. The walk's listing is
// not kept past it: with each file's system record, it is tens of
// megabytes at 100,000 files.
func (l *loader) stat(files []file, prev *Base, start time.Time) []*read {
	reads := make([]*read, len(files))
	for i, f := range files {
		reads[i] = l.statFile(f, prev, start)
	}
	return reads
}

// statFile decides whether a file may have changed since prev read it: a
// file whose size and time, or hash, are as they were is not read again.
func (l *loader) statFile(f file, prev *Base, start time.Time) *read {
	r := &read{file: f}
	r.file.info, r.file.size = nil, -1
	if f.info != nil {
		r.file.size = f.info.Size()
	}
	if prev != nil {
		if old := prev.files[f.name]; old != nil && old.path == f.path && !old.failed {
			r.old = old
		}
	}
	st := &fileState{path: f.path}
	known := false // whether st's hash, or size and time, are known
	if h, ok := l.fsys.(hasher); ok {
		if hash, err := h.Hash(f.path); err == nil {
			st.hash, known = hash, true
		}
	} else if info := f.info; info != nil && !info.ModTime().IsZero() {
		// A file system with no times (embed.FS) says nothing of a
		// change: its files are read, and their content compared.
		st.size, st.mtime, known = info.Size(), info.ModTime().UnixNano(), true
		st.racy = info.ModTime().After(start.Add(-racyWindow))
		if hash, ok := info.Sys().(string); ok {
			st.hash = hash
		}
	}
	if old := r.old; known && old != nil && !old.racy && old.size == st.size && old.mtime == st.mtime && old.hash == st.hash {
		r.state = old // nothing about it changed
		return r
	}
	r.next = st
	if f.name != SynonymsFile {
		r.done = make(chan struct{})
	}
	return r
}

// readDoc takes a briefing that may have changed, on a worker, with
// what a reader's reading it gave (see readAhead): if its content is
// what the old state read, that state's document is kept; otherwise it
// is parsed, indexed and sealed, on the worker's buffers.
func (l *loader) readDoc(r *read, w *worker, text string, sum [sha256.Size]byte, probs []Problem) {
	defer close(r.done)
	st := r.next
	if probs != nil {
		st.probs, st.failed = probs, true
		r.state, r.fresh = st, false
		return
	}
	st.sum = sum
	if old := r.old; old != nil && old.sum == sum {
		st.doc, st.probs = old.doc, old.probs
		r.state, r.fresh = st, false
		return
	}
	w.buf.z.dict = l.dict
	st.doc, st.probs = parse(r.file.name, text, sum, &w.buf)
	r.state, r.fresh = st, true
	if st.doc != nil {
		r.dt = w.x.indexDoc(st.doc)
		st.doc.seal(w.buf.z.dict) // what parse compressed its text against
	}
}

// dictionary returns a dictionary of the text of the first documents
// to read (see dictionary), which it reads and parses for that. A load
// takes its dictionary from what it reads itself, so that how well
// documents compress depends on their own directory.
func (l *loader) dictionary(reads []*read) *dictionary {
	const tries = 8 // files it reads at most, in case many fail
	var docs []*Document
	n, tried := 0, 0
	for _, r := range reads {
		if n >= dictBytes || tried == tries {
			break
		}
		if r.done == nil {
			continue // not to be read, or the synonyms
		}
		tried++
		text, sum, probs := l.readFile(r.file, nil)
		if probs != nil {
			continue // the load proper reports it
		}
		if d, _ := parse(r.file.name, text, sum, nil); d != nil {
			docs = append(docs, d)
			n += len(d.text())
		}
	}
	return newDictionary(docs)
}

// readSynonyms reads and parses the synonyms file, unless it is what the
// old state read.
func (l *loader) readSynonyms(r *read, prev *Base) {
	st := r.next
	text, sum, probs := l.readFile(r.file, nil)
	st.probs, st.failed, st.sum = probs, probs != nil, sum
	switch {
	case st.failed:
	case r.old != nil && r.old.sum == sum:
		l.synonymRules, st.probs = prev.Synonyms, r.old.probs
	default:
		l.synonymRules, st.probs = ParseSynonyms(r.file.name, []byte(text))
	}
	r.state = st
}

// index reads the files that may have changed and indexes the base: from
// scratch, or from prev's index, adding the documents that are new or
// changed and taking away those prev had that are gone or changed. With
// tight, it collects once the documents are indexed (see lowerGC). It
// returns what each read gave, in order, and lets reads' elements go
// (it sets them to nil) as soon as it is done with them.
func (l *loader) index(p *pool, prev *Base, reads []*read, tight bool) (*index, []readDone) {
	var old *index
	if prev != nil {
		old = prev.idx
	}
	b := newBuilder(old)
	b.pool = p
	// Files are read a window of them ahead, so that the documents
	// waiting to be added to the index do not pile up: the files the
	// readers have read wait for a worker, so a window half of the one
	// workers that read their own files had keeps as many in memory.
	ahead := 4 * runtime.GOMAXPROCS(0)
	ra := newReadAhead(l, p, ahead)
	window, submitted := 0, 0
	submit := func() {
		for ; submitted < len(reads) && submitted < window; submitted++ {
			if r := reads[submitted]; r.done != nil {
				ra.read(r)
			}
		}
	}
	// A full load steps GOGC down from the default to loadGCPercent as
	// it reads, rampSteps times at most (see rampGC).
	const rampSteps = 64
	var total, done, next int64
	if tight {
		for _, r := range reads {
			if r.done != nil {
				total += max(r.file.size, 0)
			}
		}
		rampGC(0, total)
	}
	got := make([]readDone, len(reads))
	for i, r := range reads {
		window = i + ahead
		submit()
		if r.done != nil {
			<-r.done
			if done += max(r.file.size, 0); tight && done >= next {
				rampGC(done, total)
				next = done + total/rampSteps
			}
		}
		if d := r.state.doc; d != nil {
			b.doc(d, r.dt) // dt is nil for a document kept
		}
		got[i] = readDone{name: r.file.name, state: r.state, fresh: r.fresh}
		reads[i] = nil // submitted already: the window is ahead of i
	}
	ra.close()
	b.flush()
	b.doneKeeping()
	// Take away what prev had of the documents that are gone or changed:
	// those not kept, in the same order, among the new ones.
	if prev != nil {
		var gone []*Document
		k := 0
		for _, r := range got {
			if r.fresh || r.state.doc == nil {
				continue
			}
			for prev.Docs[k] != r.state.doc {
				gone = append(gone, prev.Docs[k])
				k++
			}
			k++
		}
		gone = append(gone, prev.Docs[k:]...)
		terms := make([]*docTerms, len(gone))
		for i, d := range gone {
			p.submit(func(w *worker) { terms[i] = w.x.indexDoc(d) })
		}
		p.wait()
		for _, dt := range terms {
			b.count(dt, -1)
			dt.release()
		}
	}
	p.drop()
	if tight {
		rampGC(total, total)
		dropDocTerms()
		collectForLoad()
	}
	var docs []*Document
	for _, r := range got {
		if r.state.doc != nil {
			docs = append(docs, r.state.doc)
		}
	}
	return b.finish(docs, l.synonymRules, p.run), got
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
		var info fs.FileInfo
		if mode&fs.ModeSymlink != 0 {
			if l.resolve != nil {
				if path, err = l.resolve(name); err != nil {
					l.problem(name, 0, "%v", err)
					return nil
				}
			}
			if info, err = fs.Stat(l.fsys, path); err != nil {
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
		// The size and time tell a reload whether the file changed.
		// Listing a directory of an os.Root stats its entries already;
		// a git tree's hashes say more, for less.
		if _, ok := l.fsys.(hasher); !ok && info == nil {
			if info, err = d.Info(); err != nil {
				info = nil // the file is read and compared instead
			}
		}
		if name == SynonymsFile {
			l.synonyms = &file{name: name, path: path, info: info}
			return nil
		}
		files = append(files, file{name: name, path: path, info: info})
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

// readFile reads a file of the directory, up to MaxFileSize bytes, into
// a string of its own, allocated once and read into directly, and hashes
// it with SHA-256; it returns the problem when it cannot.
//
// With a buffer, the file is read into it instead, and the string is
// valid only until the buffer is used again: parse keeps nothing of it.
func (l *loader) readFile(file file, buf *[]byte) (string, [sha256.Size]byte, []Problem) {
	var sum [sha256.Size]byte
	name := file.name
	fail := func(format string, args ...any) (string, [sha256.Size]byte, []Problem) {
		return "", sum, []Problem{{Path: name, Msg: fmt.Sprintf(format, args...)}}
	}
	var f io.ReadCloser
	if l.top != nil && !strings.Contains(file.path, "/") {
		f, _ = l.top.open(file.path)
	}
	if f == nil {
		ff, err := l.fsys.Open(file.path)
		if err != nil {
			return fail("cannot read: %v", unwrapPath(err))
		}
		f = ff
	}
	defer func() { _ = f.Close() }() // read only: nothing to flush
	size := 512
	known := file.size // from the walk, where it had it
	if ff, ok := f.(fs.File); ok && known < 0 {
		if info, err := ff.Stat(); err == nil {
			known = info.Size()
		}
	}
	if known >= 0 {
		if known > MaxFileSize {
			return fail("file is %d bytes, over the %d byte limit for a briefing document; not read", known, MaxFileSize)
		}
		size = int(known) + 1 // one more, to meet the end without growing
	}
	var data []byte
	if buf != nil && cap(*buf) >= size {
		data = (*buf)[:0]
	} else {
		data = make([]byte, 0, size)
	}
	// A read that gives fewer bytes than asked of a file that gives
	// fewer only at its end has met it: when the bytes are the size the
	// walk found, the empty read that would say so is not made, a system
	// call for every file of a load.
	_, raw := f.(shortAtEnd)
	for {
		if len(data) == cap(data) {
			data = slices.Grow(data, len(data)) // the file grew
		}
		asked := cap(data) - len(data)
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if len(data) > MaxFileSize {
			return fail("file is over the %d byte limit for a briefing document; not read", MaxFileSize)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail("cannot read: %v", unwrapPath(err))
		}
		if raw && n < asked && int64(len(data)) == file.size {
			break
		}
	}
	sum = sha256.Sum256(data)
	if buf != nil && cap(data) <= keptBytes {
		*buf = data
	}
	// data is not written again while the string is in use: the string
	// shares its bytes, as strings.Builder's does.
	return unsafe.String(unsafe.SliceData(data), len(data)), sum, nil
}

// shortAtEnd is a file whose reads give fewer bytes than asked only at
// its end, as the read system call on a regular file does (see
// fdFile).
type shortAtEnd interface{ shortAtEnd() }

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
	x   *indexer
	sb  segBuilder
	buf docBuffers
}

// pool runs tasks on a few goroutines, one per processor.
type pool struct {
	tasks   chan func(*worker)
	workers []*worker
	wg      sync.WaitGroup // of the tasks
	done    sync.WaitGroup // of the goroutines
}

func newPool(n int) *pool {
	p := &pool{tasks: make(chan func(*worker), 4*n)}
	for range n {
		w := &worker{x: newIndexer()}
		p.workers = append(p.workers, w)
		p.done.Go(func() {
			for t := range p.tasks {
				t(w)
				p.wg.Done()
			}
		})
	}
	return p
}

// drop lets the collector have the workers' scratch space (their
// indexers' tables of words, their buffers and builders' counters),
// once the documents are indexed and the segments built: tasks
// submitted after it must not use it. It waits for the tasks
// submitted so far.
func (p *pool) drop() {
	p.wait()
	for _, w := range p.workers {
		*w = worker{}
	}
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
