import { fileURLToPath } from 'node:url';
import { from } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { defineAgentPlugin } from '../../plugins/sdk/index.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { hangingAgent, historyAgent, keywordSafety, throwingAgent } from '../fakes/testPlugins.ts';

const pluginsConfig = fileURLToPath(new URL('../fixtures/plugins/plugins.json', import.meta.url));

describe('plugin host', () => {
  it('turns a throwing plugin into a non-fatal error for that turn only', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: throwingAgent }, { plugin: historyAgent }] });
    const client = gw.client();
    const events = await collectTurn(client.streamTurn({ message: 'hi' }));
    const error = events.find((e) => e.event.type === 'error')?.event;
    expect(error).toEqual({ type: 'error', errorType: 'plugin_error', message: 'Agent "thrower" failed', retryable: false, fatal: false, agent: 'thrower' });
    // The agents after it still ran and the answer was still written.
    expect(events.some((e) => e.event.type === 'agent_result' && e.event.agent === 'history')).toBe(true);
    expect(events.filter((e) => e.event.type === 'token')).toHaveLength(3);
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['emergency', 'history'] });
    expect(events.filter((e) => e.event.type === 'stream_end')).toHaveLength(1);
    // The next turn on the same connection is served normally.
    const next = await collectTurn(client.streamTurn({ message: 'again' }));
    expect(next.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
  });

  it("drops an emergency from an agent that is not a safety plugin, with a non-fatal error naming it; the run goes on", async () => {
    const impostor = defineAgentPlugin({
      name: 'impostor',
      version: '1.0.0',
      apiVersion: 1,
      run: () =>
        from([
          { type: 'emergency', severity: 'critical', reasons: ['made up'], advice: 'Panic.' },
          { type: 'result', data: { after: true } },
        ] as const),
    });
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: impostor }] });
    const events = (await collectTurn(gw.client().streamTurn({ message: 'hi' }))).map((e) => e.event);
    expect(events.some((e) => e.type === 'emergency')).toBe(false);
    expect(events.find((e) => e.type === 'error')).toMatchObject({ errorType: 'plugin_error', fatal: false, agent: 'impostor', message: expect.stringContaining("only stage: 'safety' plugins") });
    // The rest of its run still counts, and the turn ends normally.
    expect(events.find((e) => e.type === 'agent_result' && e.agent === 'impostor')).toMatchObject({ data: { after: true } });
    expect(events.at(-1)).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['emergency', 'impostor'] });
    // A safety plugin's emergency is kept.
    const real = (await collectTurn(gw.client().streamTurn({ message: 'I have crushing chest pain' }))).map((e) => e.event);
    expect(real.filter((e) => e.type === 'emergency')).toHaveLength(1);
  });

  it('times out a hanging plugin and goes on', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: hangingAgent }, { plugin: historyAgent }] });
    const events = await collectTurn(gw.client().streamTurn({ message: 'hi' }));
    expect(events.find((e) => e.event.type === 'error')?.event).toEqual({
      type: 'error',
      errorType: 'plugin_timeout',
      message: 'Agent "hanger" did not finish within 50 ms',
      retryable: true,
      fatal: false,
      agent: 'hanger',
    });
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop', agentsCompleted: ['history'] });
  });

  it('loads third-party plugins from PLUGINS_CONFIG and refuses bad ones with typed errors', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }], config: { PLUGINS_CONFIG: pluginsConfig } });
    expect(gw.host.rejected.map((e) => [e.plugin, e.code])).toEqual([
      ['./doesNotExist.ts', 'load_failed'],
      ['needs-threshold', 'invalid_config'],
      ['from-the-future', 'unsupported_api_version'],
    ]);
    expect(gw.host.rejected[1]?.message).toContain('threshold');
    const events = await collectTurn(gw.client().streamTurn({ message: 'three little words' }));
    expect(events[0]?.event).toMatchObject({ agents: ['emergency', 'word-counter'] });
    expect(events.find((e) => e.event.type === 'status' && e.event.agent === 'word-counter')?.event).toMatchObject({ status: 'counting_words' });
    expect(events.find((e) => e.event.type === 'agent_result' && e.event.agent === 'word-counter')?.event).toMatchObject({ data: { label: 'words', words: 3 } });
  });

  it('rejects duplicate names and dependency cycles, orders by `after`', async () => {
    const a = defineAgentPlugin({ name: 'a', version: '1', apiVersion: 1, after: ['c'], run: async () => 'a' });
    const b = defineAgentPlugin({ name: 'b', version: '1', apiVersion: 1, after: ['a'], run: async () => 'b' });
    const c = defineAgentPlugin({ name: 'c', version: '1', apiVersion: 1, run: async () => 'c' });
    const x = defineAgentPlugin({ name: 'x', version: '1', apiVersion: 1, after: ['y'], run: async () => 'x' });
    const y = defineAgentPlugin({ name: 'y', version: '1', apiVersion: 1, after: ['x'], run: async () => 'y' });
    const dup = defineAgentPlugin({ name: 'c', version: '2', apiVersion: 1, run: async () => 'dup' });
    await using gw = await startTestGateway({ plugins: [a, b, c, x, y, dup].map((plugin) => ({ plugin })) });
    expect(gw.host.agents.map((p) => p.plugin.name)).toEqual(['c', 'a', 'b']);
    expect(gw.host.rejected.map((e) => [e.plugin, e.code]).sort()).toEqual([
      ['c', 'duplicate_name'],
      ['x', 'dependency_cycle'],
      ['y', 'dependency_cycle'],
    ]);
  });

  it('refuses objects that are not plugins', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: { name: 'Bad Name', run: 1 } }, { plugin: null }] });
    expect(gw.host.rejected.map((e) => e.code)).toEqual(['invalid_plugin', 'invalid_plugin']);
    expect(gw.host.agents).toHaveLength(0);
  });
});
