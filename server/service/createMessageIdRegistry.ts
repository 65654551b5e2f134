import { createHash } from 'node:crypto';
import type { SessionStore } from '../store/SessionStore.ts';

/** The turn a `client_message_id` started, and a digest of the text it carried. */
export interface RecordedTurn {
  readonly turnId: string;
  /** sha256 of the message text (base64url); undefined for an entry written without one. */
  readonly digest: string | undefined;
}

/**
 * Remembers which turn a `client_message_id` started, so a resend after a reconnect replays that turn
 * instead of starting a second one, and a reused id with another text is told apart. Bounded in size
 * and age in memory; with `shared` (the session store) the mapping is also written there, so a resend
 * that lands on another instance finds it.
 */
export interface MessageIdRegistry {
  /** The turn (or its pending start) recorded for this key, if still remembered here or in `shared`. */
  get(key: string): Promise<RecordedTurn | undefined> | undefined;
  set(key: string, turn: Promise<RecordedTurn>): void;
  delete(key: string): void;
}

/** What the registry compares a resend's text by; the text itself is never kept. */
export function digestText(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

export function createMessageIdRegistry(
  opts: { maxEntries?: number; ttlMs?: number; now?: () => number; shared?: Pick<SessionStore, 'getClientMessageTurn' | 'putClientMessageTurn'> } = {},
): MessageIdRegistry {
  const maxEntries = opts.maxEntries ?? 10_000;
  const ttlMs = opts.ttlMs ?? 15 * 60_000;
  const now = opts.now ?? Date.now;
  // Insertion order is age order, so the oldest entries are the first ones.
  const entries = new Map<string, { turn: Promise<RecordedTurn>; at: number }>();

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
      const local = entries.get(key)?.turn;
      if (local) return local;
      return opts.shared?.getClientMessageTurn(key).then((value) => (value === undefined ? undefined : decode(value)));
    },
    set(key, turn) {
      entries.delete(key);
      entries.set(key, { turn, at: now() });
      prune();
      // Once the turn exists; a store failure only costs the cross-instance replay, never the turn.
      const { shared } = opts;
      if (shared) turn.then((t) => shared.putClientMessageTurn(key, encode(t), ttlMs)).catch(() => {});
    },
    delete(key) {
      entries.delete(key);
    },
  };
}

// Stored as "turnId digest": one string, so the stores keep their plain key-to-string contract.
const encode = (t: RecordedTurn) => (t.digest === undefined ? t.turnId : `${t.turnId} ${t.digest}`);
function decode(value: string): RecordedTurn {
  const space = value.indexOf(' ');
  return space < 0 ? { turnId: value, digest: undefined } : { turnId: value.slice(0, space), digest: value.slice(space + 1) };
}
