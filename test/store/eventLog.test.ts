import { describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { createEventLog } from '../../server/store/createEventLog.ts';
import type { StoredEvent } from '../../server/store/SessionStore.ts';

const START: ChatEvent = { type: 'stream_start', turnId: 't', sessionId: 's', workflow: 'multi_agent', agents: ['triage'] };
const END: ChatEvent = { type: 'stream_end', turnId: 't', sessionId: 's', agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0 } };

/** A deterministic pseudo-random sequence, so a failure reproduces. */
function random(seed: number) {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function sampleTurn(seed: number, tokens: number, mixed = true): StoredEvent[] {
  const next = random(seed);
  const events: ChatEvent[] = [START];
  for (let i = 0; i < tokens; i++) {
    const r = mixed ? next() : next() * 0.9;
    // Empty, multi-byte and multi-character tokens, agent tokens, and other events in between.
    // A lone surrogate (a provider may split a pair across two tokens) must come back as it was.
    const content = r < 0.05 ? '' : r < 0.08 ? '🫀 é' : r < 0.1 ? '\uD83D' : `w${i}${' x'.repeat(Math.floor(next() * 4))}`;
    if (r > 0.97) events.push({ type: 'status', status: 'generating_response' });
    events.push(r > 0.9 ? { type: 'token', content, agent: next() < 0.5 ? 'triage' : 'treatment' } : { type: 'token', content });
  }
  events.push(END);
  // A gap in the seqs (as a store may see) ends a run too.
  return events.map((event, i) => ({ seq: i + 1 + (i > tokens / 2 ? 3 : 0), event }));
}

describe('createEventLog', () => {
  it('reads back every event equal to what was appended, by index and after any seq (mixed turns, and long runs of plain tokens)', () => {
    for (const [seed, tokens] of [
      [1, 0],
      [2, 1],
      [3, 63],
      [4, 64],
      [5, 65],
      [6, 500],
    ] as const) {
      for (const appended of [sampleTurn(seed, tokens), sampleTurn(seed, tokens, false)]) {
        const log = createEventLog();
        for (const e of appended) log.append(e);
        expect(log.length).toBe(appended.length);
        expect(log.lastSeq).toBe(appended.at(-1)?.seq);
        expect(log.lastType).toBe('stream_end');
        expect(Array.from({ length: log.length }, (_, i) => log.at(i))).toEqual(appended);
        for (let afterSeq = -1; afterSeq <= appended.length + 4; afterSeq++) {
          expect(log.after(afterSeq)).toEqual(appended.filter((e) => e.seq > afterSeq));
        }
      }
    }
  });

  it('text() is the content of its tokens in order, across runs, agents and gaps', () => {
    for (const seed of [8, 9]) {
      const appended = sampleTurn(seed, 300);
      const log = createEventLog();
      for (const e of appended) log.append(e);
      expect(log.text()).toBe(appended.map(({ event }) => (event.type === 'token' ? event.content : '')).join(''));
    }
    expect(createEventLog().text()).toBe('');
  });

  it("keeps a turn's rules: an event not past the last seq is ignored, and nothing follows a stream_end", () => {
    const log = createEventLog();
    log.append({ seq: 1, event: START });
    log.append({ seq: 2, event: { type: 'token', content: 'a' } });
    log.append({ seq: 2, event: { type: 'token', content: 'dup' } });
    log.append({ seq: 1, event: { type: 'token', content: 'old' } });
    log.append({ seq: 3, event: END });
    log.append({ seq: 4, event: { type: 'token', content: 'late' } });
    expect(log.after(0).map((e) => [e.seq, e.event.type])).toEqual([
      [1, 'stream_start'],
      [2, 'token'],
      [3, 'stream_end'],
    ]);
    expect(log.text()).toBe('a');
  });

  it('reads while it is appended to (a live turn replays while tokens arrive)', () => {
    const appended = sampleTurn(7, 200);
    const log = createEventLog();
    for (const [i, e] of appended.entries()) {
      log.append(e);
      expect(log.at(i)).toEqual(e);
      expect(log.lastType).toBe(e.event.type);
      expect(log.after(e.seq - 1)).toEqual([e]);
    }
  });

  it('reads a token with an explicit undefined agent back without the key (the same JSON)', () => {
    const odd = { seq: 1, event: { type: 'token', content: 'a', agent: undefined } as unknown as ChatEvent };
    const log = createEventLog();
    log.append(odd);
    log.append({ seq: 2, event: { type: 'token', content: 'b' } });
    expect(JSON.stringify(log.after(0))).toBe(JSON.stringify([odd, { seq: 2, event: { type: 'token', content: 'b' } }]));
  });

  it('keeps a token longer than an argument list can hold (decoded in slices)', () => {
    const long = 'é'.repeat(70_000) + '\uD83D';
    const log = createEventLog();
    log.append({ seq: 1, event: { type: 'token', content: long } });
    expect(log.at(0)).toEqual({ seq: 1, event: { type: 'token', content: long } });
  });

  it('answers out-of-range indexes with undefined', () => {
    const log = createEventLog();
    expect(log.at(0)).toBeUndefined();
    expect(log.lastSeq).toBe(0);
    log.append({ seq: 1, event: START });
    expect([log.at(-1), log.at(1), log.at(0.5)]).toEqual([undefined, undefined, undefined]);
  });
});
