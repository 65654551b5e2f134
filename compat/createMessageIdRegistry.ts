import type { SessionStore } from '../server/store/SessionStore.ts';

/**
 * Remembers which turn a `client_message_id` started, so a resend after a reconnect replays that turn
 * instead of starting a second one. Bounded in size and age in memory; with `shared` (the session
 * store) the mapping is also written there, so a resend that lands on another instance finds it.
 */
export interface MessageIdRegistry {
  /** The turn id (or its pending start) recorded for this key, if still remembered here or in `shared`. */
  get(key: string): Promise<string | undefined> | undefined;
  set(key: string, turnId: Promise<string>): void;
  delete(key: string): void;
}

export function createMessageIdRegistry(
  opts: { maxEntries?: number; ttlMs?: number; now?: () => number; shared?: Pick<SessionStore, 'getClientMessageTurn' | 'putClientMessageTurn'> } = {},
): MessageIdRegistry {
  const maxEntries = opts.maxEntries ?? 10_000;
  const ttlMs = opts.ttlMs ?? 15 * 60_000;
  const now = opts.now ?? Date.now;
  // Insertion order is age order, so the oldest entries are the first ones.
  const entries = new Map<string, { turnId: Promise<string>; at: number }>();

  const prune = () => {
    const cutoff = now() - ttlMs;
    for (const [key, entry] of entries) {
      if (entry.at >= cutoff && entries.size <= maxEntries) break;
      entries.delete(key);
    }
  };

  return {
    get(key) {
      prune();
      return entries.get(key)?.turnId ?? opts.shared?.getClientMessageTurn(key);
    },
    set(key, turnId) {
      entries.delete(key);
      entries.set(key, { turnId, at: now() });
      prune();
      // Once the turn exists; a store failure only costs the cross-instance replay, never the turn.
      const { shared } = opts;
      if (shared) turnId.then((id) => shared.putClientMessageTurn(key, id, ttlMs)).catch(() => {});
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
