import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// The worker's code: plain CommonJS (no TypeScript loader in a worker), better-sqlite3 by its resolved path.
const WORKER_CODE = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
db.pragma('busy_timeout = 5000');
setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
}, workerData.everyMs);
`;

/**
 * Checkpoints the WAL from a worker thread's own connection, so copying pages into the database file
 * and its fsync never stop the event loop (on the main thread a commit that crossed the auto-checkpoint
 * mark took 20–115 ms: BENCHMARKS.md, session 7). PASSIVE: it waits for nobody and blocks no writer.
 * Its CPU is the process's, so the bench still counts it.
 */
export function startCheckpointer(path: string, everyMs = 250): { stop(): Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_CODE, { eval: true, workerData: { path, driver, everyMs } });
  // A store nobody closed must not keep the process alive; a worker that fails leaves the backstop.
  worker.unref();
  worker.on('error', () => {});
  return {
    async stop() {
      await worker.terminate();
    },
  };
}
