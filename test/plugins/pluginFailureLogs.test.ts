import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineAgentPlugin } from '../../plugins/sdk/index.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

// A plugin author whose plugin does not start must see why in the gateway's log: the cause's class and
// code. Its message stays out (it may quote configuration), like every error the gateway logs.
const SECRET = 'setup-canary-4e1d';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'medchat-plugin-logs-'));
  await writeFile(join(dir, 'throwsAtImport.mjs'), `throw Object.assign(new TypeError('${SECRET}'), { code: 'E_PLUGIN_IMPORT' });\n`);
  await writeFile(join(dir, 'plugins.json'), JSON.stringify({ plugins: [{ module: './missing.mjs' }, { module: './throwsAtImport.mjs' }] }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function memoryLog() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  return { stream, records: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>), text: () => lines.join('\n') };
}

describe('plugin load and setup failures', () => {
  it('log the cause: its class and code, never its message', async () => {
    const log = memoryLog();
    const failsInSetup = defineAgentPlugin({
      name: 'fails-in-setup',
      version: '1.0.0',
      apiVersion: 1,
      setup: () => {
        throw Object.assign(new RangeError(SECRET), { code: 'E_NO_FORMULARY' });
      },
      run: async () => undefined,
    });
    await using gw = await startTestGateway({
      plugins: [{ plugin: failsInSetup }],
      config: { PLUGINS_CONFIG: join(dir, 'plugins.json') },
      logger: createLogger({ level: 'error', destination: log.stream }),
    });
    expect(gw.host.rejected.map((e) => [e.plugin, e.code])).toEqual([
      ['./missing.mjs', 'load_failed'],
      ['./throwsAtImport.mjs', 'load_failed'],
      ['fails-in-setup', 'setup_failed'],
    ]);
    const byPlugin = (plugin: string) => log.records().find((r) => r.plugin === plugin);
    await expect.poll(() => log.records().length).toBeGreaterThanOrEqual(3);
    expect(byPlugin('fails-in-setup')).toMatchObject({ code: 'setup_failed', hook: 'setup', err: { name: 'RangeError', code: 'E_NO_FORMULARY' } });
    expect(byPlugin('./throwsAtImport.mjs')).toMatchObject({ code: 'load_failed', hook: 'load', err: { name: 'TypeError', code: 'E_PLUGIN_IMPORT' } });
    expect(byPlugin('./missing.mjs')).toMatchObject({ code: 'load_failed', hook: 'load', err: { name: expect.any(String), code: expect.stringMatching(/MODULE_NOT_FOUND|LOAD_URL/) } });
    expect(log.text()).not.toContain(SECRET);
  });
});
