import type { Observable } from 'rxjs';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import type { RuleHit } from '../../plugins/medical/types.ts';
import type { ChatEvent, FinishReason } from '../protocol/chatEvent.ts';

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
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Which rules fired and why; readable by the session's owner, never logged. */
  readonly audit: readonly RuleHit[];
}

export interface StoredEvent {
  readonly seq: number;
  readonly event: ChatEvent;
}

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
  getMessages(sessionId: string, opts?: { limit?: number }): Promise<MessageRecord[]>;

  getProfile(userId: string): Promise<PatientProfile | undefined>;
  upsertProfile(userId: string, profile: PatientProfile): Promise<void>;
  /** Removes the profile and every session of the user. */
  deleteUserData(userId: string): Promise<void>;

  createTurn(turn: TurnRecord): Promise<void>;
  finishTurn(turnId: string, end: { finishReason: FinishReason; audit: readonly RuleHit[] }): Promise<void>;
  getTurn(turnId: string): Promise<TurnRecord | undefined>;
  appendEvents(turnId: string, events: readonly StoredEvent[]): Promise<void>;
  readEvents(turnId: string, afterSeq: number): Promise<StoredEvent[]>;
  /** Live events of a turn another instance is generating, after `afterSeq`; absent on single-instance stores. */
  followEvents?(turnId: string, afterSeq: number): Observable<StoredEvent>;

  /** Deletes sessions (and their data) not updated since `cutoff` (epoch ms); returns how many. */
  purgeOlderThan(cutoff: number): Promise<number>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
