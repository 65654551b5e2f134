/** Every key the Redis store uses, under one prefix so several deployments (or tests) share a server. */
export function redisKeys(prefix: string) {
  return {
    session: (id: string) => `${prefix}s:${id}`,
    sessionMessages: (id: string) => `${prefix}s:${id}:msgs`,
    sessionMessageIds: (id: string) => `${prefix}s:${id}:msgids`,
    sessionTurns: (id: string) => `${prefix}s:${id}:turns`,
    /** All sessions scored by updatedAt, for retention. */
    sessionsByUpdate: `${prefix}sessions`,
    userSessions: (userId: string) => `${prefix}u:${userId}:sessions`,
    profile: (userId: string) => `${prefix}p:${userId}`,
    turn: (id: string) => `${prefix}t:${id}`,
    turnEvents: (id: string) => `${prefix}t:${id}:ev`,
    turnLease: (id: string) => `${prefix}t:${id}:lease`,
    runningTurns: `${prefix}turns:running`,
    /** A client's message id (prefixed with its user) to the turn it started; expires on its own. */
    clientMessageTurn: (key: string) => `${prefix}cm:${key}`,
  };
}

export type RedisKeys = ReturnType<typeof redisKeys>;
