import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createLoadWindow } from '../../server/reliability/createLoadWindow.ts';
import { mergeTokensUnderLoad } from '../../server/engine/mergeTokensUnderLoad.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import type { EventSink } from '../../server/protocol/Feed.ts';
import { createSqliteStore } from '../../server/store/sqlite/createSqliteStore.ts';
import { createScriptedProvider } from '../fakes/createScriptedProvider.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { openRawTurn, textOf } from '../resume/rawTurnStream.ts';

/** A load window the test switches and ends by hand. */
function manualWindow(loaded = true) {
  let close: (() => void) | undefined;
  let open: Promise<void> | undefined;
  const window = {
    loaded,
    nextWindow: () => (open ??= new Promise<void>((resolve) => (close = resolve))),
  };
  return {
    window,
    endWindow: async () => {
      open = undefined;
      close?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

/** A source the test pushes into by hand, piped through the merge; returns what came out. */
function mergeHarness(loaded = true) {
  const manual = manualWindow(loaded);
  const out: (ChatEvent | 'complete' | 'error')[] = [];
  let input!: EventSink<ChatEvent>;
  const stop = mergeTokensUnderLoad((sink) => {
    input = sink;
    return () => {};
  }, manual.window)({ next: (e) => out.push(e), error: () => out.push('error'), complete: () => out.push('complete') });
  const token = (content: string, agent?: string): ChatEvent => (agent === undefined ? { type: 'token', content } : { type: 'token', content, agent });
  return { ...manual, out, input, stop, token };
}

describe('tokens merged under load, before they are numbered and stored', () => {
  it('idle: every token leaves at once, one event each', () => {
    const h = mergeHarness(false);
    for (const w of ['a', 'b', 'c']) h.input.next(h.token(w));
    expect(h.out).toEqual([h.token('a'), h.token('b'), h.token('c')]);
  });

  it('loaded: the first token leaves at once, the rest wait for the window and leave as one event', async () => {
    const h = mergeHarness(true);
    for (const w of ['a', 'b', 'c', 'd']) h.input.next(h.token(w));
    expect(h.out).toEqual([h.token('a')]);
    await h.endWindow();
    expect(h.out).toEqual([h.token('a'), h.token('bcd')]);
    h.input.next(h.token('e'));
    h.input.next(h.token('f'));
    await h.endWindow();
    expect(h.out).toEqual([h.token('a'), h.token('bcd'), h.token('ef')]);
  });

  it('any other event, another agent, the end and an error release what is held first: nothing reordered', async () => {
    const h = mergeHarness(true);
    h.input.next(h.token('a'));
    h.input.next(h.token('b'));
    h.input.next(h.token('c'));
    h.input.next({ type: 'status', status: 'generating_response' });
    h.input.next(h.token('d'));
    h.input.next(h.token('e', 'other'));
    h.input.next(h.token('f', 'other'));
    h.input.complete();
    expect(h.out).toEqual([h.token('a'), h.token('bc'), { type: 'status', status: 'generating_response' }, h.token('d'), h.token('ef', 'other'), 'complete']);
    // The window that ends later has nothing left to release.
    await h.endWindow();
    expect(h.out).toHaveLength(6);

    const failing = mergeHarness(true);
    failing.input.next(failing.token('a'));
    failing.input.next(failing.token('b'));
    failing.input.error(new Error('provider failed'));
    expect(failing.out).toEqual([failing.token('a'), failing.token('b'), 'error']);
  });

  it('a source stopped while tokens are held releases nothing afterwards', async () => {
    const h = mergeHarness(true);
    h.input.next(h.token('a'));
    h.input.next(h.token('b'));
    h.stop();
    await h.endWindow();
    expect(h.out).toEqual([h.token('a')]);
  });

  it('the process window counts as loaded only while the event loop is busy, lengthens while it stays saturated, and is back to the shortest once it has room', async () => {
    vi.useFakeTimers();
    try {
      // Utilisation read at start, then once per 50 ms sample.
      const readings = [0, 0.9, 0.99, 0.99, 0.99, 0.99, 0.7, 0.5];
      const window = createLoadWindow({ minMs: 20, maxMs: 40, sampleMs: 50, utilization: () => ({ value: readings.shift() ?? 0, mark: undefined as never }) });
      // How long a window opened now lasts, in whole fake milliseconds.
      const windowLength = async () => {
        let ended = false;
        void window.nextWindow().then(() => (ended = true));
        let ms = 0;
        while (!ended) {
          await vi.advanceTimersByTimeAsync(1);
          ms++;
        }
        return ms;
      };
      expect(window.loaded).toBe(false);
      await vi.advanceTimersByTimeAsync(50); // 0.9: loaded, the shortest window still
      expect(window.loaded).toBe(true);
      expect(await windowLength()).toBe(20);
      await vi.advanceTimersByTimeAsync(30); // 0.99: saturated, longer
      expect(await windowLength()).toBe(25);
      await vi.advanceTimersByTimeAsync(125); // three more saturated samples: capped at the longest
      expect(await windowLength()).toBe(40);
      await vi.advanceTimersByTimeAsync(10); // 0.7: still loaded (hysteresis), the shortest window again at once
      expect(window.loaded).toBe(true);
      expect(await windowLength()).toBe(20);
      await vi.advanceTimersByTimeAsync(30); // 0.5: idle
      expect(window.loaded).toBe(false);
      expect(await windowLength()).toBe(20);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe.each(['memory', 'sqlite'] as const)('a turn merged under load, end to end (%s store)', (kind) => {
  it('the client gets the whole answer in fewer events, and a resume after any merged id gives exactly the rest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'medchat-merge-'));
    const store = kind === 'sqlite' ? createSqliteStore({ path: join(dir, 'merge.db') }) : undefined;
    const answer = Array.from({ length: 40 }, (_, i) => `w${i} `);
    const manual = manualWindow(true);
    const provider = createScriptedProvider({ tokens: answer, delayMs: 1 });
    await using gw = await startTestGateway({ provider, loadWindow: manual.window, ...(store ? { store } : {}) });
    const ending = setInterval(() => void manual.endWindow(), 10);
    try {
      const first = await openRawTurn(gw.wsUrl, { input: { message: 'tell me' } });
      await first.waitForEnd();
      const events = first.events();
      const tokens = events.filter((e) => e.event.type === 'token');
      expect(textOf(events)).toBe(answer.join(''));
      expect(tokens.length).toBeLessThan(answer.length);
      expect(tokens[0]?.event).toEqual({ type: 'token', content: 'w0 ' });
      // Each event has its own id, in order, with no gap: merging happened before numbering.
      const seqs = events.map((e) => Number(e.id.split(':')[1]));
      expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] as number) + i));
      for (const [i, { id }] of events.entries()) {
        if (i === events.length - 1) continue;
        const resumed = await openRawTurn(gw.wsUrl, { input: { message: 'tell me' }, lastEventId: id });
        await resumed.waitForEnd();
        // The replay may merge further on delivery (it is due at once); what it carries, and its ids, are the stored ones.
        const rest = events.slice(i + 1);
        expect(textOf(resumed.events())).toBe(textOf(rest));
        expect(resumed.events().map((e) => e.id).every((resumedId) => rest.some((e) => e.id === resumedId))).toBe(true);
        expect(resumed.events().at(-1)).toEqual(rest.at(-1));
        await resumed[Symbol.asyncDispose]();
      }
      await first[Symbol.asyncDispose]();
    } finally {
      clearInterval(ending);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
