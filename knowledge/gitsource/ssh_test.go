package gitsource

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/format/pktline"
	"github.com/go-git/go-git/v5/plumbing/protocol/packp"
	"github.com/go-git/go-git/v5/plumbing/transport"
	"github.com/go-git/go-git/v5/plumbing/transport/server"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"
)

// sshServer serves a repository over ssh as git hosts do: it runs
// git-upload-pack for the user git with an authorized key, here with
// go-git's upload-pack in process.
type sshServer struct {
	addr       string // 127.0.0.1:port
	url        string // ssh://git@127.0.0.1:port/org/briefings.git
	knownHosts string // a known_hosts file with the server's host key
	wg         sync.WaitGroup
}

func newSSHServer(t *testing.T, dir string, authorized ssh.PublicKey) *sshServer {
	t.Helper()
	_, hostKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := ssh.NewSignerFromKey(hostKey)
	if err != nil {
		t.Fatal(err)
	}
	cfg := &ssh.ServerConfig{PublicKeyCallback: func(c ssh.ConnMetadata, key ssh.PublicKey) (*ssh.Permissions, error) {
		if c.User() == "git" && bytes.Equal(key.Marshal(), authorized.Marshal()) {
			return nil, nil
		}
		return nil, errors.New("unknown key")
	}}
	cfg.AddHostKey(signer)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &sshServer{addr: ln.Addr().String(), url: fmt.Sprintf("ssh://git@%s%s", ln.Addr(), repoPath)}
	t.Cleanup(func() {
		if err := ln.Close(); err != nil {
			t.Errorf("closing the ssh server: %v", err)
		}
		s.wg.Wait()
	})
	s.knownHosts = filepath.Join(t.TempDir(), "known_hosts")
	line := knownhosts.Line([]string{knownhosts.Normalize(ln.Addr().String())}, signer.PublicKey())
	if err := os.WriteFile(s.knownHosts, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s.wg.Go(func() {
		for {
			conn, err := ln.Accept()
			if err != nil {
				return
			}
			s.wg.Go(func() { s.serve(conn, cfg, dir) })
		}
	})
	return s
}

// serve serves one client. Its writes to the client are not checked: one
// fails only when the client has gone, and the client's clone or fetch
// then fails, which is what the test checks. Closing reports the same,
// or that the client closed first.
func (s *sshServer) serve(conn net.Conn, cfg *ssh.ServerConfig, dir string) {
	defer func() { _ = conn.Close() }()
	sc, chans, reqs, err := ssh.NewServerConn(conn, cfg)
	if err != nil {
		return
	}
	defer func() { _ = sc.Close() }()
	go ssh.DiscardRequests(reqs)
	for nc := range chans {
		if nc.ChannelType() != "session" {
			_ = nc.Reject(ssh.UnknownChannelType, "sessions only")
			continue
		}
		ch, reqs, err := nc.Accept()
		if err != nil {
			return
		}
		s.wg.Go(func() {
			defer func() { _ = ch.Close() }()
			for req := range reqs {
				var exec struct{ Command string }
				if req.Type != "exec" || ssh.Unmarshal(req.Payload, &exec) != nil {
					_ = req.Reply(false, nil)
					continue
				}
				_ = req.Reply(true, nil)
				status := uint32(0)
				if exec.Command != "git-upload-pack '"+repoPath+"'" {
					_, _ = fmt.Fprintf(ch.Stderr(), "fatal: '%s' does not appear to be a git repository\n", exec.Command)
					status = 128
				} else if err := uploadPack(ch, dir); err != nil {
					_, _ = fmt.Fprintf(ch.Stderr(), "fatal: %v\n", err)
					status = 1
				} else {
					// The client closes its input after "done", and
					// go-git fails the clone if the channel is closed
					// first: wait for it, as a slower server would.
					_, _ = io.Copy(io.Discard, ch)
				}
				_, _ = ch.SendRequest("exit-status", false, ssh.Marshal(struct{ Status uint32 }{status}))
				return
			}
		})
	}
}

// uploadPack speaks git's stateful upload-pack protocol over rw.
func uploadPack(rw io.ReadWriter, dir string) error {
	sess, err := server.NewServer(localRepos{}).NewUploadPackSession(&transport.Endpoint{Protocol: "file", Path: dir}, nil)
	if err != nil {
		return err
	}
	defer func() { _ = sess.Close() }() // go-git's in-process session: always nil
	refs, err := sess.AdvertisedReferences()
	if err != nil {
		return err
	}
	if err := refs.Encode(rw); err != nil {
		return err
	}
	req := packp.NewUploadPackRequest()
	if err := req.UploadRequest.Decode(rw); err != nil {
		return nil // a lone flush: the client wants nothing
	}
	for sc := pktline.NewScanner(rw); sc.Scan(); {
		line := bytes.TrimSpace(sc.Bytes())
		if h, ok := bytes.CutPrefix(line, []byte("have ")); ok {
			req.Haves = append(req.Haves, plumbing.NewHash(string(h)))
		}
		if string(line) == "done" {
			break
		}
	}
	resp, err := sess.UploadPack(context.Background(), req)
	if err != nil {
		return err
	}
	return resp.Encode(rw)
}

// sshKey writes a new ed25519 key to a file, encrypted with passphrase
// unless it is "".
func sshKey(t *testing.T, passphrase string) (file string, public ssh.PublicKey) {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	var block *pem.Block
	if passphrase == "" {
		block, err = ssh.MarshalPrivateKey(priv, "")
	} else {
		block, err = ssh.MarshalPrivateKeyWithPassphrase(priv, "", []byte(passphrase))
	}
	if err != nil {
		t.Fatal(err)
	}
	file = filepath.Join(t.TempDir(), "id_ed25519")
	if err := os.WriteFile(file, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	public, err = ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return file, public
}

// TestSSHKey clones and fetches over ssh with an encrypted key file,
// checks the server's host key, and never shows the passphrase.
func TestSSHKey(t *testing.T) {
	const passphrase = "c0rrect-h0rse"
	o := newOrigin(t)
	o.commit("main", "Add a", tree{"a.md": regular(goodDoc)})
	key, public := sshKey(t, passphrase)
	srv := newSSHServer(t, o.dir, public)
	otherKey, _ := sshKey(t, "")
	// known_hosts with another key for the server's address.
	_, otherHostKey := sshKey(t, "")
	otherHosts := filepath.Join(t.TempDir(), "known_hosts")
	line := knownhosts.Line([]string{knownhosts.Normalize(srv.addr)}, otherHostKey)
	if err := os.WriteFile(otherHosts, []byte(line+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name    string
		change  func(*Config)
		wantErr string // "" for a clone that works
	}{
		{"key and passphrase", func(*Config) {}, ""},
		{"wrong passphrase", func(c *Config) { c.SSHKeyPassphrase = "wrong-" + passphrase }, "ssh_key_file: " + key + ": wrong passphrase (ssh_key_passphrase_env)"},
		{"no passphrase", func(c *Config) { c.SSHKeyPassphrase = "" }, "ssh_key_file: " + key + ": the key is encrypted: name the variable holding its passphrase in ssh_key_passphrase_env"},
		{"missing key", func(c *Config) { c.SSHKeyFile = key + ".missing" }, "ssh_key_file: " + key + ".missing: "},
		{"key the server does not know", func(c *Config) { c.SSHKeyFile, c.SSHKeyPassphrase = otherKey, "" }, "unable to authenticate"},
		{"host key not known", func(c *Config) { c.SSHKnownHosts = otherHosts }, "knownhosts: key mismatch"},
		{"missing known_hosts", func(c *Config) { c.SSHKnownHosts = otherHosts + ".missing" }, "ssh_known_hosts: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cfg := Config{URL: srv.url, Branch: "main", CacheDir: filepath.Join(t.TempDir(), "cache"),
				SSHKeyFile: key, SSHKeyPassphrase: passphrase, SSHKnownHosts: srv.knownHosts}
			tt.change(&cfg)
			src, u, err := Open(context.Background(), cfg)
			if err != nil && strings.Contains(err.Error(), passphrase) {
				t.Errorf("Open error shows the passphrase: %v", err)
			}
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Errorf("Open(%v) = %v, want an error with %q", cfg, err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("Open(%v): %v", cfg, err)
			}
			accept(t, src, u)
			h := o.commit("main", "Add b", tree{"a.md": regular(goodDoc), "b.md": regular(goodDoc)})
			u = update(t, src)
			if u.Head.Hash != h.String() || len(u.Since) != 1 {
				t.Errorf("Update over ssh = %v, since %v; want %s", u.Head, subjects(u.Since), short(h))
			}
			if u := update(t, src); u.Head.Hash != h.String() {
				t.Errorf("Update over ssh with nothing new = %v", u.Head)
			}
			if c, _, err := Check(context.Background(), cfg); err != nil || c.Hash != h.String() {
				t.Errorf("Check over ssh = %v, %v; want %s", c, err, short(h))
			}
			if s := fmt.Sprintf("%v %+v %s", cfg, cfg, src.Status()); strings.Contains(s, passphrase) {
				t.Errorf("shown: %q", s)
			}
		})
	}
}
