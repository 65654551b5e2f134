import { z } from 'zod';
import { COMPAT_ERROR_TYPES } from './compatErrorTypes.ts';

/**
 * The server frames of the WebSocket guide, as a client may rely on them. Objects are loose on
 * purpose: extra fields are allowed, the guide's fields are never missing or renamed.
 */
const timestamp = z.iso.datetime({ message: 'timestamp must be ISO-8601 UTC' });
const frame = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.looseObject({ type: z.literal(type), timestamp, ...shape });

export const connectionFrameSchema = frame('connection', { status: z.literal('connected'), session_id: z.uuid() });

export const streamStartFrameSchema = frame('stream_start', {
  metadata: z.looseObject({ workflow: z.enum(['multi_agent', 'single']), agents: z.array(z.string()) }),
});

export const tokenFrameSchema = frame('token', { content: z.string() });

export const statusFrameSchema = frame('status', {
  status: z.string().regex(/^[a-z][a-z0-9_]*$/),
  details: z.looseObject({ current_agent: z.string().optional() }),
});

export const emergencyFrameSchema = frame('emergency', {
  severity: z.enum(['critical', 'urgent']),
  reasons: z.array(z.string()),
  advice: z.string(),
});

export const streamEndFrameSchema = frame('stream_end', {
  metadata: z.looseObject({
    agents_completed: z.array(z.string()),
    session_id: z.uuid(),
    finish_reason: z.enum(['stop', 'cancelled', 'interrupted']),
    usage: z.looseObject({ input_tokens: z.number().int().min(0), output_tokens: z.number().int().min(0) }),
  }),
});

export const errorFrameSchema = frame('error', {
  error_type: z.enum(COMPAT_ERROR_TYPES),
  message: z.string().min(1),
});

export const historyFrameSchema = frame('history', {
  session_id: z.uuid(),
  messages: z.array(
    z.looseObject({
      role: z.enum(['user', 'assistant']),
      content: z.string(),
      timestamp,
    }),
  ),
});

export const serverFrameSchema = z.discriminatedUnion('type', [
  connectionFrameSchema,
  streamStartFrameSchema,
  tokenFrameSchema,
  statusFrameSchema,
  emergencyFrameSchema,
  streamEndFrameSchema,
  errorFrameSchema,
  historyFrameSchema,
]);

export type ServerFrame = z.infer<typeof serverFrameSchema>;
export type ServerFrameType = ServerFrame['type'];
