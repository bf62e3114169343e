package gitsource

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-git/go-git/v5/plumbing/transport"

	"github.com/briefbot/briefbot/knowledge/gitsource/gitsourcetest"
)

// repoPath is where the test servers serve the repository.
const repoPath = gitsourcetest.RepoPath

// TestHTTPSCredentials clones over https with a token given in the
// config or in the URL, and checks that the token shows nowhere: not in
// errors, statuses, logs, nor the files of the cache directory.
func TestHTTPSCredentials(t *testing.T) {
	const token = "ghp_S3cretT0kenValue"
	o := newOrigin(t)
	o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	g := gitsourcetest.NewHTTPServer(t, o.dir, token)
	withUser := strings.Replace(g.RepoURL, "https://", "https://bot:"+token+"@", 1)

	var shown []string // everything a log or a reply could show
	show := func(v ...any) {
		var buf bytes.Buffer
		l := slog.New(slog.NewTextHandler(&buf, nil))
		for _, x := range v {
			shown = append(shown, fmt.Sprint(x), fmt.Sprintf("%+v", x))
			l.Info("x", "v", x)
		}
		shown = append(shown, buf.String())
	}

	tests := []struct {
		name     string
		cfg      Config
		wantUser string // the user that authenticates, or "" for a failure
		wantErr  string
	}{
		{"token in the config", Config{URL: g.RepoURL, Token: token}, "x-access-token", ""},
		{"token in the config, user in the URL", Config{URL: strings.Replace(g.RepoURL, "https://", "https://curator@", 1), Token: token}, "curator", ""},
		{"token in the URL", Config{URL: withUser}, "bot", ""},
		{"wrong token", Config{URL: g.RepoURL, Token: "wrong-" + token}, "", "authentication required: the credentials were refused"},
		{"wrong token in the URL", Config{URL: strings.Replace(withUser, token, token+"x", 1)}, "", "authentication required: the credentials were refused"},
		{"no token", Config{URL: g.RepoURL}, "", "authentication required: set a token (token_env) for https or a key (ssh_key_file) for ssh"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := tt.cfg
			cfg.Branch, cfg.CAFile, cfg.CacheDir = "main", g.CAFile, filepath.Join(t.TempDir(), "cache")
			before := len(g.Authenticated())
			src, u, err := Open(context.Background(), cfg)
			show(cfg, err)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("Open(%v) = %v, want an error with %q", cfg, err, tt.wantErr)
				}
				if _, _, err := Check(context.Background(), cfg); err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Check(%v) = %v, want an error with %q", cfg, err, tt.wantErr)
				} else {
					show(err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open(%v): %v", cfg, err)
			}
			if users := g.Authenticated()[before:]; len(users) == 0 || users[0] != tt.wantUser {
				t.Errorf("the server saw users %v, want %s", users, tt.wantUser)
			}
			accept(t, src, u)
			o.commit("main", "Add b", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc)})
			u = update(t, src)
			show(u, src.Status(), src.String())
			if len(u.Since) != 1 {
				t.Errorf("Update over https listed %v, want one commit", subjects(u.Since))
			}
			c, _, err := Check(context.Background(), cfg)
			if err != nil || c.Hash != u.Head.Hash {
				t.Errorf("Check over https = %v, %v; want %s", c, err, u.Head.Short())
			}
			// The server goes away: the errors and the status name it, not
			// the token.
			cfg.URL = strings.Replace(cfg.URL, repoPath, "/gone.git", 1)
			_, _, err = Open(context.Background(), cfg)
			show(err)
			if err == nil {
				t.Errorf("Open(%v) of a missing repository succeeded", cfg)
			}
			checkFiles(t, cfg.CacheDir, token)
		})
	}
	t.Run("untrusted certificate", func(t *testing.T) {
		cfg := Config{URL: withUser, Branch: "main", CacheDir: t.TempDir()}
		_, _, err := Open(context.Background(), cfg)
		show(err)
		if err == nil || !strings.Contains(err.Error(), "certificate") {
			t.Errorf("Open without the CA = %v, want a certificate error", err)
		}
	})
	t.Run("server down", func(t *testing.T) {
		cfg := Config{URL: withUser, Branch: "main", CacheDir: t.TempDir(), CAFile: g.CAFile}
		src, u := open(t, cfg)
		accept(t, src, u)
		g.Close()
		_, u = open(t, cfg)
		show(u.Stale, u)
		if u.Stale == nil || !strings.Contains(u.Stale.Error(), "serving cached commit "+u.Head.Short()+" because: fetch https://bot:[redacted]@127.0.0.1") {
			t.Errorf("Open with the server down: stale %v", u.Stale)
		}
		_, err := src.Update(context.Background())
		show(err, src.Status())
		if err == nil {
			t.Error("Update with the server down succeeded")
		}
	})
	for _, s := range shown {
		if strings.Contains(s, token) || strings.Contains(s, "S3cretT0ken") {
			t.Errorf("shown: %q holds the token", s)
		}
	}
	if len(shown) < 20 {
		t.Errorf("only %d things were shown; the test lost its way", len(shown))
	}
}

// checkFiles checks that no file under dir holds secret.
func checkFiles(t *testing.T, dir, secret string) {
	t.Helper()
	n := 0
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		n++
		if bytes.Contains(data, []byte(secret)) {
			t.Errorf("%s holds the token", p)
		}
		return nil
	})
	if err != nil || n < 3 {
		t.Errorf("checked %d files in %s: %v", n, dir, err)
	}
}

// TestGitErrorRedacts removes secrets from go-git's own words, should
// they carry any: a URL with a password, the token, the passphrase.
func TestGitErrorRedacts(t *testing.T) {
	s, err := newSource(Config{URL: "https://bot:pa55word@host/org/b.git", Branch: "main", Token: ""})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(s.url, "pa55word") {
		t.Errorf("the clone would record the password: %s", s.url)
	}
	s.cfg.Token, s.cfg.SSHKeyPassphrase = "t0ken/with+signs", "passphr4se"
	cause := fmt.Errorf("Get \"https://x:pa55word@host/org/b.git/info/refs\": token %s, %s, escaped %s; key %s: %w",
		"t0ken/with+signs", "t0ken%2Fwith+signs", "t0ken%2Fwith%2Bsigns", "passphr4se", transport.ErrAuthorizationFailed)
	err = s.gitError("fetch", cause)
	for _, secret := range []string{"pa55word", "t0ken", "passphr4se"} {
		if strings.Contains(err.Error(), secret) {
			t.Errorf("gitError = %q, shows %s", err, secret)
		}
	}
	if !errors.Is(err, transport.ErrAuthorizationFailed) || errors.Unwrap(err) != nil {
		t.Errorf("gitError = %v: want errors.Is to see the cause and nothing to unwrap it", err)
	}
}
