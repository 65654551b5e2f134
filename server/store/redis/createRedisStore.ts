import type { PatientProfile } from '../../../plugins/sdk/index.ts';
import type { FinishReason } from '../../protocol/chatEvent.ts';
import { interruptedEnd } from '../interruptedEnd.ts';
import type { MessageRecord, SessionRecord, SessionStore, TurnRecord } from '../SessionStore.ts';
import { createBlockingReader } from './createBlockingReader.ts';
import { createEventBatcher } from './createEventBatcher.ts';
import { createRedisClient, type RedisConnectionOptions } from './createRedisClient.ts';
import { createScriptRunner } from './createScriptRunner.ts';
import { REDIS_SCRIPTS } from './redisScripts.ts';
import { batchEntryId, CLOSED_ENTRY_ID, decodeBatches, encodeBatch } from './redisEventBatch.ts';
import { redisKeys } from './redisKeys.ts';

export type RedisStoreOptions = RedisConnectionOptions & {
  /** Key prefix, so deployments or tests can share one server; no `{` in it (hash tags follow it). */
  readonly keyPrefix?: string;
  /**
   * A turn's events are written at most once per this many ms (0: every append at once); an event
   * waits at most this long before a client sees it, an urgent one not at all (createEventBatcher.ts).
   */
  readonly flushMs?: number;
};

export const DEFAULT_REDIS_FLUSH_MS = 150;

/**
 * Shared state for several gateway instances, on one Redis or a Redis Cluster: hashes, lists and sets
 * for sessions, messages and profiles, and each turn's events in a Redis Stream, a batch per entry
 * (redisEventBatch.ts), that any instance replays and then follows with XREAD BLOCK. Appends are
 * awaited before a client sees the event. Every script and multi-key command stays within one
 * session's or one turn's hash slot (redisKeys.ts).
 */
export function createRedisStore(opts: RedisStoreOptions): SessionStore {
  const redis = createRedisClient(opts);
  // Errors surface on the commands that fail; without a listener ioredis would print them.
  redis.on('error', () => {});
  const k = redisKeys(opts.keyPrefix ?? 'medchat:');
  const script = createScriptRunner(redis, REDIS_SCRIPTS);
  // The running turns this store created, by owner. Only createTurn writes a lease, so a lease this
  // store wrote is held while its key exists: renewing is one PEXPIRE, with no script reading it back.
  const leaseOwners = new Map<string, string>();
  const reader = createBlockingReader(redis);

  // A running turn's writes fail at once while Redis is unreachable instead of queueing behind
  // reconnect attempts: the owner's clients keep streaming (the append is logged as failed).
  const connected = () => {
    if (redis.status !== 'ready') throw new Error(`Redis is ${redis.status}`);
  };

  const batcher = createEventBatcher({
    flushMs: opts.flushMs ?? DEFAULT_REDIS_FLUSH_MS,
    async write(turnId, events) {
      connected();
      try {
        // NOMKSTREAM: a turn deleted meanwhile (its stream gone) is not brought back.
        await redis.xadd(k.turnEvents(turnId), 'NOMKSTREAM', batchEntryId(events), 'b', encodeBatch(events));
      } catch (cause) {
        // An id at or below the stream's last (a duplicate, or anything after the end) is refused: skipped.
        if (!(cause instanceof Error) || !/equal or smaller|exhausted/.test(cause.message)) throw cause;
      }
    },
  });

  /** Keeps the sorted sets (other slots than the session's) in step with the session's updatedAt. */
  const indexSession = async (sessionId: string, userId: string, now: number) => {
    await Promise.all([redis.zadd(k.sessionsByUpdate, now, sessionId), userId === '' ? undefined : redis.zadd(k.userSessions(userId), now, sessionId)]);
  };

  const toSession = (h: Record<string, string>): SessionRecord | undefined =>
    h['id'] === undefined
      ? undefined
      : { id: h['id'], userId: h['userId'], createdAt: Number(h['createdAt']), updatedAt: Number(h['updatedAt']), state: JSON.parse(h['state'] ?? '{}') as Record<string, unknown> };

  const getTurn = async (id: string): Promise<TurnRecord | undefined> => {
    // Two reads in one round trip (auto-pipelined); same slot, so one node.
    const [h, pttl] = await Promise.all([redis.hgetall(k.turn(id)), redis.pttl(k.turnLease(id))]);
    if (h['sessionId'] === undefined) return undefined;
    return {
      id,
      sessionId: h['sessionId'],
      userId: h['userId'],
      status: h['status'] === 'running' ? 'running' : 'finished',
      finishReason: h['finishReason'] as FinishReason | undefined,
      owner: h['owner'] ?? '',
      leaseExpiresAt: Date.now() + Math.max(0, pttl),
      createdAt: Number(h['createdAt']),
      updatedAt: Number(h['updatedAt']),
      audit: JSON.parse(h['audit'] ?? '[]') as TurnRecord['audit'],
    };
  };

  const deleteSession = async (id: string) => {
    const [userId, turnIds] = await Promise.all([redis.hget(k.session(id), 'userId'), redis.smembers(k.sessionTurns(id))]);
    // One command per slot: each turn's keys, then the session's, then the indexes.
    await Promise.all(turnIds.flatMap((t) => [redis.del(k.turn(t), k.turnEvents(t), k.turnLease(t)), redis.srem(k.runningTurns(t), t)]));
    await redis.del(k.session(id), k.sessionMessages(id), k.sessionMessageIds(id), k.sessionTurns(id));
    await Promise.all([redis.zrem(k.sessionsByUpdate, id), userId ? redis.zrem(k.userSessions(userId), id) : undefined]);
  };

  /** 1: closed now; 0: running under a lease; -1: not running (finished or unknown). */
  const closeAbandoned = async (turnId: string): Promise<number> => {
    const sessionId = await redis.hget(k.turn(turnId), 'sessionId');
    if (sessionId === null) return -1;
    const keys = [k.turn(turnId), k.turnEvents(turnId), k.turnLease(turnId)];
    const result = Number(await script('closeIfAbandoned', keys, [JSON.stringify(interruptedEnd({ id: turnId, sessionId })), Date.now(), CLOSED_ENTRY_ID]));
    if (result === 1) await redis.srem(k.runningTurns(turnId), turnId);
    return result;
  };

  return {
    kind: 'redis',
    async getSession(id) {
      return toSession(await redis.hgetall(k.session(id)));
    },
    async createSession({ id, userId }) {
      const now = Date.now();
      if ((await script('createSession', [k.session(id)], [id, userId ?? '', now])) === 1) await indexSession(id, userId ?? '', now);
      return (await this.getSession(id)) as SessionRecord;
    },
    async updateSessionState(id, state) {
      const [exists, userId] = await redis.hmget(k.session(id), 'id', 'userId');
      if (exists === null) return;
      const now = Date.now();
      await redis.hset(k.session(id), 'state', JSON.stringify(state), 'updatedAt', now);
      await indexSession(id, userId ?? '', now);
    },
    async listSessions(userId) {
      const ids = await redis.zrevrange(k.userSessions(userId), 0, -1);
      const rows = await Promise.all(ids.map((id) => redis.hgetall(k.session(id))));
      return rows.map(toSession).filter((s): s is SessionRecord => s !== undefined);
    },
    deleteSession,
    async appendMessage(m) {
      connected();
      const now = Date.now();
      const userId = await script('appendMessage', [k.sessionMessageIds(m.sessionId), k.sessionMessages(m.sessionId), k.session(m.sessionId)], [m.id, JSON.stringify(m), now]);
      if (typeof userId === 'string') await indexSession(m.sessionId, userId, now);
    },
    async getMessages(sessionId, opts) {
      const [start, stop] =
        opts?.offset !== undefined ? [opts.offset, opts.limit === undefined ? -1 : opts.offset + opts.limit - 1] : [opts?.limit === undefined ? 0 : -opts.limit, -1];
      const raw = stop < start && stop !== -1 ? [] : await redis.lrange(k.sessionMessages(sessionId), start, stop);
      return raw.map((r) => JSON.parse(r) as MessageRecord);
    },
    async getProfile(userId) {
      const raw = await redis.get(k.profile(userId));
      return raw === null ? undefined : (JSON.parse(raw) as PatientProfile);
    },
    async upsertProfile(userId, profile) {
      await redis.set(k.profile(userId), JSON.stringify(profile));
    },
    async deleteUserData(userId) {
      for (const id of await redis.zrange(k.userSessions(userId), 0, -1)) await deleteSession(id);
      await Promise.all([redis.del(k.profile(userId)), redis.del(k.userSessions(userId))]);
    },
    async createTurn(t) {
      const ttl = Math.max(1, t.leaseExpiresAt - Date.now());
      const fields: (string | number)[] = ['sessionId', t.sessionId, 'status', t.status, 'owner', t.owner, 'createdAt', t.createdAt, 'updatedAt', t.updatedAt, 'audit', JSON.stringify(t.audit)];
      if (t.userId !== undefined) fields.push('userId', t.userId);
      // The session's index first: a turn is never stored without the session knowing it (deletion finds it).
      await redis.sadd(k.sessionTurns(t.sessionId), t.id);
      await script('createTurn', [k.turn(t.id), k.turnLease(t.id), k.turnEvents(t.id)], [t.owner, ttl, ...fields]);
      if (t.status === 'running') {
        leaseOwners.set(t.id, t.owner);
        await redis.sadd(k.runningTurns(t.id), t.id);
      }
    },
    async finishTurn(turnId, end) {
      leaseOwners.delete(turnId);
      connected();
      if ((await script('finishTurn', [k.turn(turnId), k.turnLease(turnId)], [end.finishReason, JSON.stringify(end.audit), Date.now()])) === 1) {
        await redis.srem(k.runningTurns(turnId), turnId);
      }
    },
    getTurn,
    async listTurns(sessionId) {
      const turns = await Promise.all((await redis.smembers(k.sessionTurns(sessionId))).map(getTurn));
      return turns.filter((t): t is TurnRecord => t !== undefined).sort((a, b) => a.createdAt - b.createdAt);
    },
    appendEvents(turnId, events) {
      return batcher.append(turnId, events);
    },
    async readEvents(turnId, afterSeq) {
      // A batch's id is its last seq, so the first entry that may hold afterSeq + 1 is the one with that id or above.
      return decodeBatches(await redis.xrange(k.turnEvents(turnId), `0-${afterSeq + 1}`, '+'), afterSeq);
    },
    waitForEvents(turnId, afterSeq, timeoutMs, signal) {
      return reader.wait(k.turnEvents(turnId), `0-${afterSeq}`, timeoutMs, signal);
    },
    async renewLeases(owner, turnIds, ttlMs) {
      // One PEXPIRE per lease (each in its turn's slot), sent together by auto-pipelining; 0 when the
      // lease lapsed or the turn was closed or deleted meanwhile.
      const held = await Promise.all(turnIds.map((id) => (leaseOwners.get(id) === owner ? redis.pexpire(k.turnLease(id), ttlMs) : 0)));
      const lost = turnIds.filter((_, i) => held[i] !== 1);
      for (const id of lost) leaseOwners.delete(id);
      return lost;
    },
    async closeIfAbandoned(turnId) {
      return (await closeAbandoned(turnId)) === 1;
    },
    async closeAbandonedTurns() {
      let closed = 0;
      for (const shard of k.runningShards) {
        for (const id of await redis.smembers(shard)) {
          const result = await closeAbandoned(id);
          if (result === 1) closed++;
          // A finished or deleted turn left in the set (its owner died between the two writes) is dropped.
          else if (result === -1) await redis.srem(shard, id);
        }
      }
      return closed;
    },
    async getClientMessageTurn(key) {
      return (await redis.get(k.clientMessageTurn(key))) ?? undefined;
    },
    async putClientMessageTurn(key, turnId, ttlMs) {
      await redis.set(k.clientMessageTurn(key), turnId, 'PX', Math.max(1, ttlMs), 'NX');
    },
    async purgeOlderThan(cutoff) {
      const old = await redis.zrangebyscore(k.sessionsByUpdate, '-inf', `(${cutoff}`);
      for (const id of old) await deleteSession(id);
      return old.length;
    },
    async ping() {
      await redis.ping();
    },
    async close() {
      await batcher.close().catch(() => {});
      reader.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
