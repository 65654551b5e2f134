import { context } from '@opentelemetry/api';
import type { ChatEngine, TurnRequest } from '../engine/createChatEngine.ts';
import { fail } from './tracePluginRun.ts';
import { ATTR, TURN_KEY, type TurnTrace } from './traceAttributes.ts';

/**
 * Ends the turn span (opened by traceChatService) with the engine's turn, not with its client: a turn
 * runs to its end when the client drops, and its span says how it ended (finish reason, agents done).
 * Admission ends where the engine takes over. Only the turn's events are read: types, reasons, counts.
 */
export function traceChatEngine(engine: ChatEngine): ChatEngine {
  const startTurn = async (request: TurnRequest) => {
    const turnTrace = context.active().getValue(TURN_KEY) as TurnTrace | undefined;
    if (!turnTrace) return engine.startTurn(request);
    turnTrace.endAdmission();
    const turn = await engine.startTurn(request);
    turnTrace.startedByEngine = true;
    const { span } = turnTrace;
    span.setAttributes({ [ATTR.turnId]: turn.id, [ATTR.genAiConversationId]: turn.sessionId });
    // One more listener on the turn (tracing on only); it leaves at stream_end.
    turn.follow(0)({
      next: ({ event }) => {
        if (event.type === 'error' && event.fatal) fail(span, event.errorType);
        else if (event.type === 'stream_end') {
          span.setAttributes({
            [ATTR.turnOutcome]: 'answered',
            [ATTR.turnFinishReason]: event.finishReason,
            [ATTR.agentsCompleted]: event.agentsCompleted.length,
          });
        }
      },
      error: () => span.end(),
      complete: () => span.end(),
    });
    return turn;
  };
  return Object.assign(Object.create(engine) as ChatEngine, { startTurn });
}
