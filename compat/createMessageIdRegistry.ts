/**
 * Remembers which turn a `client_message_id` started, so a resend after a reconnect replays that turn
 * instead of starting a second one. Bounded in size and age; one per gateway instance (a resend to
 * another instance starts a new turn).
 */
export interface MessageIdRegistry {
  /** The turn id (or its pending start) recorded for this key, if still remembered. */
  get(key: string): Promise<string> | undefined;
  set(key: string, turnId: Promise<string>): void;
  delete(key: string): void;
}

export function createMessageIdRegistry(opts: { maxEntries?: number; ttlMs?: number; now?: () => number } = {}): MessageIdRegistry {
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
      return entries.get(key)?.turnId;
    },
    set(key, turnId) {
      entries.delete(key);
      entries.set(key, { turnId, at: now() });
      prune();
    },
    delete(key) {
      entries.delete(key);
    },
  };
}
