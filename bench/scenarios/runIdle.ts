import { openConnections, type Endpoint } from '../lib/openConnection.ts';
import { sleep } from '../lib/progress.ts';
import type { BenchServer } from '../lib/startServer.ts';
import { ROUTINE_TEXT } from '../lib/texts.ts';

export interface IdleRun {
  readonly rssBytesPerConnection: number;
  readonly heapBytesPerConnection: number;
}

/**
 * `n` open sockets doing nothing: the server's RSS and heap after a full collection, before and
 * after, divided by `n`. One turn first, so lazily built code and caches are not counted as per socket.
 */
export async function runIdle(server: BenchServer, endpoint: Endpoint, n: number): Promise<IdleRun> {
  const [warm] = await openConnections(server.wsBase, endpoint, 1);
  await warm?.turn({ tokens: 5, intervalMs: 1, gated: false }, ROUTINE_TEXT);
  warm?.close();
  await sleep(200);
  const before = await server.control('gc');
  const conns = await openConnections(server.wsBase, endpoint, n);
  try {
    await sleep(1000); // greetings sent, handshake garbage collectable
    const after = await server.control('gc');
    return { rssBytesPerConnection: (after.rss - before.rss) / n, heapBytesPerConnection: (after.heapUsed - before.heapUsed) / n };
  } finally {
    for (const conn of conns) conn.close();
  }
}
