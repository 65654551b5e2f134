import { describe, expect, it, vi } from 'vitest';
import { createYieldingQueue } from '../../server/engine/createYieldingQueue.ts';

const busyWait = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('createYieldingQueue', () => {
  it('runs work after the current macrotask, in the order it was queued', async () => {
    const queue = createYieldingQueue({ onError: () => {} });
    const log: string[] = [];
    queue.defer(() => log.push('a'));
    queue.defer(() => log.push('b'));
    log.push('sync');
    expect(queue.pending).toBe(2);
    await vi.waitFor(() => expect(log).toEqual(['sync', 'a', 'b']));
    expect(queue.pending).toBe(0);
  });

  it('lets a timer that fell due during a slice run before the next slice', async () => {
    const queue = createYieldingQueue({ sliceMs: 1, onError: () => {} });
    const log: string[] = [];
    queue.defer(() => {
      setTimeout(() => log.push('timer'), 1);
      // The slice's budget is spent and the timer is due when it ends.
      busyWait(5);
      log.push('a');
    });
    queue.defer(() => log.push('b'));
    await vi.waitFor(() => expect(log).toHaveLength(3));
    expect(log).toEqual(['a', 'timer', 'b']);
  });

  it('runs everything within a slice while the budget lasts', async () => {
    const queue = createYieldingQueue({ sliceMs: 1_000, onError: () => {} });
    const log: string[] = [];
    queue.defer(() => {
      setTimeout(() => log.push('timer'), 0);
      busyWait(3);
      log.push('a');
    });
    queue.defer(() => log.push('b'));
    await vi.waitFor(() => expect(log).toHaveLength(3));
    expect(log).toEqual(['a', 'b', 'timer']);
  });

  it('reports work that throws and runs the rest', async () => {
    const errors: unknown[] = [];
    const queue = createYieldingQueue({ onError: (cause) => errors.push(cause) });
    const log: string[] = [];
    queue.defer(() => {
      throw new Error('boom');
    });
    queue.defer(() => log.push('after'));
    await vi.waitFor(() => expect(log).toEqual(['after']));
    expect(errors).toHaveLength(1);
    expect((errors[0] as Error).message).toBe('boom');
  });

  it('keeps the order of a long queue run one item a slice (it drops what it has run on the way)', async () => {
    const queue = createYieldingQueue({ sliceMs: 0, onError: () => {} });
    const ran: number[] = [];
    for (let i = 0; i < 2_500; i++) queue.defer(() => ran.push(i));
    await vi.waitFor(() => expect(queue.pending).toBe(0));
    expect(ran).toEqual(Array.from({ length: 2_500 }, (_, i) => i));
  });

  it('work queued by running work runs too', async () => {
    const queue = createYieldingQueue({ onError: () => {} });
    const log: string[] = [];
    queue.defer(() => {
      log.push('outer');
      queue.defer(() => log.push('inner'));
    });
    await vi.waitFor(() => expect(log).toEqual(['outer', 'inner']));
  });
});
