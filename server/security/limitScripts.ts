/**
 * The Redis side of the shared limits: each script touches one key, so each runs atomically on the
 * one node that owns the key's hash slot (Redis Cluster included). Time is Redis's own (TIME), so
 * instances with skewed clocks still share one bucket.
 */
export const LIMIT_SCRIPTS = {
  /** Token bucket. KEYS[1] a hash {tokens, at}; ARGV[1] per minute. Returns 0, or ms until a token. */
  take: `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local cap = tonumber(ARGV[1])
local perMs = cap / 60000
local s = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(s[1]) or cap
local at = tonumber(s[2]) or now
tokens = math.min(cap, tokens + math.max(0, now - at) * perMs)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / perMs) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil((cap - tokens) / perMs) + 1000)
return wait`,
  /** Concurrency slots. KEYS[1] a sorted set of holder -> expiry; ARGV max, ttl ms, holder. Returns 1 if taken. */
  acquire: `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 1`,
  /** Keeps a held slot alive. KEYS[1]; ARGV ttl ms, holder. Returns 0 when the slot had already lapsed. */
  refresh: `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
-- XX: only a holder still in the set; CH: counts it, since its expiry always moves on.
if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[2]) == 0 then return 0 end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[1]))
return 1`,
} as const;
