import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/engine/finishedTurnHeld.ts', import.meta.url));

// In its own process, where a full GC can be forced. A finished turn used to stay in memory for 60 s,
// old-generation work for every major GC under load; its events are in the store, which replays it.
it('regression: a finished turn is not held in memory, and still replays to its end from the store', () => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', TYPESCRIPT_LOADER, FIXTURE], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ turnHeld: false, text: 'Hello there.', last: 'stream_end' });
});
