import { Subject } from 'rxjs';
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { createEventSender } from '../../compat/createEventSender.ts';
import type { LoadWindow } from '../../server/reliability/createLoadWindow.ts';
import { MAX_MERGED_CHARS, mergeTokens } from '../../server/delivery/mergeTokens.ts';
import { splitText } from '../../server/delivery/splitText.ts';
import { paceDelivery } from '../../server/delivery/paceDelivery.ts';
import type { StoredEvent } from '../../server/protocol/storedEvent.ts';
import { createEventLog } from '../../server/store/createEventLog.ts';
import { observableToAsyncIterable } from '../../server/trpc/observableToAsyncIterable.ts';

/** A load window the test ends by hand (the real one is a shared timer). */
function manualLoad() {
  let close: (() => void) | undefined;
  let open: Promise<void> | undefined;
  const load: { -readonly [K in keyof LoadWindow]: LoadWindow[K] } = {
    nextWindow: () => (open ??= new Promise<void>((resolve) => (close = resolve))),
    loaded: false,
  };
  return {
    load,
    endWindow: () => {
      open = undefined;
      close?.();
    },
  };
}

function fakeSocket() {
  const sent: { type: string; content?: string }[] = [];
  const socket = { readyState: WebSocket.OPEN as number, bufferedAmount: 0, send: (text: string) => sent.push(JSON.parse(text)) };
  return { socket, sent, ws: socket as unknown as WebSocket };
}

const nextRun = () => new Promise<void>((resolve) => setImmediate(resolve));

// A deterministic pseudo-random sequence, so a failure replays.
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i} `);

describe('the delivery policy, compat (push)', () => {
  it('idle: one frame per token, each at once', async () => {
    const { ws, sent } = fakeSocket();
    const { load } = manualLoad();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, load);
    for (const content of words(20)) {
      ms += 20;
      send({ type: 'token', content });
      await nextRun();
    }
    expect(sent.map((f) => f.content)).toEqual(words(20));
  });

  it('behind (a run brought several tokens): later tokens wait for the end of the window and leave as one frame', async () => {
    const { ws, sent } = fakeSocket();
    const window = manualLoad();
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, window.load);
    for (const content of ['a', 'b', 'c']) send({ type: 'token', content });
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'bc']);
    for (const content of ['d', 'e', 'f']) {
      ms += 20;
      send({ type: 'token', content });
      await nextRun();
    }
    expect(sent).toHaveLength(2);
    window.endWindow();
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'bc', 'def']);
  });

  // The engine merges at the source while the process is loaded (tokenMergeUnderLoad.test.ts): a
  // second window here would double what a token waits.
  it('behind while the process is loaded: runs leave at the end of the run, no second window', async () => {
    const { ws, sent } = fakeSocket();
    const window = manualLoad();
    window.load.loaded = true;
    let ms = 1000;
    const send = createEventSender(ws, () => 'ts', 100, () => ms, window.load);
    for (const content of ['a', 'b', 'c']) send({ type: 'token', content });
    await nextRun();
    ms += 20;
    for (const content of ['d', 'e']) send({ type: 'token', content });
    await nextRun();
    expect(sent.map((f) => f.content)).toEqual(['a', 'bc', 'de']);
  });

  it('never loses or reorders a character, whatever load, congestion and bursts do', async () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const next = random(seed);
      const { socket, ws, sent } = fakeSocket();
      const window = manualLoad();
      let ms = 1000;
      const send = createEventSender(ws, () => 'ts', 100, () => ms, window.load);
      const input = words(300);
      for (let i = 0; i < input.length; ) {
        socket.bufferedAmount = next() < 0.2 ? 500 : 0;
        for (let burst = 1 + Math.floor(next() * 4); burst > 0 && i < input.length; burst--) send({ type: 'token', content: input[i++] as string });
        if (next() < 0.3) window.endWindow();
        if (next() < 0.1) send({ type: 'status', status: 'processing' });
        ms += Math.floor(next() * 3);
        await nextRun();
      }
      socket.bufferedAmount = 0;
      send({ type: 'status', status: 'processing' });
      expect(sent.at(-1)?.type).toBe('status');
      expect(sent.filter((f) => f.type === 'token').map((f) => f.content).join('')).toBe(input.join(''));
    }
  });
});

describe('the delivery policy, tRPC (pull)', () => {
  const tokens = (texts: readonly string[]): StoredEvent[] => texts.map((content, i) => ({ seq: i + 1, event: { type: 'token', content } }));

  async function deliver(events: readonly StoredEvent[], window: ReturnType<typeof manualLoad>, between: (i: number) => number) {
    const source = new Subject<StoredEvent>();
    const got: StoredEvent[] = [];
    const pace = paceDelivery(() => undefined, window.load);
    const iterable = observableToAsyncIterable(source, { signal: undefined, coalesce: pace.merge, highWater: 1, beforeYield: pace.beforeYield });
    const reading = (async () => {
      for await (const stored of iterable) got.push(stored);
    })();
    for (let i = 0; i < events.length; ) {
      // A run brings one token, or several when between() says so (the stream is behind).
      for (let n = between(i); n > 0 && i < events.length; n--) source.next(events[i++] as StoredEvent);
      await nextRun();
    }
    window.endWindow();
    await nextRun();
    source.complete();
    await reading;
    return got;
  }

  it('idle: one event per token, with its own id', async () => {
    const window = manualLoad();
    const input = tokens(words(30));
    const got = await deliver(input, window, () => 1);
    expect(got).toEqual(input);
  });

  it('behind: fewer events; every character once, in order; each id resumes exactly after what it carried', async () => {
    const window = manualLoad();
    const input = tokens(words(200));
    const next = random(7);
    const got = await deliver(input, window, () => {
      if (next() < 0.25) window.endWindow();
      return next() < 0.2 ? 3 : 1;
    });
    expect(got.length).toBeLessThan(input.length);
    const full = input.map((e) => (e.event as { content: string }).content).join('');
    expect(got.map((e) => (e.event as { content: string }).content).join('')).toBe(full);
    // The turn's log, as a resume reads it: after each merged event's id comes exactly the rest.
    const log = createEventLog();
    for (const stored of input) log.append(stored);
    let seen = '';
    let lastSeq = 0;
    for (const stored of got) {
      expect(stored.seq).toBeGreaterThan(lastSeq);
      lastSeq = stored.seq;
      seen += (stored.event as { content: string }).content;
      const rest = log.after(stored.seq).map((e) => (e.event as { content: string }).content).join('');
      expect(seen + rest).toBe(full);
    }
  });

  /** A tRPC reader paced by the policy: what it has taken so far, as contents. */
  function readPaced(load: LoadWindow) {
    const source = new Subject<StoredEvent>();
    const pace = paceDelivery(() => undefined, load);
    const iterator = observableToAsyncIterable(source, { signal: undefined, coalesce: pace.merge, highWater: 1, beforeYield: pace.beforeYield });
    const got: string[] = [];
    const reading = (async () => {
      for await (const stored of iterator) got.push((stored.event as { content: string }).content);
    })();
    return { source, got, reading };
  }

  // Regression (bench: tRPC added 22 ms to the first token): the first merged event, the one that shows
  // the stream fell behind, waited for the end of a window instead of leaving at once.
  it('behind: the merged event that shows it leaves without waiting for a window; the next one waits', async () => {
    const window = manualLoad();
    const { source, got, reading } = readPaced(window.load);
    // Three tokens in one run, before the reader pulls: they merge into one event.
    for (const [i, content] of ['a', 'b', 'c'].entries()) source.next({ seq: i + 1, event: { type: 'token', content } });
    await nextRun();
    expect(got).toEqual(['abc']);
    source.next({ seq: 4, event: { type: 'token', content: 'd' } });
    await nextRun();
    expect(got).toEqual(['abc']);
    window.endWindow();
    await nextRun();
    expect(got).toEqual(['abc', 'd']);
    source.complete();
    await reading;
  });

  it('behind while the process is loaded: the next event leaves without a window (the engine merged at the source)', async () => {
    const window = manualLoad();
    window.load.loaded = true;
    const { source, got, reading } = readPaced(window.load);
    for (const [i, content] of ['a', 'b', 'c'].entries()) source.next({ seq: i + 1, event: { type: 'token', content } });
    await nextRun();
    source.next({ seq: 4, event: { type: 'token', content: 'd' } });
    await nextRun();
    expect(got).toEqual(['abc', 'd']);
    source.complete();
    await reading;
  });

  it('tokens of different agents never merge, and other events are never merged into', () => {
    const a: StoredEvent = { seq: 1, event: { type: 'token', content: 'a', agent: 'x' } };
    const b: StoredEvent = { seq: 2, event: { type: 'token', content: 'b', agent: 'y' } };
    const c: StoredEvent = { seq: 3, event: { type: 'token', content: 'c', agent: 'y' } };
    expect(mergeTokens(a, b)).toBeUndefined();
    expect(mergeTokens(b, c)).toEqual({ seq: 3, event: { type: 'token', content: 'bc', agent: 'y' } });
    expect(mergeTokens({ seq: 1, event: { type: 'status', status: 'processing' } }, b)).toBeUndefined();
  });

  it('a merged event stops growing at MAX_MERGED_CHARS: the next token starts a new one', () => {
    const token = (seq: number, content: string): StoredEvent => ({ seq, event: { type: 'token', content } });
    const full = token(1, 'x'.repeat(MAX_MERGED_CHARS - 1));
    expect(mergeTokens(full, token(2, 'y'))).toEqual(token(2, `${'x'.repeat(MAX_MERGED_CHARS - 1)}y`));
    expect(mergeTokens(full, token(2, 'yz'))).toBeUndefined();
  });

  const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
  it('text split for frames keeps every character, in order, and never splits a surrogate pair', () => {
    const text = `ab🩺cd${'é'.repeat(5)}🫀`;
    for (const max of [1, 2, 3, 4, 7]) {
      const pieces = splitText(text, max);
      expect(pieces.join('')).toBe(text);
      for (const piece of pieces) {
        expect(piece.length).toBeLessThanOrEqual(Math.max(max, 2));
        expect(piece).not.toMatch(LONE_SURROGATE);
      }
    }
    expect(splitText('short', 64)).toEqual(['short']);
  });
});
