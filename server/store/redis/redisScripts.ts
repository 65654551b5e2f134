/**
 * Lua scripts, each atomic on the Redis server. Every script's keys share one hash tag (a session's or
 * a turn's), so each runs within one hash slot, as Redis Cluster requires. Turn events are not
 * written by a script: see redisEventBatch.ts.
 */
export const REDIS_SCRIPTS = {
  /** KEYS: session hash. ARGV: id, userId ('' for none), now. Returns 1 when created. */
  createSession: `
      if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
      if ARGV[2] == '' then redis.call('HSET', KEYS[1], 'id', ARGV[1], 'createdAt', ARGV[3], 'updatedAt', ARGV[3], 'state', '{}')
      else redis.call('HSET', KEYS[1], 'id', ARGV[1], 'userId', ARGV[2], 'createdAt', ARGV[3], 'updatedAt', ARGV[3], 'state', '{}') end
      return 1`,
  /**
   * KEYS: message ids set, message list, session hash. ARGV: message id, message JSON, now.
   * Stores the message once and touches the session. Returns false when nothing was stored, else the
   * session's userId ('' for none) so the caller can update the sorted sets in other slots.
   */
  appendMessage: `
      local s = redis.call('HMGET', KEYS[3], 'id', 'userId')
      if not s[1] then return false end
      if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return false end
      redis.call('RPUSH', KEYS[2], ARGV[2])
      redis.call('HSET', KEYS[3], 'updatedAt', ARGV[3])
      return s[2] or ''`,
  /**
   * KEYS: turn hash, lease, event stream. ARGV: owner, lease ms, then the hash's field/value pairs.
   * The empty stream is made here (an unread consumer group is the one way to create a stream with no
   * entry), so appends can use XADD NOMKSTREAM: a turn deleted meanwhile is not brought back.
   */
  createTurn: `
      redis.call('HSET', KEYS[1], unpack(ARGV, 3))
      redis.call('SET', KEYS[2], ARGV[1], 'PX', ARGV[2])
      if redis.call('EXISTS', KEYS[3]) == 0 then redis.call('XGROUP', 'CREATE', KEYS[3], 'made', '$', 'MKSTREAM') end
      return 1`,
  /** KEYS: turn hash, lease. ARGV: finishReason, audit JSON, now. Returns 1 when it ended a running turn. */
  finishTurn: `
      if redis.call('HGET', KEYS[1], 'status') ~= 'running' then return 0 end
      redis.call('HSET', KEYS[1], 'status', 'finished', 'finishReason', ARGV[1], 'audit', ARGV[2], 'updatedAt', ARGV[3])
      redis.call('DEL', KEYS[2])
      return 1`,
  /**
   * KEYS: turn hash, event stream, lease. ARGV: the interrupted stream_end's JSON, now, closed entry id.
   * Closes a running turn whose lease is gone by appending that end at the next seq (or keeping an end
   * already logged). Returns 1 when it closed it, 0 when the turn is running under a lease, -1 when it
   * is not running (finished, or unknown).
   */
  closeIfAbandoned: `
      if redis.call('HGET', KEYS[1], 'status') ~= 'running' then return -1 end
      if redis.call('EXISTS', KEYS[3]) == 1 then return 0 end
      local reason = 'interrupted'
      local last = redis.call('XREVRANGE', KEYS[2], '+', '-', 'COUNT', 1)
      if #last > 0 and last[1][1] == ARGV[3] then
        local batch = cjson.decode(last[1][2][2])
        reason = batch[#batch][2].finishReason
      else
        local seq = 0
        if #last > 0 then seq = tonumber(string.match(last[1][1], '%-(%d+)$')) end
        redis.call('XADD', KEYS[2], ARGV[3], 'b', '[[' .. (seq + 1) .. ',' .. ARGV[1] .. ']]')
      end
      redis.call('HSET', KEYS[1], 'status', 'finished', 'finishReason', reason, 'updatedAt', ARGV[2])
      return 1`,
} as const;
