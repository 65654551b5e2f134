import { NEVER, Observable, from, interval, map } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { defineAgentPlugin, type PluginEmission } from '../../plugins/sdk/index.ts';
import { createPluginTestKit } from '../../plugins/sdk/testing.ts';

const base = { version: '1.0.0', apiVersion: 1 } as const;
/** An Observable of these emissions, completing synchronously. */
const emit = (...emissions: PluginEmission[]) => from(emissions);

describe('createPluginTestKit: loading', () => {
  const thresholded = defineAgentPlugin({
    ...base,
    name: 'thresholded',
    config: z.object({ threshold: z.number().min(0).max(1), label: z.string().default('t') }),
    run: async (ctx) => ctx.config,
  });

  it('parses options with the plugin schema and applies defaults', async () => {
    const kit = await createPluginTestKit(thresholded, { options: { threshold: 0.5 } });
    expect(kit.config).toEqual({ threshold: 0.5, label: 't' });
    expect((await kit.run('hi')).result).toEqual({ threshold: 0.5, label: 't' });
  });

  it('refuses invalid options the way the gateway does', async () => {
    await expect(createPluginTestKit(thresholded, { options: { threshold: 7 } })).rejects.toMatchObject({
      name: 'PluginKitError',
      code: 'invalid_config',
      plugin: 'thresholded',
      hook: 'load',
      message: expect.stringContaining('threshold'),
    });
    const noOptions = defineAgentPlugin({ ...base, name: 'plain', run: () => undefined });
    await expect(createPluginTestKit(noOptions, { options: { x: 1 } })).rejects.toMatchObject({ code: 'invalid_config', message: 'Plugin "plain" takes no options' });
  });

  it('refuses another plugin API version and objects that are not plugins', async () => {
    const future = defineAgentPlugin({ ...base, name: 'future', apiVersion: 2, run: () => undefined });
    await expect(createPluginTestKit(future)).rejects.toMatchObject({
      code: 'unsupported_api_version',
      message: 'Plugin "future" targets plugin API 2; this gateway implements 1',
    });
    await expect(createPluginTestKit({ name: 'Bad Name', run: 1 } as never)).rejects.toMatchObject({ code: 'invalid_plugin', plugin: 'Bad Name' });
  });

  it('runs setup with the config and reports its failure; teardown runs once', async () => {
    const calls: string[] = [];
    const plugin = defineAgentPlugin({
      ...base,
      name: 'lifecycle',
      config: z.object({ fail: z.boolean().default(false) }),
      setup(config) {
        calls.push(`setup:${config.fail}`);
        if (config.fail) throw new Error('no database');
      },
      run: () => undefined,
      teardown: () => void calls.push('teardown'),
    });
    await expect(createPluginTestKit(plugin, { options: { fail: true } })).rejects.toMatchObject({ code: 'setup_failed', hook: 'setup' });
    {
      await using kit = await createPluginTestKit(plugin);
      await kit.teardown();
    }
    expect(calls).toEqual(['setup:true', 'setup:false', 'teardown']);
  });
});

describe('createPluginTestKit: outputs', () => {
  it('sorts an Observable’s emissions by kind', async () => {
    const plugin = defineAgentPlugin({
      ...base,
      name: 'everything',
      stage: 'safety',
      run: (ctx) =>
        emit(
          { type: 'status', status: 'looking', details: { step: 1 } },
          { type: 'token', content: 'Hi ' },
          { type: 'emergency', severity: 'urgent', reasons: ['r'], advice: `Call ${ctx.safety.emergencyNumber}` },
          { type: 'audit', rule: 'r1', detail: 'matched' },
          { type: 'result', data: { ok: true } },
        ),
    });
    const kit = await createPluginTestKit(plugin, { safety: { emergencyNumber: '112' } });
    const report = await kit.run('hello');
    expect(report.emissions).toHaveLength(5);
    expect(report).toMatchObject({
      statuses: [{ status: 'looking', details: { step: 1 } }],
      tokens: ['Hi '],
      emergencies: [{ severity: 'urgent', reasons: ['r'], advice: 'Call 112' }],
      audit: [{ rule: 'r1', detail: 'matched' }],
      result: { ok: true },
      error: undefined,
      ruleErrors: [],
      aborted: false,
    });
  });

  it('turns a Promise into a result, nothing into no emission, and reads an AsyncIterable', async () => {
    const promised = defineAgentPlugin({ ...base, name: 'promised', run: async (ctx) => ({ length: ctx.message.length }) });
    expect((await (await createPluginTestKit(promised)).run('four')).emissions).toEqual([{ type: 'result', data: { length: 4 } }]);

    const silent = defineAgentPlugin({ ...base, name: 'silent', run: () => undefined });
    expect((await (await createPluginTestKit(silent)).run('x')).emissions).toEqual([]);

    const iterated = defineAgentPlugin({
      ...base,
      name: 'iterated',
      async *run(ctx): AsyncIterable<PluginEmission> {
        for (const word of ctx.message.split(' ')) yield { type: 'token', content: word.length.toString() };
      },
    });
    expect((await (await createPluginTestKit(iterated)).run('ab cde')).tokens).toEqual(['2', '3']);
  });

  it('reports a throw, a rejection and an invalid emission as plugin_error', async () => {
    const thrower = defineAgentPlugin({ ...base, name: 'thrower', run: () => { throw new Error('boom'); } });
    const report = await (await createPluginTestKit(thrower)).run('x');
    expect(report.error).toMatchObject({ code: 'plugin_error', hook: 'run', message: 'Agent "thrower" failed', cause: new Error('boom') });

    const rejecter = defineAgentPlugin({ ...base, name: 'rejecter', run: () => Promise.reject(new Error('nope')) });
    expect((await (await createPluginTestKit(rejecter)).run('x')).error?.code).toBe('plugin_error');

    const badStatus = defineAgentPlugin({ ...base, name: 'bad-status', run: () => emit({ type: 'result', data: 1 }, { type: 'status', status: 'Not Snake' }) });
    const bad = await (await createPluginTestKit(badStatus)).run('x');
    expect(bad.error?.message).toBe('Agent "bad-status" emitted an invalid value');
    expect(bad.result).toBe(1);
  });
});

describe('createPluginTestKit: stage rules, as the gateway applies them', () => {
  it("drops an emergency from a plugin that is not stage: 'safety' and reports it in ruleErrors", async () => {
    const emergency = { type: 'emergency', severity: 'urgent', reasons: ['x'], advice: 'See a doctor today.' } as const;
    const agent = defineAgentPlugin({ ...base, name: 'agent', run: () => emit(emergency, { type: 'result', data: 1 }) });
    const report = await (await createPluginTestKit(agent)).run('hi');
    expect(report.emergencies).toEqual([]);
    expect(report.result).toBe(1);
    expect(report.error).toBeUndefined();
    expect(report.ruleErrors).toMatchObject([{ name: 'PluginKitError', code: 'plugin_error', plugin: 'agent', hook: 'run' }]);
    const safety = defineAgentPlugin({ ...base, name: 'safety', stage: 'safety', run: () => emit(emergency) });
    const kept = await (await createPluginTestKit(safety)).run('hi');
    expect(kept.emergencies).toEqual([{ severity: 'urgent', reasons: ['x'], advice: 'See a doctor today.' }]);
    expect(kept.ruleErrors).toEqual([]);
  });
});

describe('createPluginTestKit: time limits and cancelling', () => {
  function ticker(timeoutMs?: number) {
    const seen = { aborted: false };
    const plugin = defineAgentPlugin({
      ...base,
      name: 'ticker',
      ...(timeoutMs === undefined ? {} : { timeoutMs }),
      run(ctx) {
        ctx.signal.addEventListener('abort', () => (seen.aborted = true));
        return interval(5).pipe(map((i): PluginEmission => ({ type: 'token', content: `${i}` })));
      },
    });
    return { plugin, seen };
  }

  it('times a run out with the plugin’s timeoutMs, else the gateway default, and aborts ctx.signal', async () => {
    const own = ticker(40);
    const report = await (await createPluginTestKit(own.plugin, { defaultTimeoutMs: 10_000 })).run('x');
    expect(report.error).toMatchObject({ code: 'plugin_timeout', message: 'Agent "ticker" did not finish within 40 ms' });
    expect(report.tokens.length).toBeGreaterThan(0);
    expect(own.seen.aborted).toBe(true);

    const hanger = defineAgentPlugin({ ...base, name: 'hanger', run: () => NEVER });
    expect((await (await createPluginTestKit(hanger, { defaultTimeoutMs: 30 })).run('x')).error?.code).toBe('plugin_timeout');
  });

  it('cancels a run mid-way through a signal or after N emissions', async () => {
    const { plugin, seen } = ticker();
    const kit = await createPluginTestKit(plugin);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const cancelled = await kit.run({ message: 'x', signal: controller.signal });
    expect(cancelled).toMatchObject({ aborted: true, error: undefined });
    expect(cancelled.tokens.length).toBeGreaterThan(0);
    expect(seen.aborted).toBe(true);

    const counted = await kit.run({ message: 'x', abortAfter: 3 });
    expect(counted.tokens).toEqual(['0', '1', '2']);
    expect(counted.aborted).toBe(true);

    const before = await kit.run({ message: 'x', signal: AbortSignal.abort() });
    expect(before).toMatchObject({ aborted: true, emissions: [] });
  });

  // The run creates ctx.signal when the plugin first reads it (most never do); one first read after
  // the run was stopped must still say it was.
  it('gives a plugin that first reads ctx.signal after its time limit an aborted signal', async () => {
    let late: AbortSignal | undefined;
    const plugin = defineAgentPlugin({
      ...base,
      name: 'late-reader',
      timeoutMs: 20,
      run: (ctx) =>
        new Observable<PluginEmission>(() => {
          const timer = setTimeout(() => (late = ctx.signal), 60);
          return () => void timer;
        }),
    });
    expect((await (await createPluginTestKit(plugin)).run('x')).error?.code).toBe('plugin_timeout');
    await vi.waitFor(() => expect(late).toBeDefined());
    expect(late?.aborted).toBe(true);
  });

  it('leaves the signal of a run that finished unaborted, however late it is read', async () => {
    let ctxSeen: { readonly signal: AbortSignal } | undefined;
    const plugin = defineAgentPlugin({
      ...base,
      name: 'quick',
      run: async (ctx) => {
        ctxSeen = ctx;
        return { done: true };
      },
    });
    expect((await (await createPluginTestKit(plugin)).run('x')).result).toEqual({ done: true });
    expect(ctxSeen?.signal.aborted).toBe(false);
  });

  it('stops a synchronous observable at abortAfter', async () => {
    const plugin = defineAgentPlugin({ ...base, name: 'burst', run: () => emit(...['a', 'b', 'c'].map((content) => ({ type: 'token' as const, content }))) });
    expect((await (await createPluginTestKit(plugin)).run({ message: 'x', abortAfter: 1 })).tokens).toEqual(['a']);
  });
});

describe('createPluginTestKit: context, sessions and logs', () => {
  const counter = defineAgentPlugin({
    ...base,
    name: 'counter',
    run(ctx) {
      const seen = (ctx.state.get<number>() ?? 0) + 1;
      ctx.state.set(seen);
      ctx.log.info({ seen }, 'turn counted');
      return new Observable<PluginEmission>((s) => {
        s.next({ type: 'token', content: `turn ${seen}` });
        s.next({ type: 'result', data: { seen, history: ctx.history.length, triage: ctx.results.get('triage'), age: ctx.profile?.age } });
        s.complete();
      });
    },
  });

  it('shares state and history across the turns of a session', async () => {
    const kit = await createPluginTestKit(counter);
    const session = kit.session({ profile: { age: 40 }, state: 10 });
    expect((await session.turn('first')).result).toEqual({ seen: 11, history: 0, triage: undefined, age: 40 });
    const second = await session.turn({ message: 'second', results: { triage: 'self_care' }, reply: 'scripted answer' });
    expect(second.result).toEqual({ seen: 12, history: 2, triage: 'self_care', age: 40 });
    expect(session.state).toBe(12);
    expect(session.history).toEqual([
      { role: 'user', content: 'first' },
      { role: 'assistant', content: 'turn 11' },
      { role: 'user', content: 'second' },
      { role: 'assistant', content: 'scripted answer' },
    ]);
    // A separate session starts afresh.
    expect((await kit.session().turn('x')).state).toBe(1);
  });

  it('records logs tagged with the plugin and flags user text in them', async () => {
    const kit = await createPluginTestKit(counter);
    const clean = await kit.run({ message: 'my chest hurts' });
    expect(clean.logs).toEqual([{ level: 'info', fields: { seen: 1, plugin: 'counter' }, msg: 'turn counted' }]);
    expect(clean.userTextInLogs).toEqual([]);

    const leaky = defineAgentPlugin({
      ...base,
      name: 'leaky',
      run(ctx) {
        ctx.log.debug({ count: 1 }, 'fine');
        ctx.log.warn({ what: ctx.message.slice(0, 10) }, 'fragment');
        ctx.log.info({ allergy: ctx.profile?.allergies?.drug?.[0] }, 'profile entry');
      },
    });
    const report = await (await createPluginTestKit(leaky)).run({ message: 'my chest hurts badly', profile: { allergies: { drug: ['penicillin'] } } });
    expect(report.userTextInLogs.map((r) => r.msg)).toEqual(['fragment', 'profile entry']);
  });

  it('refuses an impossible scripted profile', async () => {
    const kit = await createPluginTestKit(counter);
    await expect(kit.run({ message: 'x', profile: { age: -3 } })).rejects.toThrow(/Scripted profile is invalid/);
  });
});
