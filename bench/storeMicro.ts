/**
 * `npx tsx bench/storeMicro.ts [turns] [seconds] [store]`: a store's own CPU per token event, in
 * process, no sockets: `turns` turns at 50 tokens/s each (one timer per millisecond emits what is due,
 * as a loaded server's timers do), each token appended as the engine appends it and awaited. Prints CPU
 * µs per token and the mean delay from append to its promise settling. store: sqlite (default) or memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore } from '../server/store/createMemoryStore.ts';
import { createSqliteStore } from '../server/store/sqlite/createSqliteStore.ts';

const [turnsArg = '1000', secondsArg = '3', kind = 'sqlite'] = process.argv.slice(2);
const turns = Number(turnsArg);
const seconds = Number(secondsArg);
const dir = mkdtempSync(join(tmpdir(), 'medchat-store-micro-'));
const store = kind === 'memory' ? createMemoryStore() : createSqliteStore({ path: join(dir, 'micro.db') });
const ids: string[] = [];
for (let i = 0; i < turns; i++) {
  const sessionId = `s${i}`;
  await store.createSession({ id: sessionId, userId: undefined });
  const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
  await store.createTurn({ id, sessionId, userId: undefined, status: 'running', finishReason: undefined, owner: 'micro', leaseExpiresAt: Date.now() + 60_000, createdAt: Date.now(), updatedAt: Date.now(), audit: [] });
  ids.push(id);
}
const seqs = new Uint32Array(turns);
let tokens = 0;
let delaySum = 0;
let settled = 0;
const started = performance.now();
const cpu0 = process.cpuUsage();
await new Promise<void>((resolve) => {
  let emitted = 0;
  const timer = setInterval(() => {
    const due = Math.floor(((performance.now() - started) / 1000) * 50 * turns);
    for (; emitted < due; emitted++) {
      const t = emitted % turns;
      const at = performance.now();
      const pending = store.appendEvents(ids[t] as string, [{ seq: (seqs[t] = (seqs[t] ?? 0) + 1), event: { type: 'token', content: ' word' } }]) as Promise<void> | undefined;
      tokens++;
      if (pending) void pending.then(() => ((delaySum += performance.now() - at), settled++));
      else settled++;
    }
    if (performance.now() - started > seconds * 1000) {
      clearInterval(timer);
      setTimeout(resolve, 50);
    }
  }, 1);
});
const cpu = process.cpuUsage(cpu0);
console.log(`${kind} ${turns} turns × 50 tokens/s, ${seconds} s: ${tokens} tokens, ${((cpu.user + cpu.system) / tokens).toFixed(2)} µs CPU/token (${(cpu.system / tokens).toFixed(2)} kernel), commit delay mean ${(delaySum / Math.max(1, settled)).toFixed(2)} ms`);
await store.close();
rmSync(dir, { recursive: true, force: true });
