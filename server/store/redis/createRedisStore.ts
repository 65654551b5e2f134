import { Redis } from 'ioredis';
import type { PatientProfile } from '../../../plugins/sdk/index.ts';
import type { ChatEvent, FinishReason } from '../../protocol/chatEvent.ts';
import { interruptedEnd } from '../interruptedEnd.ts';
import type { MessageRecord, SessionRecord, SessionStore, StoredEvent, TurnRecord } from '../SessionStore.ts';
import { createBlockingReader } from './createBlockingReader.ts';
import { createScriptRunner } from './createScriptRunner.ts';
import { redisKeys } from './redisKeys.ts';

export interface RedisStoreOptions {
  /** `redis://[:password@]host:port[/db]`, or `rediss://` for TLS. */
  readonly url: string;
  /** Key prefix, so deployments or tests can share one server. */
  readonly keyPrefix?: string;
}

/**
 * Shared state for several gateway instances: hashes, lists and sets for sessions, messages and
 * profiles, and each turn's events in a Redis Stream (entry id `0-<seq>`) that any instance replays
 * and then follows with XREAD BLOCK. Appends are awaited before a client sees the event.
 */
export function createRedisStore(opts: RedisStoreOptions): SessionStore {
  const redis = new Redis(opts.url, { maxRetriesPerRequest: 2, enableAutoPipelining: true });
  // Errors surface on the commands that fail; without a listener ioredis would print them.
  redis.on('error', () => {});
  const k = redisKeys(opts.keyPrefix ?? 'medchat:');
  const script = createScriptRunner(redis);
  const reader = createBlockingReader(redis);

  // A running turn's writes fail at once while Redis is unreachable instead of queueing behind
  // reconnect attempts: the owner's clients keep streaming (the append is logged as failed).
  const appendChains = new Map<string, Promise<void>>();
  const connected = () => {
    if (redis.status !== 'ready') throw new Error(`Redis is ${redis.status}`);
  };

  const touch = async (sessionId: string, now = Date.now()) => {
    const userId = await redis.hget(k.session(sessionId), 'userId');
    const tx = redis.multi().hset(k.session(sessionId), 'updatedAt', now).zadd(k.sessionsByUpdate, now, sessionId);
    if (userId) tx.zadd(k.userSessions(userId), now, sessionId);
    await tx.exec();
  };

  const toSession = (h: Record<string, string>): SessionRecord | undefined =>
    h['id'] === undefined
      ? undefined
      : { id: h['id'], userId: h['userId'], createdAt: Number(h['createdAt']), updatedAt: Number(h['updatedAt']), state: JSON.parse(h['state'] ?? '{}') as Record<string, unknown> };

  const getTurn = async (id: string): Promise<TurnRecord | undefined> => {
    const [[, h], [, pttl]] = (await redis.multi().hgetall(k.turn(id)).pttl(k.turnLease(id)).exec()) as [[null, Record<string, string>], [null, number]];
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
    const tx = redis.multi().del(k.session(id), k.sessionMessages(id), k.sessionMessageIds(id), k.sessionTurns(id)).zrem(k.sessionsByUpdate, id);
    if (userId) tx.zrem(k.userSessions(userId), id);
    for (const t of turnIds) tx.del(k.turn(t), k.turnEvents(t), k.turnLease(t)).srem(k.runningTurns, t);
    await tx.exec();
  };

  const closeIfAbandoned = async (turnId: string) => {
    const sessionId = await redis.hget(k.turn(turnId), 'sessionId');
    if (sessionId === null) return false;
    const keys = [k.turn(turnId), k.turnEvents(turnId), k.turnLease(turnId), k.runningTurns];
    return (await script('closeIfAbandoned', keys, [turnId, JSON.stringify(interruptedEnd({ id: turnId, sessionId })), Date.now()])) === 1;
  };

  return {
    kind: 'redis',
    async getSession(id) {
      return toSession(await redis.hgetall(k.session(id)));
    },
    async createSession({ id, userId }) {
      const now = Date.now();
      if ((await script('createSession', [k.session(id)], [id, userId ?? '', now])) === 1) await touch(id, now);
      return (await this.getSession(id)) as SessionRecord;
    },
    async updateSessionState(id, state) {
      if (!(await redis.exists(k.session(id)))) return;
      await redis.hset(k.session(id), 'state', JSON.stringify(state));
      await touch(id);
    },
    async listSessions(userId) {
      const ids = await redis.zrevrange(k.userSessions(userId), 0, -1);
      const rows = await Promise.all(ids.map((id) => redis.hgetall(k.session(id))));
      return rows.map(toSession).filter((s): s is SessionRecord => s !== undefined);
    },
    deleteSession,
    async appendMessage(m) {
      connected();
      if ((await script('appendMessage', [k.sessionMessageIds(m.sessionId), k.sessionMessages(m.sessionId), k.session(m.sessionId)], [m.id, JSON.stringify(m)])) === 1) await touch(m.sessionId);
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
      await redis.del(k.profile(userId), k.userSessions(userId));
    },
    async createTurn(t) {
      const ttl = Math.max(1, t.leaseExpiresAt - Date.now());
      const fields: Record<string, string | number> = { sessionId: t.sessionId, status: t.status, owner: t.owner, createdAt: t.createdAt, updatedAt: t.updatedAt, audit: JSON.stringify(t.audit) };
      if (t.userId !== undefined) fields['userId'] = t.userId;
      const tx = redis.multi().hset(k.turn(t.id), fields).set(k.turnLease(t.id), t.owner, 'PX', ttl).sadd(k.sessionTurns(t.sessionId), t.id);
      if (t.status === 'running') tx.sadd(k.runningTurns, t.id);
      await tx.exec();
    },
    async finishTurn(turnId, end) {
      connected();
      await script('finishTurn', [k.turn(turnId), k.runningTurns], [turnId, end.finishReason, JSON.stringify(end.audit), Date.now()]);
      await redis.del(k.turnLease(turnId));
    },
    getTurn,
    async listTurns(sessionId) {
      const turns = await Promise.all((await redis.smembers(k.sessionTurns(sessionId))).map(getTurn));
      return turns.filter((t): t is TurnRecord => t !== undefined).sort((a, b) => a.createdAt - b.createdAt);
    },
    appendEvents(turnId, events) {
      // One turn's appends run one after another: the engine does not wait between them, and a script
      // reloaded after NOSCRIPT (or a retry) would otherwise land after a later seq, which XADD refuses.
      const previous = appendChains.get(turnId);
      const write = async () => {
        if (events.length === 0) return;
        connected();
        await script('appendEvents', [k.turn(turnId), k.turnEvents(turnId)], events.flatMap((e) => [e.seq, e.event.type, JSON.stringify(e.event)]));
      };
      const written = previous ? previous.then(write, write) : write();
      appendChains.set(turnId, written);
      const forget = () => {
        if (appendChains.get(turnId) === written) appendChains.delete(turnId);
      };
      written.then(forget, forget);
      return written;
    },
    async readEvents(turnId, afterSeq) {
      return toStoredEvents(await redis.xrange(k.turnEvents(turnId), `0-${afterSeq + 1}`, '+'));
    },
    waitForEvents(turnId, afterSeq, timeoutMs, signal) {
      return reader.wait(k.turnEvents(turnId), `0-${afterSeq}`, timeoutMs, signal);
    },
    async renewLeases(owner, turnIds, ttlMs) {
      if (turnIds.length === 0) return [];
      const lost = (await script('renewLeases', turnIds.map(k.turnLease), [owner, ttlMs])) as number[];
      return lost.map((i) => turnIds[i - 1] as string);
    },
    closeIfAbandoned,
    async closeAbandonedTurns() {
      let closed = 0;
      for (const id of await redis.smembers(k.runningTurns)) if (await closeIfAbandoned(id)) closed++;
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
      reader.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

function toStoredEvents(entries: [id: string, fields: string[]][]): StoredEvent[] {
  return entries.map(([id, fields]) => ({ seq: Number(id.slice(id.indexOf('-') + 1)), event: JSON.parse(fields[1] ?? 'null') as ChatEvent }));
}
