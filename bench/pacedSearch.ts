/**
 * `npx tsx bench/pacedSearch.ts [rounds] [rows...]`: the paced search of `npm run bench` alone, quick
 * sizes (1 s steps, up to 800 streams, two bisection steps), each row beside raw ws in the same round:
 * prints streams held and the ratio to raw ws per round. Rows: compatSqlite trpcSqlite compat trpc bareTrpc
 * (default: compatSqlite trpcSqlite compat trpc). BENCH_PACED='start,cap,seconds,refine' overrides the sizes.
 */
import type { Endpoint } from './lib/openConnection.ts';
import { startServer, type BenchServer, type ServerKind } from './lib/startServer.ts';
import { searchPacedCapacity } from './scenarios/runPaced.ts';

const [roundsArg = '1', ...rowArgs] = process.argv.slice(2);
const rows = rowArgs.length > 0 ? rowArgs : ['compatSqlite', 'trpcSqlite', 'compat', 'trpc'];
const [start = 50, cap = 800, seconds = 1, refine = 2] = (process.env['BENCH_PACED'] ?? '').split(',').filter(Boolean).map(Number);
const serverOf = (row: string): ServerKind => (row.endsWith('Sqlite') ? 'gatewaySqlite' : row === 'raw' ? 'raw' : row === 'bareTrpc' ? 'bareTrpc' : 'gateway');
const endpointOf = (row: string) => row.replace('Sqlite', '') as Endpoint;
const kinds = [...new Set(['raw', ...rows].map(serverOf))];
const servers = Object.fromEntries(await Promise.all(kinds.map(async (k) => [k, await startServer(k)] as const))) as Record<ServerKind, BenchServer>;
try {
  for (let r = 1; r <= Number(roundsArg); r++) {
    const size = { start, cap, seconds, refine };
    const raw = await searchPacedCapacity(servers.raw, 'raw', size);
    const line = [`round ${r}: raw ${raw.held}`];
    for (const row of rows) {
      const found = await searchPacedCapacity(servers[serverOf(row)], endpointOf(row), size);
      const held = found.steps.find((s) => s.streams === found.held);
      line.push(`${row} ${found.held}${found.capped ? '+' : ''} (${(found.held / raw.held).toFixed(2)}× raw, ${held?.cpuUsPerToken.toFixed(1)} µs/token, ${held?.framesPerToken.toFixed(2)} frames/token)`);
    }
    const rawHeld = raw.steps.find((s) => s.streams === raw.held);
    line[0] += ` (${rawHeld?.cpuUsPerToken.toFixed(1)} µs/token)`;
    console.log(line.join('; '));
  }
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}
