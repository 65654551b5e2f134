import { randomUUID } from 'node:crypto';
import { firstValueFrom, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { followTurnEvents } from '../../server/store/followTurnEvents.ts';
import type { SessionStore, StoredEvent, TurnRecord } from '../../server/store/SessionStore.ts';

const token = (seq: number, content = `t${seq}`): StoredEvent => ({ seq, event: { type: 'token', content } });
const end = (turn: { id: string; sessionId: string }, seq: number): StoredEvent => ({
  seq,
  event: { type: 'stream_end', turnId: turn.id, sessionId: turn.sessionId, agentsCompleted: [], finishReason: 'stop', usage: { inputTokens: 1, outputTokens: 2 } },
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The behaviour every SessionStore adapter shares; each adapter's test file runs it on real storage. */
export function describeSessionStoreContract(name: string, open: () => Promise<SessionStore>) {
  describe(`${name} store contract`, () => {
    let store: SessionStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    const newTurn = async (opts: { userId?: string; leaseMs?: number; owner?: string; sessionId?: string } = {}): Promise<TurnRecord> => {
      const sessionId = opts.sessionId ?? randomUUID();
      await store.createSession({ id: sessionId, userId: opts.userId });
      const now = Date.now();
      const turn: TurnRecord = {
        id: randomUUID(), sessionId, userId: opts.userId, status: 'running', finishReason: undefined, owner: opts.owner ?? 'instance-a',
        leaseExpiresAt: now + (opts.leaseMs ?? 60_000), createdAt: now, updatedAt: now, audit: [],
      };
      await store.createTurn(turn);
      return turn;
    };

    it('creates sessions once, keeps plugin state and lists a user’s sessions newest first', async () => {
      const a = randomUUID();
      const b = randomUUID();
      const first = await store.createSession({ id: a, userId: 'u1' });
      expect(await store.createSession({ id: a, userId: 'u2' })).toEqual(first);
      await sleep(5);
      await store.createSession({ id: b, userId: 'u1' });
      await store.createSession({ id: randomUUID(), userId: 'u2' });
      await sleep(5);
      await store.updateSessionState(a, { triage: { level: 2 } });
      expect((await store.getSession(a))?.state).toEqual({ triage: { level: 2 } });
      expect((await store.listSessions('u1')).map((s) => s.id)).toEqual([a, b]);
      expect(await store.getSession(randomUUID())).toBeUndefined();
    });

    it('stores a message exactly once by id, in order, and returns the last N', async () => {
      const s = randomUUID();
      await store.createSession({ id: s, userId: undefined });
      for (const [i, role] of (['user', 'assistant', 'user'] as const).entries()) {
        await store.appendMessage({ id: `m${i}`, sessionId: s, turnId: 't', role, content: `c${i}`, createdAt: i });
      }
      await store.appendMessage({ id: 'm1', sessionId: s, turnId: 't', role: 'assistant', content: 'again', createdAt: 9, finishReason: 'stop' });
      expect((await store.getMessages(s)).map((m) => m.content)).toEqual(['c0', 'c1', 'c2']);
      expect((await store.getMessages(s, { limit: 2 })).map((m) => m.id)).toEqual(['m1', 'm2']);
      // Pages from the start: offset and size; past the end is empty.
      expect((await store.getMessages(s, { offset: 0, limit: 2 })).map((m) => m.id)).toEqual(['m0', 'm1']);
      expect((await store.getMessages(s, { offset: 2, limit: 2 })).map((m) => m.id)).toEqual(['m2']);
      expect(await store.getMessages(s, { offset: 3, limit: 2 })).toEqual([]);
    });

    it('keeps profiles per user; deleting a user’s data spares everyone else', async () => {
      await store.upsertProfile('u1', { age: 40, allergies: { drug: ['penicillin'] } });
      await store.upsertProfile('u1', { age: 41 });
      await store.upsertProfile('u2', { age: 30 });
      expect(await store.getProfile('u1')).toEqual({ age: 41 });
      const t1 = await newTurn({ userId: 'u1' });
      const t2 = await newTurn({ userId: 'u2' });
      await store.deleteUserData('u1');
      expect(await store.getProfile('u1')).toBeUndefined();
      expect(await store.getSession(t1.sessionId)).toBeUndefined();
      expect(await store.getTurn(t1.id)).toBeUndefined();
      expect(await store.listSessions('u1')).toEqual([]);
      expect(await store.getProfile('u2')).toEqual({ age: 30 });
      expect(await store.getTurn(t2.id)).toBeDefined();
    });

    it('appends events idempotently, in order, and nothing after stream_end', async () => {
      const turn = await newTurn();
      await store.appendEvents(turn.id, [token(1), token(2)]);
      await store.appendEvents(turn.id, [token(2, 'dup'), token(3)]);
      await store.appendEvents(turn.id, [end(turn, 4), token(5)]);
      await store.appendEvents(turn.id, [token(6)]);
      const events = await store.readEvents(turn.id, 0);
      expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      expect(events[1]?.event).toEqual({ type: 'token', content: 't2' });
      expect((await store.readEvents(turn.id, 2)).map((e) => e.seq)).toEqual([3, 4]);
      await store.finishTurn(turn.id, { finishReason: 'stop', audit: [{ rule: 'r1', detail: 'd' }] });
      expect(await store.getTurn(turn.id)).toMatchObject({ status: 'finished', finishReason: 'stop', audit: [{ rule: 'r1', detail: 'd' }] });
      expect((await store.listTurns(turn.sessionId)).map((t) => t.id)).toEqual([turn.id]);
    });

    it('appends issued without waiting for each other are applied in order, with the same rules', async () => {
      const turn = await newTurn();
      // The engine does not wait for one append before issuing the next (group commit on SQLite).
      await Promise.all([1, 2, 3].map((seq) => store.appendEvents(turn.id, [token(seq)])).concat(store.appendEvents(turn.id, [end(turn, 4)]), store.appendEvents(turn.id, [token(5)])));
      const events = await store.readEvents(turn.id, 0);
      expect(events.map((e) => [e.seq, e.event.type])).toEqual([[1, 'token'], [2, 'token'], [3, 'token'], [4, 'stream_end']]);
    });

    it('appendEvents returns undefined only when the events are stored at return, else a promise that settles once they are', async () => {
      const turn = await newTurn();
      const pending = store.appendEvents(turn.id, [token(1)]);
      if (pending === undefined) expect((await store.readEvents(turn.id, 0)).map((e) => e.seq)).toEqual([1]);
      else await pending;
      expect((await store.readEvents(turn.id, 0)).map((e) => e.seq)).toEqual([1]);
    });

    it('deleting a session removes its messages, turns and event logs', async () => {
      const turn = await newTurn({ userId: 'u1' });
      await store.appendMessage({ id: `${turn.id}:user`, sessionId: turn.sessionId, turnId: turn.id, role: 'user', content: 'hi', createdAt: 1 });
      await store.appendEvents(turn.id, [token(1)]);
      await store.deleteSession(turn.sessionId);
      expect(await store.getSession(turn.sessionId)).toBeUndefined();
      expect(await store.getMessages(turn.sessionId)).toEqual([]);
      expect(await store.getTurn(turn.id)).toBeUndefined();
      expect(await store.readEvents(turn.id, 0)).toEqual([]);
      expect(await store.listSessions('u1')).toEqual([]);
      // A late append from a still-running owner does not resurrect the log.
      await store.appendEvents(turn.id, [token(2)]);
      expect(await store.readEvents(turn.id, 0)).toEqual([]);
      await store.appendMessage({ id: `${turn.id}:assistant`, sessionId: turn.sessionId, turnId: turn.id, role: 'assistant', content: 'late', createdAt: 2 });
      expect(await store.getMessages(turn.sessionId)).toEqual([]);
      expect(await store.getSession(turn.sessionId)).toBeUndefined();
    });

    it('renews only the leases an owner holds', async () => {
      const mine = await newTurn({ owner: 'a' });
      const theirs = await newTurn({ owner: 'b' });
      expect(await store.renewLeases('a', [mine.id, theirs.id], 5000)).toEqual([theirs.id]);
      expect((await store.getTurn(mine.id))?.leaseExpiresAt).toBeGreaterThan(Date.now() + 4000);
    });

    it('closes a turn whose lease lapsed with an interrupted stream_end, once', async () => {
      const live = await newTurn({ leaseMs: 60_000 });
      const dead = await newTurn({ leaseMs: 80 });
      await store.appendEvents(dead.id, [token(1), token(2)]);
      expect(await store.closeIfAbandoned(dead.id)).toBe(false);
      await sleep(150);
      expect(await store.closeAbandonedTurns()).toBe(1);
      expect(await store.closeIfAbandoned(dead.id)).toBe(false);
      expect(await store.closeIfAbandoned(live.id)).toBe(false);
      const events = await store.readEvents(dead.id, 0);
      expect(events.at(-1)).toEqual({ seq: 3, event: { type: 'stream_end', turnId: dead.id, sessionId: dead.sessionId, agentsCompleted: [], finishReason: 'interrupted', usage: { inputTokens: 0, outputTokens: 0 } } });
      // The former owner's late writes are refused: the log stays closed and the ending stays interrupted.
      await store.appendEvents(dead.id, [token(3), token(4)]);
      await store.finishTurn(dead.id, { finishReason: 'stop', audit: [] });
      expect((await store.readEvents(dead.id, 0)).length).toBe(3);
      expect(await store.getTurn(dead.id)).toMatchObject({ status: 'finished', finishReason: 'interrupted' });
      expect(await store.renewLeases('instance-a', [dead.id], 1000)).toEqual([dead.id]);
    });

    it('follows a turn: replays the log, then live appends, until stream_end', async () => {
      const turn = await newTurn();
      await store.appendEvents(turn.id, [token(1), token(2)]);
      const all = firstValueFrom(followTurnEvents(store, turn.id, 1, { pollMs: 10, blockMs: 200 }).pipe(toArray()));
      await sleep(30);
      await store.appendEvents(turn.id, [token(3)]);
      await sleep(30);
      await store.appendEvents(turn.id, [end(turn, 4)]);
      expect((await all).map((e) => e.seq)).toEqual([2, 3, 4]);
    });

    it('a follower already past the logged end still gets that end, and one at the end gets nothing', async () => {
      const turn = await newTurn();
      await store.appendEvents(turn.id, [token(1), end(turn, 2)]);
      await store.finishTurn(turn.id, { finishReason: 'stop', audit: [] });
      const past = await firstValueFrom(followTurnEvents(store, turn.id, 5, { pollMs: 10 }).pipe(toArray()));
      expect(past).toEqual([end(turn, 2)]);
      expect(await firstValueFrom(followTurnEvents(store, turn.id, 2, { pollMs: 10 }).pipe(toArray()))).toEqual([]);
    });

    it('follows a turn whose owner dies to an interrupted end instead of waiting forever', async () => {
      const turn = await newTurn({ leaseMs: 150 });
      await store.appendEvents(turn.id, [token(1)]);
      const started = Date.now();
      const events = await firstValueFrom(followTurnEvents(store, turn.id, 0, { pollMs: 10, blockMs: 50 }).pipe(toArray()));
      expect(events.map((e) => e.event.type)).toEqual(['token', 'stream_end']);
      expect((events.at(-1)?.event as ChatEvent & { finishReason: string }).finishReason).toBe('interrupted');
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('maps a client message id to the first turn it started until the mapping expires', async () => {
      const key = `u1\n${randomUUID()}`;
      expect(await store.getClientMessageTurn(key)).toBeUndefined();
      await store.putClientMessageTurn(key, 'turn-1', 300);
      // A racing second start on another instance does not replace the first turn.
      await store.putClientMessageTurn(key, 'turn-2', 300);
      expect(await store.getClientMessageTurn(key)).toBe('turn-1');
      expect(await store.getClientMessageTurn(`u2\n${key.slice(3)}`)).toBeUndefined();
      await sleep(350);
      expect(await store.getClientMessageTurn(key)).toBeUndefined();
      await store.putClientMessageTurn(key, 'turn-3', 60_000);
      expect(await store.getClientMessageTurn(key)).toBe('turn-3');
    });

    it('purges sessions not updated since the cutoff, with their logs', async () => {
      const old = await newTurn();
      await store.appendEvents(old.id, [token(1)]);
      await sleep(20);
      const cutoff = Date.now();
      await sleep(5);
      const fresh = await newTurn();
      expect(await store.purgeOlderThan(cutoff)).toBe(1);
      expect(await store.getSession(old.sessionId)).toBeUndefined();
      expect(await store.readEvents(old.id, 0)).toEqual([]);
      expect(await store.getSession(fresh.sessionId)).toBeDefined();
    });
  });
}
