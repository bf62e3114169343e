package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"time"

	"github.com/briefbot/briefbot/config"
)

// defaultHealthURL is what health checks without a config file.
const defaultHealthURL = "http://127.0.0.1:8080/healthz"

// runHealth asks a running briefbot's /healthz, at the address its config
// file listens on: container images have no curl, so the binary checks
// itself, and a config that moves http.listen moves the check with it.
func runHealth(ctx context.Context, e *env, args []string) error {
	fs := e.flags("health")
	path := fs.String("config", e.getenv("BRIEFBOT_CONFIG"), "configuration `file` whose http.listen to check; default $BRIEFBOT_CONFIG")
	url := fs.String("url", "", "health `URL` to check instead; without a config file, "+defaultHealthURL)
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
	}
	if *url == "" {
		*url = defaultHealthURL
		if *path != "" {
			cfg, err := config.Load(*path)
			if err != nil {
				return err
			}
			if *url, err = healthURL(cfg.HTTP.Listen); err != nil {
				return fmt.Errorf("%s: %w", *path, err)
			}
		}
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, *url, nil)
	if err != nil {
		return fmt.Errorf("--url: %w", err)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	_, err = io.Copy(io.Discard, resp.Body)
	if cerr := resp.Body.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("reading the answer of %s: %w", *url, err)
	}
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", *url, resp.Status)
	}
	_, err = io.WriteString(e.stdout, "ok\n")
	return err
}

// healthURL is the /healthz URL of a server listening on listen, as seen
// from the same machine: a server listening on every interface is asked
// on the loopback address.
func healthURL(listen string) (string, error) {
	if listen == "" {
		return "", errors.New("http.listen is not set: briefbot runs no HTTP server to check")
	}
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("http.listen: %w", err)
	}
	switch host {
	case "", "0.0.0.0":
		host = "127.0.0.1"
	case "::":
		host = "::1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}
