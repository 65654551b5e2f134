import type { z } from 'zod';
import { sessionIdSchema } from '../../server/protocol/sessionId.ts';
import { cancelRequestSchema, createMessageFrameSchema, historyRequestSchema } from './clientFrameSchema.ts';

export type ClientFrame =
  | {
      readonly type: 'message';
      readonly message: string;
      readonly sessionId: string | undefined;
      readonly enableAgents: boolean;
      /** camelCase, not yet validated (the chat service does, after the safety check). */
      readonly patientProfile: Readonly<Record<string, unknown>> | undefined;
      readonly clientMessageId: string | undefined;
    }
  | { readonly type: 'cancel' }
  | { readonly type: 'history'; readonly sessionId: string | undefined };

export interface FrameIssue {
  readonly path: string;
  readonly message: string;
}

export type ParsedClientFrame =
  | { readonly ok: true; readonly frame: ClientFrame }
  | {
      readonly ok: false;
      readonly errorType: 'validation_error';
      readonly message: string;
      readonly issues: readonly FrameIssue[];
      /** The frame's message text when it has one: the safety check reads it before the refusal. */
      readonly readableMessage?: string;
      /** The readable parts that go with it (the session it names, its user's profile). */
      readonly readableSessionId?: string;
    };

/**
 * Builds the parser once per gateway. The message's length and profile values are not checked here
 * but by the chat service, after the safety check; a frame refused here still hands over its message
 * text (`readableMessage`) so the safety check reads it before the `validation_error`.
 */
export function createClientFrameParser(opts: { maxMessageChars: number }) {
  const messageSchema = createMessageFrameSchema({ ...opts, deferChecks: true });
  return (text: string): ParsedClientFrame => {
    const parsed = parseClientFrame(text, messageSchema);
    if (parsed.ok) return parsed;
    const readable = readableParts(text);
    return readable === undefined ? parsed : { ...parsed, ...readable };
  };
}

function readableParts(text: string): { readableMessage: string; readableSessionId?: string } | undefined {
  try {
    const data = JSON.parse(text) as { message?: unknown; session_id?: unknown };
    const message = typeof data.message === 'string' ? data.message.trim() : '';
    if (message === '') return undefined;
    const sessionId = typeof data.session_id === 'string' && sessionIdSchema.safeParse(data.session_id).success ? data.session_id : undefined;
    return { readableMessage: message, ...(sessionId === undefined ? {} : { readableSessionId: sessionId }) };
  } catch {
    return undefined;
  }
}

function parseClientFrame(text: string, messageSchema: ReturnType<typeof createMessageFrameSchema>): ParsedClientFrame {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid('Invalid JSON');
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return invalid('A frame must be a JSON object');
  const type = (data as { type?: unknown }).type;
  if (type === 'cancel') {
    const result = cancelRequestSchema.safeParse(data);
    return result.success ? { ok: true, frame: { type: 'cancel' } } : fromIssues(result.error);
  }
  if (type === 'history') {
    const result = historyRequestSchema.safeParse(data);
    return result.success ? { ok: true, frame: { type: 'history', sessionId: result.data.session_id ?? undefined } } : fromIssues(result.error);
  }
  if (type !== undefined && type !== 'message') return invalid('type must be "message", "cancel" or "history" (or absent for a message)');
  const result = messageSchema.safeParse(data);
  if (!result.success) return fromIssues(result.error);
  const m = result.data;
  return {
    ok: true,
    frame: {
      type: 'message',
      message: m.message,
      sessionId: m.session_id ?? undefined,
      enableAgents: m.enable_agents ?? true,
      patientProfile: m.patient_profile ?? undefined,
      clientMessageId: m.client_message_id ?? undefined,
    },
  };
}

function invalid(message: string): ParsedClientFrame {
  return { ok: false, errorType: 'validation_error', message, issues: [{ path: '', message }] };
}

function fromIssues(error: z.ZodError): ParsedClientFrame {
  const issues = error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
  const first = issues[0];
  // The first issue is the frame's message, in the guide's wording ("Message cannot be empty").
  const message = !first ? 'Invalid frame' : first.path === '' || first.path === 'message' || first.message.startsWith(first.path) ? first.message : `${first.path}: ${first.message}`;
  return { ok: false, errorType: 'validation_error', message, issues };
}
