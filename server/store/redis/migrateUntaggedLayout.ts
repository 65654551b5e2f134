import type { Redis } from 'ioredis';
import type { RedisClient } from './createRedisClient.ts';
import { batchEntryId, encodeBatch } from './redisEventBatch.ts';
import { redisKeys } from './redisKeys.ts';

/**
 * Copies what the earlier, untagged layout (`s:<id>`, `t:<id>`, one stream entry per event) holds on
 * one Redis into the hash-tagged layout on `to` (the same Redis, or a cluster): sessions with their
 * messages and turns, turn logs as one-event batches with the same ids, profiles and the session
 * indexes. Leases, the global running set and client message ids are not copied: run it on a
 * drained deployment (docs/storage.md). Idempotent; the old keys are left for the operator to delete.
 */
export async function migrateUntaggedLayout(from: Redis, to: RedisClient, prefix = 'medchat:'): Promise<{ sessions: number; turns: number; profiles: number }> {
  const k = redisKeys(prefix);
  let turns = 0;
  const sessionIds = await from.zrange(`${prefix}sessions`, 0, -1, 'WITHSCORES');
  for (let i = 0; i < sessionIds.length; i += 2) {
    const id = sessionIds[i] as string;
    const score = sessionIds[i + 1] as string;
    const session = await from.hgetall(`${prefix}s:${id}`);
    if (session['id'] === undefined) continue;
    await to.hset(k.session(id), session);
    await to.zadd(k.sessionsByUpdate, score, id);
    if (session['userId']) await to.zadd(k.userSessions(session['userId']), score, id);
    const messages = await from.lrange(`${prefix}s:${id}:msgs`, 0, -1);
    await to.del(k.sessionMessages(id));
    if (messages.length > 0) await to.rpush(k.sessionMessages(id), ...messages);
    const messageIds = await from.smembers(`${prefix}s:${id}:msgids`);
    if (messageIds.length > 0) await to.sadd(k.sessionMessageIds(id), ...messageIds);
    for (const turnId of await from.smembers(`${prefix}s:${id}:turns`)) {
      const { endSeq: _endSeq, ...turn } = await from.hgetall(`${prefix}t:${turnId}`);
      if (turn['sessionId'] === undefined) continue;
      await to.sadd(k.sessionTurns(id), turnId);
      await to.hset(k.turn(turnId), turn);
      // A turn left running (no lease copied) is closed as interrupted by the first sweep or resume.
      if (turn['status'] === 'running') await to.sadd(k.runningTurns(turnId), turnId);
      await to.del(k.turnEvents(turnId));
      await to.xgroup('CREATE', k.turnEvents(turnId), 'made', '$', 'MKSTREAM');
      for (const [entryId, fields] of await from.xrange(`${prefix}t:${turnId}:ev`, '-', '+')) {
        const seq = Number(entryId.slice(entryId.indexOf('-') + 1));
        const events = [{ seq, event: JSON.parse(fields[1] ?? 'null') as never }];
        await to.xadd(k.turnEvents(turnId), batchEntryId(events), 'b', encodeBatch(events));
      }
      turns++;
    }
  }
  let profiles = 0;
  let cursor = '0';
  do {
    const [next, keys] = await from.scan(cursor, 'MATCH', `${prefix}p:*`, 'COUNT', 500);
    cursor = next;
    for (const key of keys) {
      const value = await from.get(key);
      if (value === null) continue;
      await to.set(k.profile(key.slice(`${prefix}p:`.length)), value);
      profiles++;
    }
  } while (cursor !== '0');
  return { sessions: sessionIds.length / 2, turns, profiles };
}
