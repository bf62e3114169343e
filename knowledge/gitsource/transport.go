package gitsource

import (
	"errors"
	"os"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/plumbing/transport"
	"github.com/go-git/go-git/v5/plumbing/transport/client"
	"github.com/go-git/go-git/v5/plumbing/transport/server"
)

// init serves file:// URLs and local paths in process. go-git's own file
// transport runs the git-upload-pack binary, which the container image
// does not have; its in-process server reads the repository with go-git
// itself. go-git keeps one table of transports per process, read without
// a lock, so it is changed here, before anything can be using it.
func init() {
	client.InstallProtocol("file", server.NewClient(localRepos{}))
}

// localRepos opens a local repository, bare or not, for the in-process
// server.
type localRepos struct{}

// Load opens the repository at ep.Path.
func (localRepos) Load(ep *transport.Endpoint) (storer.Storer, error) {
	r, err := git.PlainOpenWithOptions(ep.Path, &git.PlainOpenOptions{EnableDotGitCommonDir: true})
	if err != nil {
		if errors.Is(err, git.ErrRepositoryNotExists) || errors.Is(err, os.ErrNotExist) {
			return nil, transport.ErrRepositoryNotFound
		}
		return nil, err
	}
	return r.Storer, nil
}
