import { describe, expect, it } from 'vitest';
import { createGroupCommit } from '../../server/store/sqlite/createGroupCommit.ts';

describe('createGroupCommit', () => {
  it('commits the writes of one run of the event loop together, in order, and settles each after', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number>((batch) => batches.push([...batch]));
    const first = [group.add(1), group.add(2), group.add(3)];
    expect(batches).toEqual([]);
    await Promise.all(first);
    expect(batches).toEqual([[1, 2, 3]]);
    await group.add(4);
    expect(batches).toEqual([[1, 2, 3], [4]]);
  });

  it('a failed commit rejects every write of its batch, and the next batch starts clean', async () => {
    let fail = true;
    const group = createGroupCommit<number>(() => {
      if (fail) throw new Error('disk full');
    });
    const results = await Promise.allSettled([group.add(1), group.add(2)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    fail = false;
    await expect(group.add(3)).resolves.toBeUndefined();
  });

  it('flush commits what is pending at once (before the database closes)', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number>((batch) => batches.push([...batch]));
    const pending = group.add(1);
    group.flush();
    expect(batches).toEqual([[1]]);
    await pending;
    group.flush();
    expect(batches).toEqual([[1]]);
  });

  // Regression: a burst of turns starting in one run of the loop left their writes waiting for its end
  // (100-1,200 ms), long enough for V8 to pretenure those objects' allocation sites, so every later
  // token's objects went straight to the old generation (BENCHMARKS.md, session 21).
  it('a batch that has waited past maxWaitMs while the same run of the loop goes on commits at the next microtask', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number>((batch) => batches.push([...batch]), { maxWaitMs: 1 });
    const pending: Promise<void>[] = [];
    const start = performance.now();
    pending.push(group.add(0));
    while (performance.now() - start < 3); // the run of the loop goes on past maxWaitMs
    for (let i = 1; i < 40; i++) pending.push(group.add(i));
    await Promise.resolve();
    expect(batches).toEqual([Array.from({ length: 40 }, (_, i) => i)]);
    await Promise.all(pending);
    // The next batch starts clean and waits for its run of the loop again.
    const next = group.add(40);
    await Promise.resolve();
    expect(batches).toHaveLength(1);
    await next;
    expect(batches).toEqual([Array.from({ length: 40 }, (_, i) => i), [40]]);
  });

  it('a batch within maxWaitMs is not committed early, however many writes it has', async () => {
    const batches: number[][] = [];
    const group = createGroupCommit<number>((batch) => batches.push([...batch]), { maxWaitMs: 60_000 });
    const pending = Array.from({ length: 100 }, (_, i) => group.add(i));
    await Promise.resolve();
    expect(batches).toEqual([]);
    await Promise.all(pending);
    expect(batches).toHaveLength(1);
  });
});

