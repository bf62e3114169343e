package discord

import (
	"net/http"
	"net/url"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// rewrite sends discordgo's requests to the configured API URL. discordgo
// computes its endpoints from https://discord.com/api/v9/ when the package
// loads, so changing the address the requests go to is the one way to
// point it at a proxy or a local fake. The gateway follows, because
// discordgo dials the URL that GET {api}gateway returns.
type rewrite struct {
	base http.RoundTripper
	api  *url.URL // ends in "/"
}

func (t rewrite) RoundTrip(req *http.Request) (*http.Response, error) {
	from := discordgo.EndpointAPI
	u := req.URL.String()
	if !strings.HasPrefix(u, from) || from == t.api.String() {
		return t.base.RoundTrip(req)
	}
	to, err := url.Parse(t.api.String() + u[len(from):])
	if err != nil {
		if req.Body != nil {
			// A RoundTripper closes the body even when it fails; the
			// request was never sent, so nothing is lost if this fails.
			_ = req.Body.Close()
		}
		// The path may hold an interaction token: name the base only.
		return nil, &url.Error{Op: req.Method, URL: t.api.String(), Err: err}
	}
	out := req.Clone(req.Context())
	out.URL = to
	out.Host = ""
	return t.base.RoundTrip(out)
}

// client returns a copy of base whose requests go to api.
func client(base *http.Client, api *url.URL) *http.Client {
	c := &http.Client{Timeout: defaultTimeout}
	if base != nil {
		*c = *base
	}
	rt := c.Transport
	if rt == nil {
		rt = http.DefaultTransport
	}
	c.Transport = rewrite{base: rt, api: api}
	return c
}

// dialled makes err name the address its request went to: net/http names
// the URL discordgo asked for, under https://discord.com/api/v9/,
// whatever discord.api_url says.
func (a *Adapter) dialled(err error) error {
	if err == nil {
		return nil
	}
	return dialledError{err, discordgo.EndpointAPI, a.api}
}

// dialledError is an error whose message names the REST base to rather
// than from.
type dialledError struct {
	err      error
	from, to string // the REST bases
}

func (d dialledError) Error() string {
	if d.from == d.to {
		return d.err.Error()
	}
	return strings.ReplaceAll(d.err.Error(), d.from, d.to)
}

func (d dialledError) Unwrap() error { return d.err }
