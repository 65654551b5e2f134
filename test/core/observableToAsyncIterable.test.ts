import { Subject } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { mergeTokens } from '../../server/delivery/mergeTokens.ts';
import { observableToAsyncIterable } from '../../server/trpc/observableToAsyncIterable.ts';
import type { StoredEvent } from '../../server/store/SessionStore.ts';

const token = (seq: number, content: string): StoredEvent => ({ seq, event: { type: 'token', content } });
const nextRun = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Reads the bridge in the background, as tRPC does, collecting what each step yields. */
function readAll(source$: Subject<StoredEvent>, highWater: number) {
  const got: StoredEvent[] = [];
  const done = (async () => {
    for await (const stored of observableToAsyncIterable(source$, { signal: undefined, coalesce: mergeTokens, highWater })) got.push(stored);
  })();
  return { got, done };
}

describe('observableToAsyncIterable with highWater 1 (the chat stream)', () => {
  it('merges tokens that arrive before the consumer took the previous one, keeping the last seq', async () => {
    const source$ = new Subject<StoredEvent>();
    const { got, done } = readAll(source$, 1);
    source$.next(token(1, 'a'));
    source$.next(token(2, 'b'));
    source$.next(token(3, 'c'));
    await nextRun();
    source$.next(token(4, 'd'));
    await nextRun();
    source$.next({ seq: 5, event: { type: 'status', status: 'processing' } });
    source$.next(token(6, 'e'));
    source$.complete();
    await done;
    expect(got.map((s) => [s.seq, s.event.type === 'token' ? s.event.content : s.event.type])).toEqual([
      [3, 'abc'],
      [4, 'd'],
      [5, 'status'],
      [6, 'e'],
    ]);
  });

  it('yields every token on its own when each arrives after the previous was taken', async () => {
    const source$ = new Subject<StoredEvent>();
    const { got, done } = readAll(source$, 1);
    for (let seq = 1; seq <= 4; seq++) {
      source$.next(token(seq, String(seq)));
      await nextRun();
    }
    source$.complete();
    await done;
    expect(got.map((s) => s.seq)).toEqual([1, 2, 3, 4]);
  });
});
