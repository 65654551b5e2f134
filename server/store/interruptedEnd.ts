import type { StreamEndEvent } from '../protocol/chatEvent.ts';

/** The stream_end a store appends when it closes a turn whose owner died mid-generation. */
export function interruptedEnd(turn: { id: string; sessionId: string }): StreamEndEvent {
  return {
    type: 'stream_end',
    turnId: turn.id,
    sessionId: turn.sessionId,
    agentsCompleted: [],
    finishReason: 'interrupted',
    usage: { inputTokens: 0, outputTokens: 0 },
  };
}
