import type { RedisClient } from './createRedisClient.ts';

/**
 * XREAD BLOCK ties up its connection, so followers borrow connections from a small pool of
 * duplicates (on a cluster, each a cluster client routing the read to the stream's node). An aborted wait returns at once; its connection rejoins the pool when the read ends.
 */
export function createBlockingReader(redis: RedisClient) {
  const idle: RedisClient[] = [];
  const all = new Set<RedisClient>();
  let closed = false;

  const borrow = () => {
    const conn = idle.pop();
    if (conn) return conn;
    const created = redis.duplicate();
    created.on('error', () => {});
    all.add(created);
    return created;
  };

  return {
    async wait(streamKey: string, afterId: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
      if (closed || signal.aborted) return;
      const conn = borrow();
      const read = conn.xread('COUNT', 1, 'BLOCK', timeoutMs, 'STREAMS', streamKey, afterId).then(
        () => (closed ? conn.disconnect() : idle.push(conn)),
        () => {
          all.delete(conn);
          conn.disconnect();
        },
      );
      await new Promise<void>((resolve) => {
        // One follower waits many times on the same signal: each wait removes its own listener.
        const done = () => {
          signal.removeEventListener('abort', done);
          resolve();
        };
        signal.addEventListener('abort', done, { once: true });
        void read.then(done);
      });
    },
    close() {
      closed = true;
      for (const conn of all) conn.disconnect();
      all.clear();
      idle.length = 0;
    },
  };
}
