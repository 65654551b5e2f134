import { describe, expect, it } from 'vitest';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { historyAgent, keywordSafety } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSwitchableProxy } from './createSwitchableProxy.ts';
import { openRawTurn, textOf, type RawTracked } from './rawTurnStream.ts';

const answer = Array.from({ length: 60 }, (_, i) => `w${i} `);
const plugins = [{ plugin: keywordSafety }, { plugin: historyAgent }];
const seqOf = (id: string) => Number(id.split(':')[1]);

/**
 * Ids never repeat or go back; a skipped number is only ever inside merged tokens (a merged token
 * carries the last seq it covers), so a skip must land on a token: a lost status, result or end shows.
 */
function expectNoGapsOrDuplicates(events: readonly RawTracked[], after = 0) {
  let previous = after;
  for (const { id, event } of events) {
    const seq = seqOf(id);
    expect(seq).toBeGreaterThan(previous);
    if (seq > previous + 1) expect(event.type).toBe('token');
    previous = seq;
  }
}

/** Consecutive tokens merged into one (content joined, the last id), as the stream may deliver them. */
function mergeTokenRuns(events: readonly RawTracked[]) {
  const merged: { id: string; type: string; content?: string }[] = [];
  for (const { id, event } of events) {
    const last = merged.at(-1);
    const content = event.type === 'token' ? event.content : undefined;
    if (last?.type === 'token' && content !== undefined) merged[merged.length - 1] = { id, type: 'token', content: (last.content ?? '') + content };
    else merged.push({ id, type: event.type, ...(content === undefined ? {} : { content }) });
  }
  return merged;
}

describe.each(['memory', 'sqlite'] as const)('resume with lastEventId (%s store)', (kind) => {
  const open = () => {
    if (kind === 'memory') return {};
    const dir = mkdtempSync(join(tmpdir(), 'medchat-resume-'));
    return { store: createSqliteStore({ path: join(dir, 'resume.db') }), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  };

  it('a dropped socket resumes from the next event: same text as an uninterrupted run, once', async () => {
    const { store, cleanup } = open();
    const provider = createScriptedProvider({ tokens: answer, delayMs: 3 });
    await using gw = await startTestGateway({ plugins, provider, ...(store ? { store } : {}) });
    const first = await openRawTurn(gw.wsUrl, { input: { message: 'tell me everything' } });
    await first.waitForEvents(10);
    first.ws.terminate();
    const seen = first.events();
    const last = seen.at(-1)?.id as string;
    const second = await openRawTurn(gw.wsUrl, { input: { message: 'tell me everything' }, lastEventId: last });
    await second.waitForEnd();
    const rest = second.events();
    expectNoGapsOrDuplicates(rest, seqOf(last));
    expect(textOf([...seen, ...rest])).toBe(answer.join(''));
    expectNoGapsOrDuplicates([...seen, ...rest]);
    expect(rest.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    // The resume neither started a turn nor re-ran anything.
    expect(provider.requests).toHaveLength(1);
    const start = seen[0]?.event;
    if (start?.type !== 'stream_start') throw new Error('no stream_start');
    expect((await gw.store.getMessages(start.sessionId)).map((m) => m.role)).toEqual(['user', 'assistant']);
    await second[Symbol.asyncDispose]();
    cleanup?.();
  });

  it('the typed client reconnects through a reset connection and resumes by itself', async () => {
    const { store, cleanup } = open();
    const provider = createScriptedProvider({ tokens: answer, delayMs: 5 });
    await using gw = await startTestGateway({ plugins, provider, ...(store ? { store } : {}) });
    await using proxy = await createSwitchableProxy(gw.port);
    let opens = 0;
    const client = gw.client({ url: proxy.url, onConnectionChange: (state: string) => state === 'open' && opens++ } as never);
    const events = [];
    for await (const e of client.streamTurn({ message: 'tell me everything' })) {
      events.push(e);
      if (events.filter((x) => x.event.type === 'token').length === 8 && events.length < 20) proxy.dropAll();
    }
    expect(textOf(events)).toBe(answer.join(''));
    expectNoGapsOrDuplicates(events);
    expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
    expect(opens).toBe(2);
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(provider.requests).toHaveLength(1);
    cleanup?.();
  });

  it('a finished turn replays to its end; unknown or malformed ids get a clear error', async () => {
    const { store, cleanup } = open();
    await using gw = await startTestGateway({ plugins, ...(store ? { store } : {}) });
    const events = await collectTurn(gw.client().streamTurn({ message: 'short one' }));
    const replay = await openRawTurn(gw.wsUrl, { lastEventId: events[2]?.id as string });
    await replay.waitForEnd();
    // A replay arrives at once, so its tokens may merge: the same stream, token runs joined.
    expectNoGapsOrDuplicates(replay.events(), seqOf(events[2]?.id as string));
    expect(mergeTokenRuns(replay.events())).toEqual(mergeTokenRuns(events.slice(3)));
    const unknown = await openRawTurn(gw.wsUrl, { lastEventId: '00000000-0000-4000-8000-000000000000:3' });
    await unknown.waitForEnd();
    expect(unknown.error().error.json).toMatchObject({ message: 'That turn is unknown or has expired', data: { code: 'NOT_FOUND' } });
    const malformed = await openRawTurn(gw.wsUrl, { lastEventId: 'not-an-id' });
    await malformed.waitForEnd();
    expect(malformed.error().error.json.data.code).toBe('BAD_REQUEST');
    for (const s of [replay, unknown, malformed]) await s[Symbol.asyncDispose]();
    cleanup?.();
  });
});
