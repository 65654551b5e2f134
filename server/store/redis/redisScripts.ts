/**
 * Lua scripts, each atomic on the Redis server. Stream entry ids are `0-<seq>`, so XADD itself refuses
 * a seq that is not above the last one: that makes appends idempotent and keeps a closed log closed.
 */
export const REDIS_SCRIPTS = {
  /** KEYS: session hash. ARGV: id, userId ('' for none), now. Returns 1 when created. */
  createSession: {
    lua: `
      if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
      redis.call('HSET', KEYS[1], 'id', ARGV[1], 'createdAt', ARGV[3], 'updatedAt', ARGV[3], 'state', '{}')
      if ARGV[2] ~= '' then redis.call('HSET', KEYS[1], 'userId', ARGV[2]) end
      return 1`,
  },
  /** KEYS: message ids set, message list, session hash. ARGV: message id, message JSON. Returns 1 when stored. */
  appendMessage: {
    lua: `
      if redis.call('EXISTS', KEYS[3]) == 0 then return 0 end
      if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
      redis.call('RPUSH', KEYS[2], ARGV[2])
      return 1`,
  },
  /** KEYS: turn hash, event stream. ARGV: (seq, type, json) triples. Returns how many were added. */
  appendEvents: {
    lua: `
      if redis.call('EXISTS', KEYS[1]) == 0 or redis.call('HEXISTS', KEYS[1], 'endSeq') == 1 then return 0 end
      local added = 0
      for i = 1, #ARGV, 3 do
        local ok = redis.pcall('XADD', KEYS[2], '0-' .. ARGV[i], 'e', ARGV[i + 2])
        if type(ok) ~= 'table' or not ok.err then
          added = added + 1
          if ARGV[i + 1] == 'stream_end' then
            redis.call('HSET', KEYS[1], 'endSeq', ARGV[i])
            break
          end
        end
      end
      return added`,
  },
  /** KEYS: turn hash, running set. ARGV: turn id, finishReason, audit JSON, now. */
  finishTurn: {
    lua: `
      if redis.call('HGET', KEYS[1], 'status') ~= 'running' then return 0 end
      redis.call('HSET', KEYS[1], 'status', 'finished', 'finishReason', ARGV[2], 'audit', ARGV[3], 'updatedAt', ARGV[4])
      redis.call('SREM', KEYS[2], ARGV[1])
      return 1`,
  },
  /** KEYS: lease keys. ARGV: owner, ttl ms. Returns the indexes (1-based) of leases the owner lost. */
  renewLeases: {
    lua: `
      local lost = {}
      for i = 1, #KEYS do
        if redis.call('GET', KEYS[i]) == ARGV[1] then redis.call('PEXPIRE', KEYS[i], ARGV[2])
        else table.insert(lost, i) end
      end
      return lost`,
  },
  /**
   * KEYS: turn hash, event stream, lease, running set. ARGV: turn id, interrupted stream_end JSON, now.
   * Closes a running turn whose lease is gone; returns 1 when it did.
   */
  closeIfAbandoned: {
    lua: `
      if redis.call('HGET', KEYS[1], 'status') ~= 'running' or redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
      local reason = 'interrupted'
      if redis.call('HEXISTS', KEYS[1], 'endSeq') == 1 then
        local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
        reason = cjson.decode(last[1][2][2]).finishReason
      else
        local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
        local seq = 0
        if #last > 0 then seq = tonumber(string.match(last[1][1], '%-(%d+)$')) end
        redis.call('XADD', KEYS[2], '0-' .. (seq + 1), 'e', ARGV[2])
        redis.call('HSET', KEYS[1], 'endSeq', seq + 1)
      end
      redis.call('HSET', KEYS[1], 'status', 'finished', 'finishReason', reason, 'updatedAt', ARGV[3])
      redis.call('SREM', KEYS[4], ARGV[1])
      return 1`,
  },
} as const;
