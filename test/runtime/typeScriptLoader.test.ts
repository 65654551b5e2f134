import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module (it runs before any TypeScript can), without type declarations
import { load } from '../../server/loader/typeScriptHooks.mjs';
import { TYPESCRIPT_LOADER } from '../../server/loader/typeScriptLoader.ts';

const FIXTURE = fileURLToPath(new URL('../fixtures/loader/failsAtLine.ts', import.meta.url));

describe('the TypeScript loader npm start runs with', () => {
  it('runs a TypeScript file and reports an error at its TypeScript line', () => {
    const run = spawnSync(process.execPath, ['--import', TYPESCRIPT_LOADER, FIXTURE], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Error: thrown at line 5');
    expect(run.stderr).toContain('failsAtLine.ts:5');
  });

  it('erases types without wrapping functions to keep their names (tsx does: one property store per closure)', async () => {
    const loaded = (await load(pathToFileURL(FIXTURE).href, {}, () => {
      throw new Error('a .ts file must not be handed on');
    })) as { format: string; source: string };
    expect(loaded.format).toBe('module');
    expect(loaded.source).not.toContain('interface');
    expect(loaded.source).not.toMatch(/__name\(/);
  });

  it('hands anything that is not TypeScript to the next loader', async () => {
    const next = { format: 'builtin', source: null };
    expect(await load('node:fs', {}, () => next)).toBe(next);
  });
});
