import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { toCompatErrorType } from './protocol/compatErrorTypes.ts';

export type CompatFrameBody = { readonly type: string } & Record<string, unknown>;

/**
 * The translation table ChatEvent → guide frame (without its timestamp), camelCase → snake_case.
 * Pure: no I/O, no state. Returns undefined for events the guide has no frame for (agent_result).
 * A fatal error becomes an `error` frame; a failed plugin is a `status` frame (`agent_failed`),
 * because the guide's clients stop reading at the first `error` frame and the turn goes on.
 */
export function translateEvent(event: ChatEvent): CompatFrameBody | undefined {
  switch (event.type) {
    case 'stream_start':
      return {
        type: 'stream_start',
        metadata: { workflow: event.workflow, agents: event.agents, session_id: event.sessionId, turn_id: event.turnId },
      };
    case 'status':
      return {
        type: 'status',
        status: event.status,
        details: { ...snakeKeys(event.details), ...(event.agent === undefined ? {} : { current_agent: event.agent }) },
      };
    case 'emergency':
      return {
        type: 'emergency',
        severity: event.severity,
        reasons: event.reasons,
        advice: event.advice,
        ...(event.agent === undefined ? {} : { agent: event.agent }),
      };
    case 'token':
      return { type: 'token', content: event.content };
    case 'agent_result':
      return undefined;
    case 'error':
      if (!event.fatal) {
        return {
          type: 'status',
          status: 'agent_failed',
          details: { agent: event.agent, error_type: event.errorType, message: event.message, retryable: event.retryable },
        };
      }
      return {
        type: 'error',
        error_type: toCompatErrorType(event.errorType),
        code: event.errorType,
        message: event.message,
        retryable: event.retryable,
        ...(event.retryAfterSeconds === undefined ? {} : { retry_after: event.retryAfterSeconds }),
      };
    case 'stream_end':
      return {
        type: 'stream_end',
        metadata: {
          agents_completed: event.agentsCompleted,
          session_id: event.sessionId,
          turn_id: event.turnId,
          finish_reason: event.finishReason,
          usage: { input_tokens: event.usage.inputTokens, output_tokens: event.usage.outputTokens },
          ...(event.kbVersion === undefined ? {} : { kb_version: event.kbVersion }),
        },
      };
  }
}

/** Top-level keys only: plugin details are small, flat records. */
function snakeKeys(record: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (record) for (const [key, value] of Object.entries(record)) out[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = value;
  return out;
}
