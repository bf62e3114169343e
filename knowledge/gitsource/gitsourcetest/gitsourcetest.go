// Package gitsourcetest makes the git repositories that tests serve the
// knowledge from, with go-git and no git binary: a curator's repository
// in a temporary directory (Origin), which a gitsource.Source clones by
// its local path, and a smart-HTTP git server with TLS and token auth in
// front of it (HTTPServer), as GitHub or GitLab would be.
package gitsourcetest

import (
	"bytes"
	"encoding/pem"
	"errors"
	"io"
	"log"
	"maps"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/format/pktline"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/protocol/packp"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/plumbing/transport"
	"github.com/go-git/go-git/v5/plumbing/transport/server"
)

// Entry is one tree entry to commit: a file, a symlink or a submodule.
type Entry struct {
	Mode filemode.FileMode
	// Data is the file's content, the link's target or the submodule's
	// commit.
	Data string
}

// File is a regular file holding data.
func File(data string) Entry { return Entry{filemode.Regular, data} }

// Executable is an executable file holding data.
func Executable(data string) Entry { return Entry{filemode.Executable, data} }

// Link is a symlink to target.
func Link(target string) Entry { return Entry{filemode.Symlink, target} }

// Submodule is a gitlink to a commit of another repository.
func Submodule() Entry {
	return Entry{filemode.Submodule, "0123456789abcdef0123456789abcdef01234567"}
}

// Tree is the whole content of a commit, by slash-separated path.
type Tree map[string]Entry

// With returns a copy of t with path set to e, or removed for a zero e.
func (t Tree) With(path string, e Entry) Tree {
	out := maps.Clone(t)
	if e == (Entry{}) {
		delete(out, path)
	} else {
		out[path] = e
	}
	return out
}

// Origin is a repository made in the test, which a Source clones by its
// local path (Dir) or as file://Dir.
type Origin struct {
	// Dir is the repository's directory, a working tree with .git in it.
	Dir string
	// Repo is the repository, for reading what was committed.
	Repo *git.Repository
	// Author signs the commits that follow; "Ann Curator" at first.
	Author string

	t    testing.TB
	when time.Time
}

// New makes an empty repository whose HEAD is the branch main. Commits
// are dated an hour apart from 2025-03-01 09:00 UTC, so that they sort
// alike everywhere.
func New(t testing.TB) *Origin {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "briefings")
	repo, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	head := plumbing.NewSymbolicReference(plumbing.HEAD, plumbing.NewBranchReferenceName("main"))
	if err := repo.Storer.SetReference(head); err != nil {
		t.Fatal(err)
	}
	return &Origin{Dir: dir, Repo: repo, Author: "Ann Curator", t: t,
		when: time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)}
}

// Head returns the branch's head, or the zero hash.
func (o *Origin) Head(branch string) plumbing.Hash {
	ref, err := o.Repo.Reference(plumbing.NewBranchReferenceName(branch), true)
	if err != nil {
		return plumbing.ZeroHash
	}
	return ref.Hash()
}

// Commit commits files as the whole tree on top of the branch's head
// and returns the commit. The message is msg, then a line of why.
func (o *Origin) Commit(branch, msg string, files Tree) plumbing.Hash {
	o.t.Helper()
	var parents []plumbing.Hash
	if h := o.Head(branch); !h.IsZero() {
		parents = append(parents, h)
	}
	return o.CommitOn(branch, msg, files, parents...)
}

// CommitOn commits files with the given parents and moves the branch to
// it, whatever it pointed to: with a parent other than the head, this is
// a force-push.
func (o *Origin) CommitOn(branch, msg string, files Tree, parents ...plumbing.Hash) plumbing.Hash {
	o.t.Helper()
	o.when = o.when.Add(time.Hour)
	sig := object.Signature{Name: o.Author, Email: "curator@example.org", When: o.when}
	c := &object.Commit{Author: sig, Committer: sig, Message: msg + "\n\nWhy it changed.\n",
		TreeHash: o.writeTree(files), ParentHashes: parents}
	h := o.store(c)
	// Written as git writes it, by renaming a new file into place: go-git
	// truncates the file and writes it, and a poll could read it between.
	// The new file is written outside refs/, where a reader listing the
	// refs would take it for one.
	ref := filepath.Join(o.Dir, ".git", "refs", "heads", filepath.FromSlash(branch))
	tmp := filepath.Join(o.Dir, ".git", "ref.new")
	if err := os.MkdirAll(filepath.Dir(ref), 0o755); err != nil {
		o.t.Fatal(err)
	}
	if err := os.WriteFile(tmp, []byte(h.String()+"\n"), 0o644); err != nil {
		o.t.Fatal(err)
	}
	if err := os.Rename(tmp, ref); err != nil {
		o.t.Fatal(err)
	}
	return h
}

// MoveAway makes the origin unreachable until the returned function puts
// it back.
func (o *Origin) MoveAway() (restore func()) {
	o.t.Helper()
	away := o.Dir + ".away"
	if err := os.Rename(o.Dir, away); err != nil {
		o.t.Fatal(err)
	}
	return func() {
		if err := os.Rename(away, o.Dir); err != nil {
			o.t.Fatal(err)
		}
	}
}

// encoder is a git object that can write itself.
type encoder interface {
	Encode(plumbing.EncodedObject) error
}

func (o *Origin) store(e encoder) plumbing.Hash {
	o.t.Helper()
	obj := o.Repo.Storer.NewEncodedObject()
	if err := e.Encode(obj); err != nil {
		o.t.Fatal(err)
	}
	h, err := o.Repo.Storer.SetEncodedObject(obj)
	if err != nil {
		o.t.Fatal(err)
	}
	return h
}

func (o *Origin) blob(data string) plumbing.Hash {
	o.t.Helper()
	obj := o.Repo.Storer.NewEncodedObject()
	obj.SetType(plumbing.BlobObject)
	w, err := obj.Writer()
	if err != nil {
		o.t.Fatal(err)
	}
	if _, err := io.WriteString(w, data); err != nil {
		o.t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		o.t.Fatal(err)
	}
	h, err := o.Repo.Storer.SetEncodedObject(obj)
	if err != nil {
		o.t.Fatal(err)
	}
	return h
}

// writeTree stores files as nested trees and returns the root's hash.
func (o *Origin) writeTree(files Tree) plumbing.Hash {
	o.t.Helper()
	subs := map[string]Tree{}
	var entries []object.TreeEntry
	for name, e := range files {
		if first, rest, ok := strings.Cut(name, "/"); ok {
			if subs[first] == nil {
				subs[first] = Tree{}
			}
			subs[first][rest] = e
			continue
		}
		h := plumbing.NewHash(e.Data)
		if e.Mode != filemode.Submodule {
			h = o.blob(e.Data)
		}
		entries = append(entries, object.TreeEntry{Name: name, Mode: e.Mode, Hash: h})
	}
	for name, files := range subs {
		entries = append(entries, object.TreeEntry{Name: name, Mode: filemode.Dir, Hash: o.writeTree(files)})
	}
	// git orders a directory as if its name ended in "/".
	key := func(e object.TreeEntry) string {
		if e.Mode == filemode.Dir {
			return e.Name + "/"
		}
		return e.Name
	}
	slices.SortFunc(entries, func(a, b object.TreeEntry) int { return strings.Compare(key(a), key(b)) })
	return o.store(&object.Tree{Entries: entries})
}

// RepoPath is the path of the repository HTTPServer serves.
const RepoPath = "/org/briefings.git"

// HTTPServer serves a repository over git's smart HTTP protocol with
// TLS, as GitHub or GitLab would, and wants basic auth with a token as
// the password.
type HTTPServer struct {
	*httptest.Server
	// RepoURL is the repository's URL: the server's URL and RepoPath.
	RepoURL string
	// CAFile holds the server's certificate in PEM, to trust (ca_file).
	CAFile string

	mu    sync.Mutex
	users []string // the user names that authenticated
}

// NewHTTPServer serves the repository in dir at RepoPath, to clients
// that send token as their password, until the test ends.
func NewHTTPServer(t testing.TB, dir, token string) *HTTPServer {
	t.Helper()
	g := &HTTPServer{}
	up := server.NewServer(plainLoader{})
	ep := &transport.Endpoint{Protocol: "file", Path: dir}
	g.Server = httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		if !ok || pass != token {
			w.Header().Set("WWW-Authenticate", `Basic realm="git"`)
			http.Error(w, "authentication required", http.StatusUnauthorized)
			return
		}
		g.mu.Lock()
		g.users = append(g.users, user)
		g.mu.Unlock()
		sess, err := up.NewUploadPackSession(ep, nil)
		if err != nil {
			http.Error(w, err.Error(), http.StatusNotFound)
			return
		}
		// go-git's in-process session holds nothing to release: its
		// Close always returns nil.
		defer func() { _ = sess.Close() }()
		// A failed write to the response means the client went away;
		// the client's clone or fetch fails and the test says so.
		switch {
		case r.Method == http.MethodGet && r.URL.Path == RepoPath+"/info/refs" && r.URL.Query().Get("service") == "git-upload-pack":
			refs, err := sess.AdvertisedReferencesContext(r.Context())
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			refs.Prefix = [][]byte{[]byte("# service=git-upload-pack"), pktline.Flush}
			w.Header().Set("Content-Type", "application/x-git-upload-pack-advertisement")
			_ = refs.Encode(w)
		case r.Method == http.MethodPost && r.URL.Path == RepoPath+"/git-upload-pack":
			body, err := io.ReadAll(r.Body)
			if err != nil {
				return
			}
			req := packp.NewUploadPackRequest()
			rd := bytes.NewReader(body)
			if err := req.UploadRequest.Decode(rd); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			for sc := pktline.NewScanner(rd); sc.Scan(); {
				if h, ok := bytes.CutPrefix(bytes.TrimSpace(sc.Bytes()), []byte("have ")); ok {
					req.Haves = append(req.Haves, plumbing.NewHash(string(h)))
				}
			}
			resp, err := sess.UploadPack(r.Context(), req)
			if err != nil {
				http.Error(w, err.Error(), http.StatusInternalServerError)
				return
			}
			w.Header().Set("Content-Type", "application/x-git-upload-pack-result")
			_ = resp.Encode(w)
		default:
			http.NotFound(w, r)
		}
	}))
	g.Config.ErrorLog = log.New(io.Discard, "", 0) // the untrusted certificate's handshake
	g.StartTLS()
	t.Cleanup(g.Close)
	g.RepoURL = g.URL + RepoPath
	g.CAFile = filepath.Join(t.TempDir(), "ca.pem")
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: g.Certificate().Raw})
	if err := os.WriteFile(g.CAFile, cert, 0o644); err != nil {
		t.Fatal(err)
	}
	return g
}

// Authenticated returns the user names that authenticated, in order.
func (g *HTTPServer) Authenticated() []string {
	g.mu.Lock()
	defer g.mu.Unlock()
	return slices.Clone(g.users)
}

// plainLoader opens the repository at an endpoint's path afresh for
// each request, so that the server never shares a storer, which is not
// safe for concurrent use, with the test committing to it.
type plainLoader struct{}

// Load opens the repository at ep.Path.
func (plainLoader) Load(ep *transport.Endpoint) (storer.Storer, error) {
	r, err := git.PlainOpen(ep.Path)
	if errors.Is(err, git.ErrRepositoryNotExists) {
		return nil, transport.ErrRepositoryNotFound
	}
	if err != nil {
		return nil, err
	}
	return r.Storer, nil
}
