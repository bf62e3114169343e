package main

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strings"
)

// version and commit name the release and the commit briefbot was built
// from. A release build sets them:
//
//	go build -ldflags "-X main.version=v1.2.0 -X main.commit=$(git rev-parse HEAD)" ./cmd/briefbot
//
// Left empty, they are read from the build information the go command
// stamps into every binary (debug.ReadBuildInfo): the module's version
// and the VCS revision of a build in a git checkout.
var (
	version string
	commit  string
)

// build is what `briefbot version` reports.
type build struct {
	Version  string // v1.2.0, or "devel" for a build that is no release
	Commit   string // "" when unknown
	Modified bool   // the checkout had changes not committed
	Go       string // the Go release that built it
}

// readBuild reads the build's version: -ldflags first, then the build
// information.
func readBuild() build {
	b := build{Version: version, Commit: commit, Go: runtime.Version()}
	if info, ok := debug.ReadBuildInfo(); ok {
		if b.Version == "" {
			b.Version = info.Main.Version
		}
		if commit == "" {
			for _, s := range info.Settings {
				switch s.Key {
				case "vcs.revision":
					b.Commit = s.Value
				case "vcs.modified":
					b.Modified = s.Value == "true"
				}
			}
		}
	}
	if b.Version == "" || b.Version == "(devel)" {
		b.Version = "devel"
	}
	return b
}

// String is the one line `briefbot version` prints: "briefbot v1.2.0
// (commit 0123456789ab, modified) built with go1.26.1 for linux/amd64".
func (b build) String() string {
	var s strings.Builder
	fmt.Fprintf(&s, "briefbot %s", b.Version)
	switch {
	case b.Commit != "" && b.Modified:
		fmt.Fprintf(&s, " (commit %s, modified)", shortCommit(b.Commit))
	case b.Commit != "":
		fmt.Fprintf(&s, " (commit %s)", shortCommit(b.Commit))
	}
	fmt.Fprintf(&s, " built with %s for %s/%s", b.Go, runtime.GOOS, runtime.GOARCH)
	return s.String()
}

// shortCommit shortens a commit hash as git does for people.
func shortCommit(commit string) string {
	if len(commit) > 12 {
		return commit[:12]
	}
	return commit
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := e.flags("version")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
	}
	_, err := io.WriteString(e.stdout, readBuild().String()+"\n")
	return err
}
