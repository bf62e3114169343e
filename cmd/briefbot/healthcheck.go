package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"time"
)

// runHealth asks a running briefbot's /healthz. Container images have no
// curl; the binary checks itself.
func runHealth(ctx context.Context, e *env, args []string) error {
	fs := e.flags("health")
	url := fs.String("url", "http://127.0.0.1:8080/healthz", "health `URL` of the running bot")
	if err := e.parse(fs, args); err != nil {
		return err
	}
	if err := e.noArgs(fs); err != nil {
		return err
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
