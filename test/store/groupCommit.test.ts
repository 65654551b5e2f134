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
});
