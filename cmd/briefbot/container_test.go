package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// The image cannot be built here (no Docker engine), so these tests check
// what can be checked without one: the Dockerfile's instructions, the
// build context .dockerignore leaves, and the binary run as the image
// runs it.

// dockerfile is the instructions of the Dockerfile: each a keyword and
// its arguments, continuation lines joined.
type dockerfile [][2]string

func readDockerfile(t *testing.T) dockerfile {
	t.Helper()
	b, err := os.ReadFile("../../Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	var out dockerfile
	text := strings.ReplaceAll(string(b), "\\\n", " ")
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kw, args, _ := strings.Cut(line, " ")
		out = append(out, [2]string{strings.ToUpper(kw), strings.Join(strings.Fields(args), " ")})
	}
	return out
}

// all returns the arguments of every instruction kw, in order.
func (d dockerfile) all(kw string) []string {
	var out []string
	for _, in := range d {
		if in[0] == kw {
			out = append(out, in[1])
		}
	}
	return out
}

// exec returns the JSON (exec form) arguments of the last instruction kw.
func (d dockerfile) exec(t *testing.T, kw string) []string {
	t.Helper()
	all := d.all(kw)
	if len(all) == 0 {
		t.Fatalf("the Dockerfile has no %s", kw)
	}
	args := all[len(all)-1]
	if kw == "HEALTHCHECK" {
		_, args, _ = strings.Cut(args, "CMD ")
	}
	var out []string
	if err := json.Unmarshal([]byte(args), &out); err != nil {
		t.Fatalf("%s %s is not in exec form: %v", kw, args, err)
	}
	return out
}

// env returns the variables the Dockerfile's ENV instructions set.
func (d dockerfile) env() map[string]string {
	out := map[string]string{}
	for _, args := range d.all("ENV") {
		for _, kv := range strings.Fields(args) {
			if k, v, ok := strings.Cut(kv, "="); ok {
				out[k] = v
			}
		}
	}
	return out
}

// TestDockerfile checks the Dockerfile against what it must agree with:
// the builder is go.mod's toolchain, the binary is stamped with its
// version, the shipped config is the one in config/, the port exposed is
// the one it listens on, and the health check asks the binary.
func TestDockerfile(t *testing.T) {
	d := readDockerfile(t)
	gomod, err := os.ReadFile("../../go.mod")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^toolchain go(\S+)$`).FindSubmatch(gomod)
	if m == nil {
		t.Fatal("go.mod has no toolchain line")
	}
	if want := "GO_IMAGE=golang:" + string(m[1]) + "-"; !slices.ContainsFunc(d.all("ARG"), func(a string) bool { return strings.HasPrefix(a, want) }) {
		t.Errorf("the builder image is not golang:%s, the toolchain go.mod names: ARG %q", m[1], d.all("ARG"))
	}
	build := strings.Join(d.all("RUN"), "\n")
	for _, want := range []string{"-X main.version=${VERSION}", "-X main.commit=${COMMIT}", "CGO_ENABLED=0"} {
		if !strings.Contains(build+strings.Join(d.all("ENV"), " "), want) {
			t.Errorf("the build does not set %s", want)
		}
	}
	env := d.env()
	if env["GOTOOLCHAIN"] != "local" {
		t.Errorf("GOTOOLCHAIN = %q in the builder, want local: the image's Go, not one downloaded", env["GOTOOLCHAIN"])
	}
	if !slices.Contains(d.all("COPY"), "config/container.yaml "+env["BRIEFBOT_CONFIG"]) {
		t.Errorf("the image does not ship config/container.yaml as $BRIEFBOT_CONFIG (%s): COPY %q", env["BRIEFBOT_CONFIG"], d.all("COPY"))
	}
	cfg, err := config.Load("../../config/container.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(cfg.HTTP.Listen)
	if host, _, _ := net.SplitHostPort(cfg.HTTP.Listen); host != "" || !slices.Contains(d.all("EXPOSE"), port) {
		t.Errorf("the config listens on %q, the image exposes %q: want every interface and the same port", cfg.HTTP.Listen, d.all("EXPOSE"))
	}
	if cfg.Knowledge.Dir != "" {
		t.Errorf("the image's config sets knowledge.dir %q, want it unset to serve the /knowledge mount", cfg.Knowledge.Dir)
	}
	if got, want := d.exec(t, "HEALTHCHECK"), append(d.exec(t, "ENTRYPOINT"), "health"); !slices.Equal(got, want) {
		t.Errorf("HEALTHCHECK CMD %q, want %q: the binary checking the address its config names", got, want)
	}
}

// TestImageServes runs the binary as the image does (its entrypoint and
// command, in its environment, with its config and a knowledge
// directory mounted) and checks that it is ready and that the image's
// health check passes. Only the port differs: the test's own, free one.
func TestImageServes(t *testing.T) {
	d := readDockerfile(t)
	shipped, err := os.ReadFile("../../config/container.yaml")
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(ln.Addr().String())
	if err := ln.Close(); err != nil {
		t.Fatal(err)
	}
	conf := filepath.Join(t.TempDir(), "briefbot.yaml")
	if err := os.WriteFile(conf, bytes.ReplaceAll(shipped, []byte(`":8080"`), []byte(`":`+port+`"`)), 0o600); err != nil {
		t.Fatal(err)
	}
	kb := copyDir(t, filepath.Join("testdata", "e2e", "knowledge"))
	imageEnv := d.env()
	env := []string{"BRIEFBOT_CONFIG=" + conf, "BRIEFBOT_KNOWLEDGE=" + kb}
	if imageEnv["BRIEFBOT_CONFIG"] == "" || imageEnv["BRIEFBOT_KNOWLEDGE"] == "" {
		t.Fatalf("the image sets no BRIEFBOT_CONFIG or BRIEFBOT_KNOWLEDGE: ENV %v", imageEnv)
	}

	args := append(d.exec(t, "ENTRYPOINT")[1:], d.exec(t, "CMD")...)
	p := startWith(t, args, env)
	p.eventually(t, "/readyz to say ready", func() bool {
		code, _ := p.get(t, "/readyz")
		return code == http.StatusOK
	})
	if _, body := p.get(t, "/readyz"); !strings.Contains(body, "2 documents") {
		t.Errorf("GET /readyz = %q, want the 2 documents of the mounted knowledge", body)
	}

	health := exec.Command(binary, d.exec(t, "HEALTHCHECK")[1:]...)
	health.Env = env
	if out, err := health.CombinedOutput(); err != nil || string(out) != "ok\n" {
		t.Errorf("the image's health check: %v, %q; want it to pass", err, out)
	}

	if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	select {
	case <-p.done:
	case <-time.After(bottest.Patience):
		t.Fatal("briefbot did not stop on SIGTERM")
	}
	if p.err != nil {
		t.Errorf("briefbot exited with %v after SIGTERM, want 0", p.err)
	}
	health = exec.Command(binary, d.exec(t, "HEALTHCHECK")[1:]...)
	health.Env = env
	if err := health.Run(); err == nil {
		t.Errorf("the health check passed with briefbot stopped")
	}
}

// TestDockerignore checks the build context .dockerignore leaves: the
// files the binary is built from, and none of .git, local configs,
// secrets or test data.
func TestDockerignore(t *testing.T) {
	b, err := os.ReadFile("../../.dockerignore")
	if err != nil {
		t.Fatal(err)
	}
	var patterns []string
	for _, line := range strings.Split(string(b), "\n") {
		if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
			patterns = append(patterns, line)
		}
	}
	// Everything the image's build reads: go.mod, go.sum, the shipped
	// config, and each file of each package the binary is built from.
	out, err := exec.Command("go", "list", "-deps", "-f", `{{if not .Standard}}{{$d := .Dir}}{{range .GoFiles}}{{$d}}/{{.}}
{{end}}{{range .EmbedFiles}}{{$d}}/{{.}}
{{end}}{{end}}`, ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	need := []string{"go.mod", "go.sum", "config/container.yaml"}
	for _, f := range strings.Fields(string(out)) {
		if rel, err := filepath.Rel(root, f); err == nil && !strings.HasPrefix(rel, "..") {
			need = append(need, filepath.ToSlash(rel))
		}
	}
	if len(need) < 20 {
		t.Fatalf("go list found %d files of the module, want the binary's sources", len(need))
	}
	for _, f := range need {
		if ignored(patterns, f) {
			t.Errorf(".dockerignore leaves out %s, which the build needs", f)
		}
	}
	for _, f := range []string{".git/config", ".git", "briefbot.yaml", ".env", "secrets/slack-token",
		"knowledge/testdata/eval/questions.tsv", "cmd/briefbot/main_test.go", ".ci/run"} {
		if !ignored(patterns, f) {
			t.Errorf(".dockerignore lets %s into the build context", f)
		}
	}
}

// ignored reports whether .dockerignore's patterns leave path out of the
// build context, as Docker reads them: the last pattern that matches the
// path or a directory above it decides, "!" lets back in, and "**/"
// matches any number of directories.
func ignored(patterns []string, path string) bool {
	out := false
	for _, p := range patterns {
		neg := strings.HasPrefix(p, "!")
		p = strings.TrimPrefix(p, "!")
		if matchOrParent(p, path) {
			out = !neg
		}
	}
	return out
}

func matchOrParent(pattern, path string) bool {
	parts := strings.Split(path, "/")
	for n := len(parts); n > 0; n-- {
		p := strings.Join(parts[:n], "/")
		if rest, ok := strings.CutPrefix(pattern, "**/"); ok {
			segs := strings.Split(p, "/")
			for i := range segs {
				if ok, _ := filepath.Match(rest, strings.Join(segs[i:], "/")); ok {
					return true
				}
			}
			continue
		}
		if ok, _ := filepath.Match(pattern, p); ok {
			return true
		}
	}
	return false
}

func TestHealthURL(t *testing.T) {
	tests := []struct {
		listen, want string
		wantErr      bool
	}{
		{":8080", "http://127.0.0.1:8080/healthz", false},
		{"0.0.0.0:9000", "http://127.0.0.1:9000/healthz", false},
		{"[::]:9000", "http://[::1]:9000/healthz", false},
		{"10.1.2.3:80", "http://10.1.2.3:80/healthz", false},
		{"", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.listen, func(t *testing.T) {
			got, err := healthURL(tt.listen)
			if got != tt.want || (err != nil) != tt.wantErr {
				t.Errorf("healthURL(%q) = %q, %v; want %q, error %v", tt.listen, got, err, tt.want, tt.wantErr)
			}
		})
	}
}
