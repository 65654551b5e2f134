import { context, trace, type Context, type Span } from '@opentelemetry/api';
import type { EventSink, Feed } from '../protocol/Feed.ts';
import type { StoredEvent } from '../protocol/storedEvent.ts';
import type { SubmitOutcome } from '../service/ChatOutcome.ts';
import type { Admission, ChatService, SubmitRequest } from '../service/createChatService.ts';
import { fail } from './tracePluginRun.ts';
import { ATTR, CONNECTION_KEY, getTracer, SPAN, TURN_KEY, type ConnectionTrace, type TurnTrace } from './traceAttributes.ts';

/**
 * Each submitted message as a `medchat.turn` span, a child of its connection's context (the
 * `traceparent` of the upgrade or HTTP request, see traceConnection), with an `medchat.admission`
 * child from arrival until the engine starts the turn (or refuses it) and a `medchat.first_frame`
 * child for the first event handed to the client. The request runs inside the turn's context, so the
 * engine decorator (traceChatEngine) ends admission and the turn, and the plugin and model spans
 * become the turn's children. Records ids, codes and counts, never the message or the profile.
 */
export function traceChatService(service: ChatService): ChatService {
  const admit = async (request: SubmitRequest): Promise<Admission> => {
    const parent = context.active();
    const connection = parent.getValue(CONNECTION_KEY) as ConnectionTrace | undefined;
    const tracer = getTracer();
    const span = tracer.startSpan(SPAN.turn, {
      attributes: { [ATTR.transport]: connection?.transport ?? 'unknown', [ATTR.agentsEnabled]: request.enableAgents },
    }, parent);
    if (!span.isRecording()) return service.admit(request);
    const withSpan = trace.setSpan(parent, span);
    const admission = tracer.startSpan(SPAN.admission, {}, withSpan);
    let admissionOpen = true;
    const turn: TurnTrace = {
      span,
      startedByEngine: false,
      endAdmission: () => {
        if (!admissionOpen) return;
        admissionOpen = false;
        admission.end();
      },
    };
    const turnContext = withSpan.setValue(TURN_KEY, turn);
    const settle = (outcome: SubmitOutcome): SubmitOutcome => {
      turn.endAdmission();
      if (outcome.kind === 'refusal') {
        span.setAttributes({ [ATTR.turnOutcome]: 'refused', [ATTR.refusalCode]: outcome.refusal.code });
        admission.setAttribute(ATTR.refusalCode, outcome.refusal.code);
        span.end();
        return outcome;
      }
      span.setAttribute(ATTR.turnId, outcome.turnId);
      if (outcome.kind === 'replay') {
        span.setAttribute(ATTR.turnOutcome, 'replayed');
        return { ...outcome, events: traceFirstFrame(outcome.events, turnContext, connection, () => span.end()) };
      }
      // Normally the engine ends the span with the turn; without its decorator, here.
      if (!turn.startedByEngine) span.end();
      return { ...outcome, events: traceFirstFrame(outcome.events, turnContext, connection, undefined) };
    };
    const failed = (cause: unknown): never => {
      turn.endAdmission();
      fail(span, cause instanceof Error ? cause.name : 'internal_error');
      span.end();
      throw cause;
    };
    const admitted = await context.with(turnContext, () => service.admit(request)).catch(failed);
    if (!admitted.admitted) return { admitted: false, outcome: admitted.outcome.then(settle, failed) };
    // Compat runs a queued request from the previous turn's callback: its own turn's context is restored here.
    return { admitted: true, run: () => context.with(turnContext, () => admitted.run()).then(settle, failed) };
  };
  return Object.assign(Object.create(service) as ChatService, {
    admit,
    submit: async (request: SubmitRequest) => {
      const admission = await admit(request);
      return admission.admitted ? admission.run() : admission.outcome;
    },
  });
}

/**
 * The turn's first event as a `medchat.first_frame` span: from the moment it reaches the transport
 * until the socket has written the frame that carries it (traceConnection watches the writes), or,
 * where no socket write is watched, until the transport has taken it.
 */
function traceFirstFrame(
  events: Feed<StoredEvent>,
  turnContext: Context,
  connection: ConnectionTrace | undefined,
  onEnd: (() => void) | undefined,
): Feed<StoredEvent> {
  return (sink) => {
    let first = true;
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      onEnd?.();
    };
    const traced: EventSink<StoredEvent> & { readonly closed: boolean } = {
      // The live turn asks an RxJS subscriber whether it left during a replay: ask the real one.
      get closed() {
        return (sink as { closed?: boolean }).closed === true;
      },
      next: (stored) => {
        if (!first) return sink.next(stored);
        first = false;
        const span: Span = getTracer().startSpan(SPAN.firstFrame, { attributes: { [ATTR.eventType]: stored.event.type } }, turnContext);
        connection?.unsentFrames?.push(span);
        sink.next(stored);
        if (!connection?.unsentFrames) span.end();
      },
      error: (cause) => {
        end();
        sink.error(cause);
      },
      complete: () => {
        end();
        sink.complete();
      },
    };
    const stop = events(traced);
    return () => {
      stop();
      end();
    };
  };
}
