/** Sets of running turns are spread over this many keys (each in its own hash slot), so none is global. */
export const RUNNING_SHARDS = 16;

/**
 * Every key the Redis store uses, under one prefix so several deployments (or tests) share a server.
 * The part in braces is the hash tag Redis Cluster places a key by: a session's keys share `{s:<id>}`
 * and a turn's keys share `{t:<id>}`, so every script and multi-key command touches one hash slot.
 * The prefix itself must not contain `{`.
 */
export function redisKeys(prefix: string) {
  const s = (id: string) => `${prefix}{s:${id}}`;
  const t = (id: string) => `${prefix}{t:${id}}`;
  return {
    session: s,
    sessionMessages: (id: string) => `${s(id)}:msgs`,
    sessionMessageIds: (id: string) => `${s(id)}:msgids`,
    sessionTurns: (id: string) => `${s(id)}:turns`,
    /** All sessions scored by updatedAt, for retention; only ever touched by single-key commands. */
    sessionsByUpdate: `${prefix}sessions`,
    userSessions: (userId: string) => `${prefix}u:${userId}:sessions`,
    profile: (userId: string) => `${prefix}p:${userId}`,
    turn: t,
    /** The turn's events, one stream entry per flushed batch (see redisEventBatch.ts). */
    turnEvents: (id: string) => `${t(id)}:ev`,
    turnLease: (id: string) => `${t(id)}:lease`,
    /** One of RUNNING_SHARDS sets of running turn ids, found again by the abandoned-turn sweep. */
    runningTurns: (turnId: string) => `${prefix}{running:${runningShard(turnId)}}`,
    runningShards: Array.from({ length: RUNNING_SHARDS }, (_, n) => `${prefix}{running:${n}}`),
    /** A client's message id (prefixed with its user) to the turn it started; expires on its own. */
    clientMessageTurn: (key: string) => `${prefix}cm:${key}`,
  };
}

/** A stable spread of turn ids over the shards (FNV-1a; the ids are random UUIDs anyway). */
function runningShard(turnId: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < turnId.length; i++) h = Math.imul(h ^ turnId.charCodeAt(i), 0x01000193);
  return (h >>> 0) % RUNNING_SHARDS;
}

export type RedisKeys = ReturnType<typeof redisKeys>;
