package slack

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/briefbot/briefbot/adapters/slack/slacktest"
	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/bot/bottest"
	"github.com/briefbot/briefbot/config"
)

// Slack's documented signing example
// (https://api.slack.com/authentication/verifying-requests-from-slack).
const (
	exampleTimestamp = "1531420618"
	exampleBody      = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c"
	exampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"
)

// exampleTime is when Slack sent its example request.
var exampleTime = time.Unix(1531420618, 0)

func exampleHeader(ts, sig string) http.Header {
	h := http.Header{}
	if ts != "" {
		h.Set("X-Slack-Request-Timestamp", ts)
	}
	if sig != "" {
		h.Set("X-Slack-Signature", sig)
	}
	return h
}

func TestVerify(t *testing.T) {
	tests := []struct {
		name   string
		header http.Header
		body   string
		secret string
		now    time.Time
		want   error
	}{
		{"slack's example", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, testSecret, exampleTime, nil},
		{"within the window", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, testSecret, exampleTime.Add(5 * time.Minute), nil},
		{"clock behind", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, testSecret, exampleTime.Add(-5 * time.Minute), nil},
		{"stale", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, testSecret, exampleTime.Add(5*time.Minute + time.Second), errStale},
		{"from the future", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, testSecret, exampleTime.Add(-6 * time.Minute), errStale},
		{"tampered body", exampleHeader(exampleTimestamp, exampleSignature), strings.Replace(exampleBody, "text=", "text=reload", 1), testSecret, exampleTime, errBadSignature},
		{"other secret", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, "another-secret", exampleTime, errBadSignature},
		{"timestamp changed", exampleHeader("1531420619", exampleSignature), exampleBody, testSecret, exampleTime, errBadSignature},
		{"no version", exampleHeader(exampleTimestamp, strings.TrimPrefix(exampleSignature, "v0=")), exampleBody, testSecret, exampleTime, errBadSignature},
		{"not hex", exampleHeader(exampleTimestamp, "v0=zz"), exampleBody, testSecret, exampleTime, errBadSignature},
		{"no signature", exampleHeader(exampleTimestamp, ""), exampleBody, testSecret, exampleTime, errMissingHeaders},
		{"no timestamp", exampleHeader("", exampleSignature), exampleBody, testSecret, exampleTime, errMissingHeaders},
		{"no secret", exampleHeader(exampleTimestamp, exampleSignature), exampleBody, "", exampleTime, errNoSecret},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := verify(tt.header, []byte(tt.body), tt.secret, tt.now)
			if !errors.Is(got, tt.want) {
				t.Errorf("verify() = %v, want %v", got, tt.want)
			}
		})
	}
	t.Run("timestamp not a number", func(t *testing.T) {
		if err := verify(exampleHeader("noon", exampleSignature), []byte(exampleBody), testSecret, exampleTime); err == nil {
			t.Errorf("verify() = nil, want an error")
		}
	})
}

// sign returns the headers of a request Slack signed at ts.
func sign(body string, ts time.Time) http.Header {
	s := strconv.FormatInt(ts.Unix(), 10)
	mac := hmac.New(sha256.New, []byte(testSecret))
	mac.Write([]byte("v0:" + s + ":" + body))
	return exampleHeader(s, "v0="+hex.EncodeToString(mac.Sum(nil)))
}

func eventBody(eventID string, event map[string]any) string {
	payload := slacktest.EventEnvelope("", eventID, event)["payload"]
	b, _ := json.Marshal(payload)
	return string(b)
}

func formBody(fields map[string]any) string {
	v := url.Values{}
	for k, x := range fields {
		v.Set(k, x.(string))
	}
	return v.Encode()
}

func interactionBody(payload map[string]any) string {
	b, _ := json.Marshal(payload)
	return url.Values{"payload": {string(b)}}.Encode()
}

// TestHTTPMode drives the adapter's HTTP endpoints with signed and
// unsigned requests, as Slack and an attacker would send them.
func TestHTTPMode(t *testing.T) {
	f := slacktest.NewServer(t)
	now := time.Unix(1700000000, 0)
	a := newTestAdapter(t, f, config.HTTPMode, func(c *config.Slack, o *Options) { o.Now = func() time.Time { return now } })
	mux := http.NewServeMux()
	a.Register(mux)
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)

	post := func(t *testing.T, path, body string, header http.Header) (int, string) {
		t.Helper()
		req, err := http.NewRequest(http.MethodPost, srv.URL+path, strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range header {
			req.Header[k] = v
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("POST %s: %v", path, err)
		}
		b, err := io.ReadAll(resp.Body)
		if err == nil {
			err = resp.Body.Close()
		}
		if err != nil {
			t.Fatalf("POST %s: reading the answer: %v", path, err)
		}
		return resp.StatusCode, string(b)
	}

	mentionBody := eventBody("Ev1", mention("100.1", "", "C1", "<@UBOT> what is apollo?"))
	t.Run("before Run", func(t *testing.T) {
		if code, _ := post(t, "/slack/events", mentionBody, sign(mentionBody, now)); code != http.StatusServiceUnavailable {
			t.Errorf("status = %d, want %d", code, http.StatusServiceUnavailable)
		}
		if a.Connected() {
			t.Errorf("Connected() = true before Run, want false")
		}
	})

	in := newInbox(a.Adapter, answer)
	stop := start(t, a.Adapter, in)
	bottest.Eventually(t, "Run is taking requests", a.Connected)

	mentionMsg := bot.Message{Platform: Platform, ChannelID: "C1", ThreadID: "100.1", EventID: "Ev1", MessageID: "100.1", UserID: "U1", UserName: "U1", Via: bot.Mention, Text: "what is apollo?"}
	slash := formBody(slashCommand("what is apollo", f.ResponseURL("r1")))
	click := interactionBody(shareClick("what is apollo", f.ResponseURL("r2")))
	tampered := strings.Replace(mentionBody, "what is apollo?", "reload", 1)
	retried := sign(mentionBody, now)
	retried.Set("X-Slack-Retry-Num", "1")
	retried.Set("X-Slack-Retry-Reason", "http_timeout")
	unsubscribed := eventBody("Ev9", map[string]any{"type": "reaction_added", "user": "U1", "reaction": "tada"})
	challenge := `{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}`

	tests := []struct {
		name     string
		path     string
		body     string
		header   http.Header
		wantCode int
		wantBody string       // checked when not empty
		wantMsg  *bot.Message // what the bot hears, nil for nothing
	}{
		{"valid event", "/slack/events", mentionBody, sign(mentionBody, now), http.StatusOK, "", &mentionMsg},
		// The bot answers an event ID once, on whichever replica: the
		// adapter hands the retry over under the same ID.
		{"retried event", "/slack/events", mentionBody, retried, http.StatusOK, "", &mentionMsg},
		{"tampered body", "/slack/events", tampered, sign(mentionBody, now), http.StatusUnauthorized, "", nil},
		{"stale timestamp", "/slack/events", mentionBody, sign(mentionBody, now.Add(-6*time.Minute)), http.StatusUnauthorized, "", nil},
		{"missing headers", "/slack/events", mentionBody, nil, http.StatusUnauthorized, "", nil},
		{"missing signature", "/slack/events", mentionBody, exampleHeader(strconv.FormatInt(now.Unix(), 10), ""), http.StatusUnauthorized, "", nil},
		{"url_verification", "/slack/events", challenge, sign(challenge, now), http.StatusOK, `{"challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}` + "\n", nil},
		{"unsigned url_verification", "/slack/events", challenge, nil, http.StatusUnauthorized, "", nil},
		{"event the app does not handle", "/slack/events", unsubscribed, sign(unsubscribed, now), http.StatusOK, "", nil},
		{"not json", "/slack/events", "{", sign("{", now), http.StatusBadRequest, "", nil},
		{"slash command", "/slack/commands", slash, sign(slash, now), http.StatusOK, "",
			&bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo"}},
		{"unsigned slash command", "/slack/commands", slash, nil, http.StatusUnauthorized, "", nil},
		{"slack's example command", "/slack/commands", exampleBody, exampleHeader(exampleTimestamp, exampleSignature), http.StatusUnauthorized, "", nil},
		{"share button", "/slack/interactions", click, sign(click, now), http.StatusOK, "",
			&bot.Message{Platform: Platform, ChannelID: "C1", UserID: "U1", UserName: "ann", Via: bot.Slash, Text: "what is apollo"}},
		{"unsigned share button", "/slack/interactions", click, nil, http.StatusUnauthorized, "", nil},
		{"interaction without payload", "/slack/interactions", "a=b", sign("a=b", now), http.StatusBadRequest, "", nil},
	}
	var want []bot.Message
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := post(t, tt.path, tt.body, tt.header)
			if code != tt.wantCode {
				t.Errorf("status = %d, want %d (body %q)", code, tt.wantCode, body)
			}
			if tt.wantBody != "" && body != tt.wantBody {
				t.Errorf("body = %q, want %q", body, tt.wantBody)
			}
			if tt.wantMsg != nil {
				want = append(want, *tt.wantMsg)
				if got := in.Next(t); !cmp.Equal(got, *tt.wantMsg, ignoreRef) {
					t.Errorf("message = %+v, want %+v", got, *tt.wantMsg)
				}
				if tt.header.Get("X-Slack-Retry-Num") == "" { // a redelivery is not answered again
					bottest.Receive(t, f.Posted(), "the answer")
				}
			}
		})
	}

	stop()
	in.Close()
	t.Run("after Run", func(t *testing.T) {
		if code, _ := post(t, "/slack/commands", slash, sign(slash, now)); code != http.StatusServiceUnavailable {
			t.Errorf("status = %d, want %d", code, http.StatusServiceUnavailable)
		}
	})
	if diff := cmp.Diff(want, in.Received(), ignoreRef); diff != "" {
		t.Errorf("messages the bot heard (-want +got):\n%s", diff)
	}
	calls := f.Calls()
	var got []string
	for _, c := range calls {
		got = append(got, c.Method+" "+c.Channel+" "+c.ThreadTS+" "+c.ResponseType)
	}
	wantCalls := []string{"chat.postMessage C1 100.1 ", "response_url r1  ephemeral", "response_url r2  in_channel"}
	if diff := cmp.Diff(wantCalls, got); diff != "" {
		t.Errorf("calls Slack received (-want +got):\n%s", diff)
	}
}

// TestHTTPSlackExample posts Slack's documented example request at the
// time it was signed: it passes verification and, naming another
// command, is acknowledged without an answer.
func TestHTTPSlackExample(t *testing.T) {
	f := slacktest.NewServer(t)
	a := newTestAdapter(t, f, config.HTTPMode, func(c *config.Slack, o *Options) {
		o.Now = func() time.Time { return exampleTime.Add(30 * time.Second) }
	})
	mux := http.NewServeMux()
	a.Register(mux)
	in := newInbox(a.Adapter, answer)
	stop := start(t, a.Adapter, in)
	bottest.Eventually(t, "Run is taking requests", a.Connected)

	req := httptest.NewRequest(http.MethodPost, "/slack/commands", strings.NewReader(exampleBody))
	req.Header = exampleHeader(exampleTimestamp, exampleSignature)
	w := httptest.NewRecorder()
	mux.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		t.Errorf("status = %d, want %d", w.Code, http.StatusOK)
	}
	stop()
	if got := in.Received(); len(got) != 0 {
		t.Errorf("the bot heard %+v, want nothing: /webhook-collect is not /brief", got)
	}
}
