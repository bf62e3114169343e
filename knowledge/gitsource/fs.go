package gitsource

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// ErrOutside is the error for a symlink whose target lies outside the
// tree an FS serves (an absolute target, or one with too many ".."). Such
// links are never followed.
var ErrOutside = errors.New("symlink leads outside the knowledge tree; not followed")

var (
	errNotDir    = errors.New("not a directory")
	errLinkLoop  = errors.New("too many levels of symbolic links")
	errLinkLarge = errors.New("symlink target is too long")
)

// maxHops bounds the symlinks followed in one lookup, as Linux does.
const maxHops = 40

// maxLink bounds a symlink's target; git stores it as a blob.
const maxLink = 4096

// FS is one commit's tree, read straight from the repository's object
// store: nothing is checked out, and a later fetch cannot change what an
// FS shows. It implements fs.FS, fs.ReadDirFS, fs.ReadFileFS, fs.StatFS
// and fs.ReadLinkFS, so knowledge.LoadFS reads it like a directory.
//
// Symlinks are reported as such by ReadDir and Lstat; Open and Stat follow
// them, but only inside the tree: a link that leads out of it (an absolute
// target, or ".." above the root) fails with ErrOutside. Submodules are
// left out, as if absent. Every entry's ModTime is the commit's date.
//
// FileInfo.Sys returns the entry's git object hash as a 40-digit hex
// string: the blob's for a file, the tree's for a directory. Equal hashes
// mean equal content, so a reload can re-read only the files whose hash
// changed. Hash returns the same for a name.
//
// An FS is safe for concurrent use.
type FS struct {
	mu    sync.Mutex // go-git's object storers are not safe for concurrent use
	store storer.EncodedObjectStorer
	root  plumbing.Hash
	mtime time.Time
	trees map[plumbing.Hash]*dirTree
	// rootErr, when set, is why the root cannot be read (Subdir is
	// missing from the commit); every read fails with it.
	rootErr error
}

// dirTree is a decoded tree: its entries in name order, submodules left
// out, and an index by name.
type dirTree struct {
	entries []object.TreeEntry
	byName  map[string]int
}

// newFS returns the FS of the tree root in store.
func newFS(store storer.EncodedObjectStorer, root plumbing.Hash, mtime time.Time) *FS {
	return &FS{store: store, root: root, mtime: mtime, trees: map[plumbing.Hash]*dirTree{}}
}

// treeFS is the FS of a commit's tree, rooted at subdir. A subdir that
// is missing, or not a directory, makes every read fail.
func treeFS(store storer.EncodedObjectStorer, c *object.Commit, subdir string) *FS {
	whole := newFS(store, c.TreeHash, c.Committer.When)
	sub := cleanSubdir(subdir)
	if sub == "." {
		return whole
	}
	n, err := whole.resolve("open", sub, true)
	if err == nil && !n.isDir() {
		err = errNotDir
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		whole.rootErr = fmt.Errorf("subdir %s in commit %s: %w", sub, c.Hash.String()[:7], err)
		return whole
	}
	return newFS(store, n.hash, c.Committer.When)
}

// cleanSubdir is Subdir as an fs.FS path.
func cleanSubdir(d string) string {
	if d == "" {
		return "."
	}
	return strings.Trim(path.Clean(d), "/")
}

// node is a resolved entry.
type node struct {
	mode filemode.FileMode
	hash plumbing.Hash
}

func (n node) isDir() bool { return n.mode == filemode.Dir }

// tree decodes a tree once. f.mu must be held.
func (f *FS) tree(h plumbing.Hash) (*dirTree, error) {
	if t, ok := f.trees[h]; ok {
		return t, nil
	}
	t, err := object.GetTree(f.store, h)
	if err != nil {
		return nil, err
	}
	d := &dirTree{byName: make(map[string]int, len(t.Entries))}
	for _, e := range t.Entries {
		if e.Mode == filemode.Submodule {
			continue // a commit of another repository: not here
		}
		d.entries = append(d.entries, e)
	}
	slices.SortFunc(d.entries, func(a, b object.TreeEntry) int { return strings.Compare(a.Name, b.Name) })
	for i, e := range d.entries {
		d.byName[e.Name] = i
	}
	f.trees[h] = d
	return d, nil
}

// blob reads a blob whole. f.mu must be held.
func (f *FS) blob(h plumbing.Hash, limit int64) (_ []byte, err error) {
	b, err := object.GetBlob(f.store, h)
	if err != nil {
		return nil, err
	}
	if limit > 0 && b.Size > limit {
		return nil, errLinkLarge
	}
	r, err := b.Reader()
	if err != nil {
		return nil, err
	}
	defer func() {
		// The reader inflates the object: closing it reports a
		// corrupt stream that reading alone may not.
		if cerr := r.Close(); err == nil && cerr != nil {
			err = cerr
		}
	}()
	data := make([]byte, 0, b.Size)
	buf := bytes.NewBuffer(data)
	if _, err := io.Copy(buf, r); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// size is a blob's size. f.mu must be held.
func (f *FS) size(n node) (int64, error) {
	if n.isDir() {
		return 0, nil
	}
	o, err := f.store.EncodedObject(plumbing.BlobObject, n.hash)
	if err != nil {
		return 0, err
	}
	return o.Size(), nil
}

// resolve finds name, following symlinks on the way and, when follow is
// set, the last one too. f.mu must be held.
func (f *FS) resolve(op, name string, follow bool) (node, error) {
	if !fs.ValidPath(name) {
		return node{}, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	fail := func(err error) (node, error) { return node{}, &fs.PathError{Op: op, Path: name, Err: err} }
	if f.rootErr != nil {
		return fail(f.rootErr)
	}
	var queue []string
	if name != "." {
		queue = strings.Split(name, "/")
	}
	// dirs holds the trees from the root to the current directory, with
	// every symlink already replaced by its target, so ".." in a link's
	// target means the real parent, as it does on disk.
	dirs := []plumbing.Hash{f.root}
	cur := node{mode: filemode.Dir, hash: f.root}
	hops := 0
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		switch c {
		case "", ".":
			continue
		case "..":
			if len(dirs) == 1 {
				return fail(ErrOutside)
			}
			dirs = dirs[:len(dirs)-1]
			cur = node{mode: filemode.Dir, hash: dirs[len(dirs)-1]}
			continue
		}
		if !cur.isDir() {
			return fail(errNotDir)
		}
		t, err := f.tree(cur.hash)
		if err != nil {
			return fail(err)
		}
		i, ok := t.byName[c]
		if !ok {
			return fail(fs.ErrNotExist)
		}
		e := t.entries[i]
		if e.Mode == filemode.Symlink && (follow || len(queue) > 0) {
			if hops++; hops > maxHops {
				return fail(errLinkLoop)
			}
			target, err := f.blob(e.Hash, maxLink)
			if err != nil {
				return fail(err)
			}
			if len(target) == 0 {
				return fail(fs.ErrNotExist)
			}
			if target[0] == '/' {
				return fail(ErrOutside)
			}
			queue = append(strings.Split(string(target), "/"), queue...)
			continue
		}
		cur = node{mode: e.Mode, hash: e.Hash}
		if cur.isDir() {
			dirs = append(dirs, cur.hash)
		}
	}
	return cur, nil
}

// stat resolves name into a FileInfo. f.mu must be held.
func (f *FS) stat(op, name string, follow bool) (*fileInfo, error) {
	n, err := f.resolve(op, name, follow)
	if err != nil {
		return nil, err
	}
	size, err := f.size(n)
	if err != nil {
		return nil, &fs.PathError{Op: op, Path: name, Err: err}
	}
	return &fileInfo{name: path.Base(name), node: n, size: size, mtime: f.mtime}, nil
}

// Open opens the named file or directory, following symlinks inside the
// tree.
func (f *FS) Open(name string) (fs.File, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	info, err := f.stat("open", name, true)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return &dir{fsys: f, info: info, name: name}, nil
	}
	return &file{fsys: f, info: info}, nil
}

// Stat returns the FileInfo of the named entry, following symlinks inside
// the tree.
func (f *FS) Stat(name string) (fs.FileInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stat("stat", name, true)
}

// Lstat is Stat without following a final symlink.
func (f *FS) Lstat(name string) (fs.FileInfo, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.stat("lstat", name, false)
}

// ReadLink returns the target of the named symlink as stored in git,
// which may lead outside the tree; Open never follows it there.
func (f *FS) ReadLink(name string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.resolve("readlink", name, false)
	if err != nil {
		return "", err
	}
	if n.mode != filemode.Symlink {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	target, err := f.blob(n.hash, maxLink)
	if err != nil {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: err}
	}
	return string(target), nil
}

// ReadFile returns the content of the named file, following symlinks
// inside the tree.
func (f *FS) ReadFile(name string) ([]byte, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.resolve("readfile", name, true)
	if err != nil {
		return nil, err
	}
	if n.isDir() {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: errors.New("is a directory")}
	}
	data, err := f.blob(n.hash, 0)
	if err != nil {
		return nil, &fs.PathError{Op: "readfile", Path: name, Err: err}
	}
	return data, nil
}

// ReadDir lists the named directory in name order. Symlinks are listed as
// symlinks, not followed; submodules are left out.
func (f *FS) ReadDir(name string) ([]fs.DirEntry, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.readDir("readdir", name)
}

// readDir lists a directory. f.mu must be held.
func (f *FS) readDir(op, name string) ([]fs.DirEntry, error) {
	n, err := f.resolve(op, name, true)
	if err != nil {
		return nil, err
	}
	if !n.isDir() {
		return nil, &fs.PathError{Op: op, Path: name, Err: errNotDir}
	}
	t, err := f.tree(n.hash)
	if err != nil {
		return nil, &fs.PathError{Op: op, Path: name, Err: err}
	}
	out := make([]fs.DirEntry, len(t.entries))
	for i, e := range t.entries {
		out[i] = &dirEntry{fsys: f, name: e.Name, node: node{mode: e.Mode, hash: e.Hash}}
	}
	return out, nil
}

// Hash returns the git object hash of the named entry, following
// symlinks inside the tree: the blob's for a file, the tree's for a
// directory. It is the same string FileInfo.Sys returns.
func (f *FS) Hash(name string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n, err := f.resolve("hash", name, true)
	if err != nil {
		return "", err
	}
	return n.hash.String(), nil
}

// fileMode maps git's few modes to fs.FileMode. The tree is read-only.
func fileMode(m filemode.FileMode) fs.FileMode {
	switch m {
	case filemode.Dir:
		return fs.ModeDir | 0o555
	case filemode.Symlink:
		return fs.ModeSymlink | 0o777
	case filemode.Executable:
		return 0o555
	default:
		return 0o444
	}
}

// fileInfo describes one entry.
type fileInfo struct {
	name  string
	node  node
	size  int64
	mtime time.Time
}

func (i *fileInfo) Name() string       { return i.name }
func (i *fileInfo) Size() int64        { return i.size }
func (i *fileInfo) Mode() fs.FileMode  { return fileMode(i.node.mode) }
func (i *fileInfo) ModTime() time.Time { return i.mtime }
func (i *fileInfo) IsDir() bool        { return i.node.isDir() }

// Sys returns the git object hash, as a 40-digit hex string.
func (i *fileInfo) Sys() any { return i.node.hash.String() }

// dirEntry is an entry of a directory listing; its FileInfo, which needs
// the blob's size, is read only when asked for.
type dirEntry struct {
	fsys *FS
	name string
	node node
}

func (d *dirEntry) Name() string      { return d.name }
func (d *dirEntry) IsDir() bool       { return d.node.isDir() }
func (d *dirEntry) Type() fs.FileMode { return fileMode(d.node.mode).Type() }
func (d *dirEntry) String() string    { return fs.FormatDirEntry(d) }

func (d *dirEntry) Info() (fs.FileInfo, error) {
	d.fsys.mu.Lock()
	defer d.fsys.mu.Unlock()
	size, err := d.fsys.size(d.node)
	if err != nil {
		return nil, &fs.PathError{Op: "stat", Path: d.name, Err: err}
	}
	return &fileInfo{name: d.name, node: d.node, size: size, mtime: d.fsys.mtime}, nil
}

// file is an open regular file. Its content is read on the first read,
// so that a Stat to check the size reads nothing more.
type file struct {
	fsys   *FS
	info   *fileInfo
	r      *bytes.Reader
	closed bool
}

func (f *file) Stat() (fs.FileInfo, error) { return f.info, nil }

func (f *file) reader(op string) (*bytes.Reader, error) {
	if f.closed {
		return nil, &fs.PathError{Op: op, Path: f.info.name, Err: fs.ErrClosed}
	}
	if f.r == nil {
		f.fsys.mu.Lock()
		data, err := f.fsys.blob(f.info.node.hash, 0)
		f.fsys.mu.Unlock()
		if err != nil {
			return nil, &fs.PathError{Op: op, Path: f.info.name, Err: err}
		}
		f.r = bytes.NewReader(data)
	}
	return f.r, nil
}

func (f *file) Read(p []byte) (int, error) {
	r, err := f.reader("read")
	if err != nil {
		return 0, err
	}
	return r.Read(p)
}

func (f *file) ReadAt(p []byte, off int64) (int, error) {
	r, err := f.reader("read")
	if err != nil {
		return 0, err
	}
	return r.ReadAt(p, off)
}

func (f *file) Seek(offset int64, whence int) (int64, error) {
	r, err := f.reader("seek")
	if err != nil {
		return 0, err
	}
	return r.Seek(offset, whence)
}

func (f *file) Close() error {
	if f.closed {
		return &fs.PathError{Op: "close", Path: f.info.name, Err: fs.ErrClosed}
	}
	f.closed = true
	f.r = nil
	return nil
}

// dir is an open directory.
type dir struct {
	fsys    *FS
	info    *fileInfo
	name    string
	entries []fs.DirEntry
	read    bool
	closed  bool
}

func (d *dir) Stat() (fs.FileInfo, error) { return d.info, nil }

func (d *dir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.name, Err: errors.New("is a directory")}
}

func (d *dir) Close() error {
	if d.closed {
		return &fs.PathError{Op: "close", Path: d.name, Err: fs.ErrClosed}
	}
	d.closed = true
	return nil
}

// ReadDir lists the directory as fs.ReadDirFile asks: n > 0 entries at a
// time, io.EOF at the end, or all that is left for n <= 0.
func (d *dir) ReadDir(n int) ([]fs.DirEntry, error) {
	if d.closed {
		return nil, &fs.PathError{Op: "readdir", Path: d.name, Err: fs.ErrClosed}
	}
	if !d.read {
		d.fsys.mu.Lock()
		t, err := d.fsys.tree(d.info.node.hash)
		d.fsys.mu.Unlock()
		if err != nil {
			return nil, &fs.PathError{Op: "readdir", Path: d.name, Err: err}
		}
		for _, e := range t.entries {
			d.entries = append(d.entries, &dirEntry{fsys: d.fsys, name: e.Name, node: node{mode: e.Mode, hash: e.Hash}})
		}
		d.read = true
	}
	if n <= 0 {
		out := d.entries
		d.entries = nil
		return out, nil
	}
	if len(d.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(d.entries))
	out := d.entries[:n:n]
	d.entries = d.entries[n:]
	return out, nil
}

// Interface guards.
var (
	_ fs.ReadDirFS   = (*FS)(nil)
	_ fs.ReadFileFS  = (*FS)(nil)
	_ fs.StatFS      = (*FS)(nil)
	_ fs.ReadLinkFS  = (*FS)(nil)
	_ fs.ReadDirFile = (*dir)(nil)
	_ io.ReaderAt    = (*file)(nil)
	_ io.Seeker      = (*file)(nil)
)
