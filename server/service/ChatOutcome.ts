import type { Feed } from '../protocol/Feed.ts';
import type { ChatEventOf } from '../protocol/chatEvent.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';

/**
 * Why the service refused a request. The transports map the code onto their own vocabulary (compat
 * `error_type`, tRPC error codes or a short refused turn); the set is closed.
 */
export type RefusalCode = 'invalid_input' | 'not_found' | 'rate_limited' | 'busy' | 'unavailable' | 'store_unavailable' | 'internal_error';

export interface RefusalIssue {
  readonly path: readonly (string | number)[];
  readonly code?: string | undefined;
  readonly message: string;
}

export interface ServiceRefusal {
  readonly code: RefusalCode;
  readonly message: string;
  /** Seconds until a retry can succeed (rate limits). */
  readonly retryAfterSeconds?: number | undefined;
  /** What was wrong with the input (validation refusals). */
  readonly issues?: readonly RefusalIssue[] | undefined;
  /** Whether the same request may succeed later. */
  readonly retryable: boolean;
}

export type Emergencies = readonly ChatEventOf<'emergency'>[];

/** What became of a submitted message. */
export type SubmitOutcome =
  | { readonly kind: 'turn'; readonly turnId: string; readonly sessionId: string; readonly events: Feed<StoredEvent> }
  /** A resent `client_message_id`: the turn it started, from its first event. */
  | { readonly kind: 'replay'; readonly turnId: string; readonly events: Feed<StoredEvent> }
  /** Refused after the safety check: `emergencies` is what it raised on the message's text. */
  | { readonly kind: 'refusal'; readonly refusal: ServiceRefusal; readonly emergencies: Emergencies; readonly sessionId: string | undefined };

export type ResumeOutcome =
  | { readonly kind: 'replay'; readonly turnId: string; readonly events: Feed<StoredEvent> }
  | { readonly kind: 'refusal'; readonly refusal: ServiceRefusal };

/** A refusal, or a value: the answer of every use case but submit and resume. */
export type Answer<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly refusal: ServiceRefusal };

export interface HistoryMessageView {
  readonly id: string;
  readonly turnId: string;
  readonly role: 'user' | 'assistant';
  readonly content: string;
  readonly createdAt: number;
  readonly finishReason: string | undefined;
}

export interface HistoryPage {
  readonly sessionId: string;
  readonly messages: readonly HistoryMessageView[];
  /** Pass it back for the next page; undefined on the last one. */
  readonly nextCursor: string | undefined;
  readonly hasMore: boolean;
}
