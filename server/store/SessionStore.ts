import type { AuditEntry, PatientProfile } from '../../plugins/sdk/index.ts';
import type { FinishReason } from '../protocol/chatEvent.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';

export interface SessionRecord {
  readonly id: string;
  /** Owner when auth is on; undefined for anonymous sessions. */
  readonly userId: string | undefined;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Plugin state between turns, namespaced by plugin name. */
  readonly state: Readonly<Record<string, unknown>>;
}

export interface MessageRecord {
  /** Idempotency key: a message id is stored once however often it is written. */
  readonly id: string;
  readonly sessionId: string;
  readonly turnId: string;
  readonly role: 'user' | 'assistant';
  readonly content: string;
  readonly createdAt: number;
  readonly finishReason?: FinishReason;
}

export interface TurnRecord {
  readonly id: string;
  readonly sessionId: string;
  readonly userId: string | undefined;
  readonly status: 'running' | 'finished';
  readonly finishReason: FinishReason | undefined;
  /** Instance generating the turn (its lease holder while running). */
  readonly owner: string;
  /** When the owner's lease runs out unless renewed (epoch ms); an expired running turn is abandoned. */
  readonly leaseExpiresAt: number;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Which rules fired and why; readable by the session's owner, never logged. */
  readonly audit: readonly AuditEntry[];
}

export type { StoredEvent } from '../protocol/storedEvent.ts';

/** Sessions, messages, health profiles and turn event logs. Adapters: memory (tests), sqlite, redis. */
export interface SessionStore {
  readonly kind: string;
  getSession(id: string): Promise<SessionRecord | undefined>;
  createSession(session: { id: string; userId: string | undefined }): Promise<SessionRecord>;
  updateSessionState(id: string, state: Readonly<Record<string, unknown>>): Promise<void>;
  listSessions(userId: string): Promise<SessionRecord[]>;
  /** Removes the session, its messages, turns, event logs and audit. */
  deleteSession(id: string): Promise<void>;

  appendMessage(message: MessageRecord): Promise<void>;
  /**
   * In order. `limit` alone: the last `limit` messages (a turn's history). With `offset`: up to `limit`
   * messages from that position on (a page of the conversation, oldest first).
   */
  getMessages(sessionId: string, opts?: { limit?: number; offset?: number }): Promise<MessageRecord[]>;

  getProfile(userId: string): Promise<PatientProfile | undefined>;
  upsertProfile(userId: string, profile: PatientProfile): Promise<void>;
  /** Removes the profile and every session of the user. */
  deleteUserData(userId: string): Promise<void>;

  createTurn(turn: TurnRecord): Promise<void>;
  /** Marks a running turn finished; a turn already closed (e.g. as interrupted) keeps its end. */
  finishTurn(turnId: string, end: { finishReason: FinishReason; audit: readonly AuditEntry[] }): Promise<void>;
  getTurn(turnId: string): Promise<TurnRecord | undefined>;
  listTurns(sessionId: string): Promise<TurnRecord[]>;
  /**
   * Appends in seq order; an event whose seq is already stored is skipped (idempotent), and nothing is
   * appended after a stream_end (a turn closed as interrupted stays closed). Calls issued one after
   * another without awaiting are applied in the order issued (SQLite commits a tick's calls together).
   * Returns undefined when the events are stored already, at return (a store in this process: memory);
   * else a promise that settles once they are durable. The engine publishes an event only then, so no
   * client sees what a crash could lose.
   */
  appendEvents(turnId: string, events: readonly StoredEvent[]): Promise<void> | undefined;
  readEvents(turnId: string, afterSeq: number): Promise<StoredEvent[]>;
  /** Resolves when events after `afterSeq` may have arrived, or after `timeoutMs` (Redis blocks on the stream). */
  waitForEvents?(turnId: string, afterSeq: number, timeoutMs: number, signal: AbortSignal): Promise<void>;

  /** Extends the leases `owner` still holds; returns the ids of turns whose lease it has lost. */
  renewLeases(owner: string, turnIds: readonly string[], ttlMs: number): Promise<string[]>;
  /**
   * Closes a running turn whose owner is gone (lease expired, or its process dead on this host) by
   * appending an `interrupted` stream_end; true when this call closed it.
   */
  closeIfAbandoned(turnId: string): Promise<boolean>;
  /** Closes every abandoned running turn (start-up and periodic sweep); returns how many. */
  closeAbandonedTurns(): Promise<number>;

  /**
   * The turn a client's own message id started (compat `client_message_id`), kept for `ttlMs` in the
   * shared store so a resend to any instance replays that turn instead of starting a second one.
   * The first turn recorded for a live key wins.
   */
  getClientMessageTurn(key: string): Promise<string | undefined>;
  putClientMessageTurn(key: string, turnId: string, ttlMs: number): Promise<void>;

  /** Deletes sessions (and their data) not updated since `cutoff` (epoch ms); returns how many. */
  purgeOlderThan(cutoff: number): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
