import { Observable, Subject, takeUntil } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { createLiveTurn, type LiveTurn } from '../../server/engine/createLiveTurn.ts';
import { fromObservable } from '../../server/protocol/Feed.ts';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import type { StoredEvent } from '../../server/store/SessionStore.ts';

/** `follow` as an Observable: its Subscriber is a sink that may leave during the replay. */
const observe = (turn: LiveTurn, afterSeq: number) => new Observable<StoredEvent>((subscriber) => turn.follow(afterSeq)(subscriber));

const token = (content: string): ChatEvent => ({ type: 'token', content });
const END: ChatEvent = { type: 'stream_end', turnId: 't', sessionId: 's', agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 0, outputTokens: 0 } };

function liveTurnOf(source$: Subject<ChatEvent>, stored: StoredEvent[] = []) {
  return createLiveTurn({
    id: 't',
    sessionId: 's',
    userId: undefined,
    // A cancel ends the source with stream_end at once, as the real pipeline does.
    pipeline: (cancel$: Observable<unknown>) => {
      cancel$.subscribe(() => {
        source$.next(END);
        source$.complete();
      });
      return fromObservable(source$.pipe(takeUntil(new Subject())));
    },
    beforePublish: (e) => void stored.push(e),
    onPublishError: (cause) => {
      throw cause;
    },
  });
}

const seqs = (events: StoredEvent[]) => events.map((e) => e.seq);

describe('createLiveTurn', () => {
  it('replays what a late subscriber missed, then goes live, with no gap and no repeat', () => {
    const source$ = new Subject<ChatEvent>();
    const stored: StoredEvent[] = [];
    const turn = liveTurnOf(source$, stored);
    source$.next(token('a'));
    source$.next(token('b'));
    const early: StoredEvent[] = [];
    const late: StoredEvent[] = [];
    observe(turn, 0).subscribe((e) => early.push(e));
    source$.next(token('c'));
    observe(turn, 1).subscribe((e) => late.push(e));
    source$.next(token('d'));
    source$.next(END);
    source$.complete();
    expect(seqs(early)).toEqual([1, 2, 3, 4, 5]);
    expect(seqs(late)).toEqual([2, 3, 4, 5]);
    expect(seqs(stored)).toEqual([1, 2, 3, 4, 5]);
    expect(turn.done).toBe(true);
  });

  it('follow (the plain-sink path compat and tRPC use) replays, goes live, completes once, and its teardown stops delivery', () => {
    const source$ = new Subject<ChatEvent>();
    const turn = liveTurnOf(source$);
    source$.next(token('a'));
    const sink = (into: StoredEvent[], ends: { count: number }) => ({ next: (e: StoredEvent) => void into.push(e), error: (cause: unknown) => { throw cause; }, complete: () => void ends.count++ });
    const kept: StoredEvent[] = [];
    const keptEnds = { count: 0 };
    const left: StoredEvent[] = [];
    const leftEnds = { count: 0 };
    turn.follow(0)(sink(kept, keptEnds));
    const stop = turn.follow(0)(sink(left, leftEnds));
    source$.next(token('b'));
    stop();
    source$.next(token('c'));
    source$.next(END);
    source$.complete();
    expect([seqs(kept), keptEnds.count]).toEqual([[1, 2, 3, 4], 1]);
    expect([seqs(left), leftEnds.count]).toEqual([[1, 2], 0]);
    // A finished turn replays everything and completes inside the call.
    const after: StoredEvent[] = [];
    const afterEnds = { count: 0 };
    turn.follow(2)(sink(after, afterEnds));
    expect([seqs(after), afterEnds.count]).toEqual([[3, 4], 1]);
  });

  it('followers that come and go in any order each get every event from their seq once, and complete once', () => {
    const source$ = new Subject<ChatEvent>();
    const turn = liveTurnOf(source$);
    const got = new Map<string, { seqs: number[]; ends: number }>();
    const follow = (name: string, afterSeq: number) => {
      const entry = { seqs: [] as number[], ends: 0 };
      got.set(name, entry);
      return turn.follow(afterSeq)({ next: (e) => void entry.seqs.push(e.seq), error: (cause) => { throw cause; }, complete: () => void entry.ends++ });
    };
    const stopFirst = follow('first', 0);
    follow('second', 0);
    source$.next(token('a'));
    stopFirst(); // the first follower's place is free again
    source$.next(token('b'));
    follow('third', 1);
    const stopFourth = follow('fourth', 0);
    source$.next(token('c'));
    stopFourth();
    source$.next(END);
    source$.complete();
    expect(Object.fromEntries(got)).toEqual({
      first: { seqs: [1], ends: 0 },
      second: { seqs: [1, 2, 3, 4], ends: 1 },
      third: { seqs: [2, 3, 4], ends: 1 },
      fourth: { seqs: [1, 2, 3], ends: 0 },
    });
  });

  it('a subscriber leaving while an event is delivered does not cost the others that event', () => {
    const source$ = new Subject<ChatEvent>();
    const turn = liveTurnOf(source$);
    const first: StoredEvent[] = [];
    const second: StoredEvent[] = [];
    const sub = observe(turn, 0).subscribe((e) => {
      first.push(e);
      if (e.seq === 2) sub.unsubscribe();
    });
    observe(turn, 0).subscribe((e) => second.push(e));
    for (const c of 'abc') source$.next(token(c));
    source$.complete();
    expect(seqs(first)).toEqual([1, 2]);
    expect(seqs(second)).toEqual([1, 2, 3]);
  });

  it('after the turn is done, a subscriber gets the replay and completes', () => {
    const source$ = new Subject<ChatEvent>();
    const turn = liveTurnOf(source$);
    source$.next(token('a'));
    source$.next(END);
    source$.complete();
    const events: StoredEvent[] = [];
    let completed = false;
    observe(turn, 1).subscribe({ next: (e) => events.push(e), complete: () => (completed = true) });
    expect(seqs(events)).toEqual([2]);
    expect(completed).toBe(true);
  });

  // Regression: with replay as concat(from(snapshot), live$), a subscriber that cancelled during its
  // replay made the turn publish stream_end before it listened live, and it completed without it.
  it('a subscriber that cancels during its replay still receives the stream_end that causes', () => {
    const source$ = new Subject<ChatEvent>();
    const turn = liveTurnOf(source$);
    source$.next(token('a'));
    const events: StoredEvent[] = [];
    let completed = false;
    observe(turn, 0).subscribe({
      next: (e) => {
        events.push(e);
        if (e.seq === 1) turn.cancel();
      },
      complete: () => (completed = true),
    });
    expect(events.map((e) => e.event.type)).toEqual(['token', 'stream_end']);
    expect(completed).toBe(true);
  });

  it('with awaited writes, every write starts at once but subscribers see events in order, each after its write', async () => {
    const source$ = new Subject<ChatEvent>();
    const writes: { seq: number; resolve: () => void }[] = [];
    const turn = createLiveTurn({
      id: 't',
      sessionId: 's',
      userId: undefined,
      pipeline: () => fromObservable(source$),
      beforePublish: (e) => new Promise<void>((resolve) => writes.push({ seq: e.seq, resolve })),
      onPublishError: (cause) => {
        throw cause;
      },
    });
    const seen: number[] = [];
    observe(turn, 0).subscribe((e) => seen.push(e.seq));
    for (const c of 'abc') source$.next(token(c));
    source$.complete();
    expect(writes.map((w) => w.seq)).toEqual([1, 2, 3]);
    writes[2]?.resolve();
    writes[1]?.resolve();
    await Promise.resolve();
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual([]);
    writes[0]?.resolve();
    await turn.finished;
    expect(seen).toEqual([1, 2, 3]);
  });

  // The answer stored at stream_end is read from here: with a store whose writes are awaited, tokens
  // whose write is still in flight are not in the log yet and must not be left out of it.
  it('text() includes tokens still waiting for their write, and beforePublish of stream_end reads all of them', async () => {
    const source$ = new Subject<ChatEvent>();
    const writes: (() => void)[] = [];
    const atEnd: string[] = [];
    const turn = createLiveTurn({
      id: 't',
      sessionId: 's',
      userId: undefined,
      pipeline: () => fromObservable(source$),
      beforePublish: (e, live) => {
        if (e.event.type === 'stream_end') atEnd.push(live.text());
        return new Promise<void>((resolve) => writes.push(resolve));
      },
      onPublishError: (cause) => {
        throw cause;
      },
    });
    const published: string[] = [];
    turn.follow(0)({ next: (e) => published.push(e.event.type), error: () => {}, complete: () => {} });
    source$.next(token('Rest '));
    writes[0]?.();
    await vi.waitFor(() => expect(published).toHaveLength(1));
    source$.next(token('and '));
    source$.next(token('fluids.'));
    expect(turn.text()).toBe('Rest and fluids.');
    source$.next(END);
    source$.complete();
    expect(atEnd).toEqual(['Rest and fluids.']);
    for (const write of writes) write();
    await turn.finished;
    expect(published).toEqual(['token', 'token', 'token', 'stream_end']);
    expect(turn.text()).toBe('Rest and fluids.');
  });
});
