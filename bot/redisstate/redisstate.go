// Package redisstate keeps the bot's shared state in Redis, so that
// several replicas of one bot answer as one: a delivery is answered
// once whichever replica it reaches, `more` continues on any replica,
// a user has one rate limit, `misses` and `what's new` are the same
// everywhere, and a reload on one replica reloads them all (through
// pub/sub) and each reports the version it serves.
//
// Every key is under briefbot:<namespace>:, so that several bots can
// share one Redis. A Store is a bot.State and a bot.Cluster; it talks to
// Redis with go-redis, whose client reconnects by itself after Redis
// comes back.
package redisstate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"github.com/briefbot/briefbot/bot"
	"github.com/briefbot/briefbot/knowledge"
)

// Options configure a Store.
type Options struct {
	// URL is the Redis to use: redis://[user@]host:port/db, or rediss://
	// for TLS. The database number is the path; 0 when absent.
	URL string
	// Password authenticates, when Redis asks for one. It comes from the
	// environment, never from the URL.
	Password string
	// Namespace separates bots that share one Redis: every key starts
	// with briefbot:<Namespace>:.
	Namespace string
	// Timeout bounds dialling, reading and writing. Default 250
	// milliseconds: a slow Redis must not hold up answers.
	Timeout time.Duration
	// Logger receives what go-redis itself logs (a dropped subscription,
	// a reconnection), at debug level: the bot logs the outages that
	// matter. nil leaves go-redis's own logger alone. go-redis has one
	// logger per process, so the last Store opened with one sets it.
	Logger *slog.Logger
}

// Store is the shared state in Redis. Create it with Open.
type Store struct {
	rdb    *redis.Client
	prefix string
}

var (
	_ bot.State   = (*Store)(nil)
	_ bot.Cluster = (*Store)(nil)
)

// Open returns a Store for o. It does not contact Redis: a Redis that
// is down at start is reached once it is up.
func Open(o Options) (*Store, error) {
	ro, err := redis.ParseURL(o.URL)
	if err != nil {
		return nil, fmt.Errorf("state.redis.url: %w", err)
	}
	if o.Timeout <= 0 {
		o.Timeout = 250 * time.Millisecond
	}
	if o.Namespace == "" {
		return nil, errors.New("state.namespace: must not be empty")
	}
	if o.Password != "" {
		ro.Password = o.Password
	}
	ro.DialTimeout, ro.ReadTimeout, ro.WriteTimeout = o.Timeout, o.Timeout, o.Timeout
	ro.PoolTimeout = o.Timeout
	ro.ContextTimeoutEnabled = true
	// The bot falls back to its own memory at once; retrying would only
	// make it wait longer.
	ro.MaxRetries = -1
	ro.DialerRetries = 1
	ro.DisableIdentity = true
	ro.MaintNotificationsConfig = &maintnotifications.Config{Mode: maintnotifications.ModeDisabled}
	if o.Logger != nil {
		redis.SetLogger(libLogger{o.Logger})
	}
	return &Store{rdb: redis.NewClient(ro), prefix: "briefbot:" + o.Namespace + ":"}, nil
}

// libLogger routes go-redis's log, which would otherwise write plain
// lines to standard error among the JSON records, to a slog logger.
type libLogger struct{ log *slog.Logger }

func (l libLogger) Printf(ctx context.Context, format string, v ...any) {
	l.log.DebugContext(ctx, "redis: "+fmt.Sprintf(format, v...))
}

// Close closes the connections to Redis.
func (s *Store) Close() error { return s.rdb.Close() }

// Ping checks that Redis answers.
func (s *Store) Ping(ctx context.Context) error { return s.rdb.Ping(ctx).Err() }

// key returns the full name of a key of the store.
func (s *Store) key(parts ...string) string {
	k := s.prefix
	for i, p := range parts {
		if i > 0 {
			k += ":"
		}
		k += p
	}
	return k
}

// Claim sets the key if it is not set, with the expiry ttl.
func (s *Store) Claim(ctx context.Context, key string, ttl time.Duration) (bool, error) {
	ok, err := s.rdb.SetNX(ctx, s.key("claim", key), 1, ttl).Result()
	if err != nil {
		return false, fmt.Errorf("redis: claim: %w", err)
	}
	return ok, nil
}

// Mark sets the key, with the expiry ttl from now.
func (s *Store) Mark(ctx context.Context, key string, ttl time.Duration) error {
	if err := s.rdb.Set(ctx, s.key("mark", key), 1, ttl).Err(); err != nil {
		return fmt.Errorf("redis: mark: %w", err)
	}
	return nil
}

// Marked reports whether the key is set.
func (s *Store) Marked(ctx context.Context, key string) (bool, error) {
	n, err := s.rdb.Exists(ctx, s.key("mark", key)).Result()
	if err != nil {
		return false, fmt.Errorf("redis: marked: %w", err)
	}
	return n == 1, nil
}

// SaveConversation stores c as JSON, with the expiry ttl.
func (s *Store) SaveConversation(ctx context.Context, key string, c bot.Conversation, ttl time.Duration) error {
	data, err := json.Marshal(c)
	if err != nil {
		return fmt.Errorf("redis: save conversation: %w", err)
	}
	if err := s.rdb.Set(ctx, s.key("conv", key), data, ttl).Err(); err != nil {
		return fmt.Errorf("redis: save conversation: %w", err)
	}
	return nil
}

// Conversation reads a conversation SaveConversation stored.
func (s *Store) Conversation(ctx context.Context, key string) (bot.Conversation, bool, error) {
	var c bot.Conversation
	data, err := s.rdb.Get(ctx, s.key("conv", key)).Bytes()
	if errors.Is(err, redis.Nil) {
		return c, false, nil
	}
	if err != nil {
		return c, false, fmt.Errorf("redis: conversation: %w", err)
	}
	if err := json.Unmarshal(data, &c); err != nil {
		return c, false, fmt.Errorf("redis: conversation %s: %w", key, err)
	}
	return c, true, nil
}

// allowScript is a token bucket, taken atomically: the bucket holds
// tokens (t) as of a time in milliseconds (at); it refills at rate
// tokens a millisecond up to burst. A refused request tells the user
// when it was not told for a minute (n is when it last was). Clocks
// that differ between replicas never take tokens back: a bucket refills
// only when now is past its time.
var allowScript = redis.NewScript(`
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local b = redis.call('HMGET', KEYS[1], 't', 'at', 'n')
local tokens = tonumber(b[1])
local at = tonumber(b[2])
local told = tonumber(b[3])
if tokens == nil or at == nil then
  tokens = burst
  at = now
end
if now > at then
  tokens = math.min(burst, tokens + (now - at) * rate)
  at = now
end
local allowed = 0
local notify = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
elseif told == nil or now - told >= tonumber(ARGV[4]) then
  notify = 1
  told = now
end
redis.call('HSET', KEYS[1], 't', string.format('%.17g', tokens), 'at', string.format('%d', at))
if told ~= nil then
  redis.call('HSET', KEYS[1], 'n', string.format('%d', told))
end
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + tonumber(ARGV[4]))
return {allowed, notify}
`)

// Allow takes a token from key's bucket, in one script.
func (s *Store) Allow(ctx context.Context, key string, l bot.Limit, now time.Time) (bot.Allowance, error) {
	rate := float64(l.PerMinute) / float64(time.Minute/time.Millisecond)
	res, err := allowScript.Run(ctx, s.rdb, []string{s.key("limit", key)},
		strconv.FormatFloat(rate, 'g', -1, 64), l.Burst, now.UnixMilli(), time.Minute.Milliseconds()).Int64Slice()
	if err != nil {
		return bot.Allowance{}, fmt.Errorf("redis: rate limit: %w", err)
	}
	if len(res) != 2 {
		return bot.Allowance{}, fmt.Errorf("redis: rate limit: the script returned %d values, want 2", len(res))
	}
	return bot.Allowance{Allowed: res[0] == 1, Notify: res[1] == 1}, nil
}

// addMissScript counts a miss: its count by every audience (all) and by
// public audiences (public), as sorted sets; the text as first asked
// and the time last asked, as hashes. Past max questions it drops the
// least asked tenth, as the in-memory State does.
var addMissScript = redis.NewScript(`
local all, public, text, last = KEYS[1], KEYS[2], KEYS[3], KEYS[4]
local q = ARGV[1]
redis.call('HSETNX', text, q, ARGV[2])
redis.call('HSET', last, q, ARGV[4])
if ARGV[3] == 'public' then
  redis.call('ZINCRBY', public, 1, q)
end
redis.call('ZINCRBY', all, 1, q)
local max = tonumber(ARGV[5])
local n = redis.call('ZCARD', all)
if n > max then
  local gone = redis.call('ZRANGE', all, 0, math.floor(n / 10))
  for _, g in ipairs(gone) do
    redis.call('ZREM', all, g)
    redis.call('ZREM', public, g)
    redis.call('HDEL', text, g)
    redis.call('HDEL', last, g)
  end
end
return n
`)

// missKeys are the keys of the misses: all, public, text, last.
func (s *Store) missKeys() []string {
	return []string{s.key("misses", "all"), s.key("misses", "public"), s.key("misses", "text"), s.key("misses", "last")}
}

// AddMiss counts one ask of a question that found no answer.
func (s *Store) AddMiss(ctx context.Context, question string, a knowledge.Audience, now time.Time) error {
	err := addMissScript.Run(ctx, s.rdb, s.missKeys(), bot.NormalizeQuestion(question), question, a.String(),
		now.UnixMilli(), bot.MaxMisses).Err()
	if err != nil {
		return fmt.Errorf("redis: add miss: %w", err)
	}
	return nil
}

// MissesSince returns since when misses are counted: the first call on
// an empty store starts the count at now, for every replica.
func (s *Store) MissesSince(ctx context.Context, now time.Time) (time.Time, error) {
	key := s.key("misses", "since")
	if err := s.rdb.SetNX(ctx, key, now.UnixMilli(), 0).Err(); err != nil {
		return time.Time{}, fmt.Errorf("redis: misses: %w", err)
	}
	ms, err := s.rdb.Get(ctx, key).Int64()
	if err != nil {
		return time.Time{}, fmt.Errorf("redis: misses: %w", err)
	}
	return time.UnixMilli(ms), nil
}

// TopMisses returns the questions audience a asked most without an
// answer. Redis orders them by count; questions asked as often are
// ordered here, among a few more than n, as the in-memory State orders
// them.
func (s *Store) TopMisses(ctx context.Context, a knowledge.Audience, n int) ([]bot.Miss, error) {
	keys := s.missKeys()
	set := keys[1]
	if a == knowledge.Internal {
		set = keys[0]
	}
	zs, err := s.rdb.ZRevRangeWithScores(ctx, set, 0, int64(4*n+10)).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: misses: %w", err)
	}
	if len(zs) == 0 {
		return nil, nil
	}
	members := make([]string, len(zs))
	for i, z := range zs {
		members[i], _ = z.Member.(string)
	}
	texts, err := s.rdb.HMGet(ctx, keys[2], members...).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: misses: %w", err)
	}
	lasts, err := s.rdb.HMGet(ctx, keys[3], members...).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: misses: %w", err)
	}
	var out []bot.Miss
	for i, z := range zs {
		text, _ := texts[i].(string)
		lastS, _ := lasts[i].(string)
		ms, _ := strconv.ParseInt(lastS, 10, 64)
		if z.Score < 1 || text == "" {
			continue
		}
		out = append(out, bot.Miss{Text: text, Count: int(z.Score), Last: time.UnixMilli(ms)})
	}
	slices.SortFunc(out, bot.CompareMisses)
	return out[:min(n, len(out))], nil
}

// addReloadScript records a reload, unless the newest recorded is the
// same change (another replica recorded it), keeping max.
var addReloadScript = redis.NewScript(`
if redis.call('GET', KEYS[2]) == ARGV[1] then
  return 0
end
redis.call('SET', KEYS[2], ARGV[1])
redis.call('LPUSH', KEYS[1], ARGV[2])
redis.call('LTRIM', KEYS[1], 0, tonumber(ARGV[3]) - 1)
return 1
`)

// AddReload records a reload, once however many replicas record it.
func (s *Store) AddReload(ctx context.Context, r bot.Reloaded) error {
	data, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("redis: add reload: %w", err)
	}
	err = addReloadScript.Run(ctx, s.rdb, []string{s.key("reloads"), s.key("reloads", "last")},
		r.Old+">"+r.New, data, bot.MaxReloads).Err()
	if err != nil {
		return fmt.Errorf("redis: add reload: %w", err)
	}
	return nil
}

// Reloads returns the reloads recorded, newest first.
func (s *Store) Reloads(ctx context.Context) ([]bot.Reloaded, error) {
	list, err := s.rdb.LRange(ctx, s.key("reloads"), 0, bot.MaxReloads-1).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: reloads: %w", err)
	}
	out := make([]bot.Reloaded, 0, len(list))
	for _, data := range list {
		var r bot.Reloaded
		if err := json.Unmarshal([]byte(data), &r); err != nil {
			return nil, fmt.Errorf("redis: reloads: %w", err)
		}
		out = append(out, r)
	}
	return out, nil
}

// PublishReload publishes a reload request on the namespace's channel.
func (s *Store) PublishReload(ctx context.Context, r bot.ReloadRequest) error {
	data, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("redis: publish reload: %w", err)
	}
	if err := s.rdb.Publish(ctx, s.key("reload"), data).Err(); err != nil {
		return fmt.Errorf("redis: publish reload: %w", err)
	}
	return nil
}

// ReloadRequests subscribes to the namespace's reload channel. go-redis
// pings the subscription every second and subscribes again after Redis
// comes back.
func (s *Store) ReloadRequests(ctx context.Context) <-chan bot.ReloadRequest {
	ps := s.rdb.Subscribe(ctx, s.key("reload"))
	msgs := ps.Channel(redis.WithChannelHealthCheckInterval(time.Second),
		redis.WithChannelPingTimeout(time.Second), redis.WithChannelReconnectTimeout(2*time.Second))
	out := make(chan bot.ReloadRequest)
	go func() {
		defer close(out)
		defer func() { _ = ps.Close() }()
		for {
			select {
			case <-ctx.Done():
				return
			case m, ok := <-msgs:
				if !ok {
					return
				}
				var r bot.ReloadRequest
				if json.Unmarshal([]byte(m.Payload), &r) != nil || r.ID == "" {
					continue // not ours to read
				}
				select {
				case out <- r:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}

// Report records a replica's report in the namespace's replicas hash.
func (s *Store) Report(ctx context.Context, r bot.Replica) error {
	data, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("redis: report: %w", err)
	}
	if err := s.rdb.HSet(ctx, s.key("replicas"), r.ID, data).Err(); err != nil {
		return fmt.Errorf("redis: report: %w", err)
	}
	return nil
}

// Replicas returns the replicas that reported within maxAge, ordered by
// ID, and removes the reports of those gone for longer.
func (s *Store) Replicas(ctx context.Context, maxAge time.Duration) ([]bot.Replica, error) {
	all, err := s.rdb.HGetAll(ctx, s.key("replicas")).Result()
	if err != nil {
		return nil, fmt.Errorf("redis: replicas: %w", err)
	}
	now := time.Now()
	var out []bot.Replica
	var gone []string
	for id, data := range all {
		var r bot.Replica
		if json.Unmarshal([]byte(data), &r) != nil || now.Sub(r.Seen) > maxAge {
			// A report much older is of a replica that stopped
			// without saying so.
			if r.Seen.IsZero() || now.Sub(r.Seen) > 10*maxAge {
				gone = append(gone, id)
			}
			continue
		}
		out = append(out, r)
	}
	if len(gone) > 0 {
		if err := s.rdb.HDel(ctx, s.key("replicas"), gone...).Err(); err != nil {
			return nil, fmt.Errorf("redis: replicas: %w", err)
		}
	}
	slices.SortFunc(out, func(x, y bot.Replica) int {
		switch {
		case x.ID < y.ID:
			return -1
		case x.ID > y.ID:
			return 1
		}
		return 0
	})
	return out, nil
}

// Leave removes a replica's report.
func (s *Store) Leave(ctx context.Context, id string) error {
	if err := s.rdb.HDel(ctx, s.key("replicas"), id).Err(); err != nil {
		return fmt.Errorf("redis: leave: %w", err)
	}
	return nil
}
