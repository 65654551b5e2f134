import type { FinishReason } from '../../protocol/chatEvent.ts';
import type { MessageRecord, SessionRecord, TurnRecord } from '../SessionStore.ts';

/** Rows as better-sqlite3 returns them (snake_case, JSON as text) and their record shapes. */
export interface SessionRow { id: string; user_id: string | null; created_at: number; updated_at: number; state: string }
export interface MessageRow { id: string; session_id: string; turn_id: string; role: 'user' | 'assistant'; content: string; created_at: number; finish_reason: string | null }
export interface TurnRow {
  id: string; session_id: string; user_id: string | null; status: 'running' | 'finished'; finish_reason: string | null;
  owner: string; owner_host: string; owner_pid: number; lease_expires_at: number; created_at: number; updated_at: number; audit: string;
  journal_from: number;
}

export const toSession = (r: SessionRow): SessionRecord => ({
  id: r.id, userId: r.user_id ?? undefined, createdAt: r.created_at, updatedAt: r.updated_at, state: JSON.parse(r.state) as Record<string, unknown>,
});
export const toMessage = (r: MessageRow): MessageRecord => ({
  id: r.id, sessionId: r.session_id, turnId: r.turn_id, role: r.role, content: r.content, createdAt: r.created_at,
  ...(r.finish_reason === null ? {} : { finishReason: r.finish_reason as FinishReason }),
});
export const toTurn = (r: TurnRow): TurnRecord => ({
  id: r.id, sessionId: r.session_id, userId: r.user_id ?? undefined, status: r.status, finishReason: (r.finish_reason ?? undefined) as FinishReason | undefined,
  owner: r.owner, leaseExpiresAt: r.lease_expires_at, createdAt: r.created_at, updatedAt: r.updated_at, audit: JSON.parse(r.audit) as TurnRecord['audit'],
});
