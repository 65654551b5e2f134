import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/llm/promptHeldWhileStreaming.ts', import.meta.url));

// In its own process, where a full GC can be forced: whether the prompt can be collected is the question.
it('regression: an OpenAI-compatible call holds no reference to its prompt while the answer streams', () => {
  const run = spawnSync(process.execPath, ['--expose-gc', '--import', TYPESCRIPT_LOADER, FIXTURE], { encoding: 'utf8', timeout: 30_000 });
  expect(run.stderr).toBe('');
  expect(JSON.parse(run.stdout)).toEqual({ deltas: ['hi'], promptHeld: false });
});
