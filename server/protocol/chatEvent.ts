import { z } from 'zod';

export const FINISH_REASONS = ['stop', 'cancelled', 'error', 'interrupted'] as const;
export type FinishReason = (typeof FINISH_REASONS)[number];

const usageSchema = z.object({ inputTokens: z.number().int().min(0), outputTokens: z.number().int().min(0) });

export const streamStartEventSchema = z.object({
  type: z.literal('stream_start'),
  turnId: z.string(),
  sessionId: z.string(),
  workflow: z.enum(['multi_agent', 'single']),
  agents: z.array(z.string()),
});
export const statusEventSchema = z.object({
  type: z.literal('status'),
  status: z.string().regex(/^[a-z][a-z0-9_]*$/),
  agent: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export const emergencyEventSchema = z.object({
  type: z.literal('emergency'),
  severity: z.enum(['critical', 'urgent']),
  reasons: z.array(z.string()),
  advice: z.string(),
  agent: z.string().optional(),
});
export const tokenEventSchema = z.object({
  type: z.literal('token'),
  content: z.string(),
  agent: z.string().optional(),
});
export const agentResultEventSchema = z.object({
  type: z.literal('agent_result'),
  agent: z.string(),
  data: z.unknown(),
});
/**
 * `fatal: false` (always with `agent`) reports a failed plugin; the turn goes on without its result.
 * A fatal error is followed by `stream_end` with `finishReason: 'error'`.
 */
export const errorEventSchema = z.object({
  type: z.literal('error'),
  errorType: z.string(),
  message: z.string(),
  retryable: z.boolean(),
  fatal: z.boolean(),
  agent: z.string().optional(),
  /** Rate-limit refusals: seconds until a retry can succeed. */
  retryAfterSeconds: z.number().int().min(0).optional(),
});
export const streamEndEventSchema = z.object({
  type: z.literal('stream_end'),
  turnId: z.string(),
  sessionId: z.string(),
  agentsCompleted: z.array(z.string()),
  finishReason: z.enum(FINISH_REASONS),
  usage: usageSchema,
  kbVersion: z.string().optional(),
});

export const chatEventSchema = z.discriminatedUnion('type', [
  streamStartEventSchema,
  statusEventSchema,
  emergencyEventSchema,
  tokenEventSchema,
  agentResultEventSchema,
  errorEventSchema,
  streamEndEventSchema,
]);

export type ChatEvent = z.infer<typeof chatEventSchema>;
export type ChatEventType = ChatEvent['type'];
export type ChatEventOf<T extends ChatEventType> = Extract<ChatEvent, { type: T }>;
export type StreamEndEvent = ChatEventOf<'stream_end'>;
