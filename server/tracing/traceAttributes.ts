import { createContextKey, trace, type Span, type Tracer } from '@opentelemetry/api';

/**
 * Attribute names. The GenAI ones are OpenTelemetry semantic conventions still marked incubating, so
 * they are written out here (as the conventions package advises) rather than imported from its
 * unstable entry point. Values are ids, names, codes and counts: never text a person wrote.
 */
export const ATTR = {
  genAiOperationName: 'gen_ai.operation.name',
  genAiProviderName: 'gen_ai.provider.name',
  /** Older name of gen_ai.provider.name, still read by many backends. */
  genAiSystem: 'gen_ai.system',
  genAiRequestModel: 'gen_ai.request.model',
  genAiRequestMaxTokens: 'gen_ai.request.max_tokens',
  genAiUsageInputTokens: 'gen_ai.usage.input_tokens',
  genAiUsageOutputTokens: 'gen_ai.usage.output_tokens',
  genAiResponseFinishReasons: 'gen_ai.response.finish_reasons',
  /** Seconds from the request to the first text chunk. */
  genAiTimeToFirstChunk: 'gen_ai.response.time_to_first_chunk',
  genAiConversationId: 'gen_ai.conversation.id',
  errorType: 'error.type',
  httpMethod: 'http.request.method',
  httpStatus: 'http.response.status_code',
  transport: 'medchat.transport',
  turnId: 'medchat.turn.id',
  turnOutcome: 'medchat.turn.outcome',
  turnFinishReason: 'medchat.turn.finish_reason',
  agentsEnabled: 'medchat.turn.agents_enabled',
  agentsCompleted: 'medchat.turn.agents_completed',
  refusalCode: 'medchat.refusal.code',
  pluginName: 'medchat.plugin.name',
  pluginVersion: 'medchat.plugin.version',
  pluginOutcome: 'medchat.plugin.outcome',
  providerOutcome: 'medchat.provider.outcome',
  eventType: 'medchat.event.type',
} as const;

export const SPAN = {
  turn: 'medchat.turn',
  admission: 'medchat.admission',
  plugin: 'medchat.plugin',
  firstFrame: 'medchat.first_frame',
} as const;

/** The event on the model span at its first text chunk. */
export const FIRST_TOKEN_EVENT = 'gen_ai.first_token';

export type Transport = 'trpc' | 'compat' | 'http';

/** What a socket (or an HTTP request) carries in its context for the turns it starts. */
export interface ConnectionTrace {
  readonly transport: Transport;
  /** First-frame spans waiting for the socket's next write; absent where no socket write is watched. */
  readonly unsentFrames: Span[] | undefined;
}

/** A turn's span and its open admission child, for the engine decorator to close when the turn starts. */
export interface TurnTrace {
  readonly span: Span;
  endAdmission(): void;
  /** Set when the engine took the turn over: its span then ends with the turn, not with the request. */
  startedByEngine: boolean;
}

export const CONNECTION_KEY = createContextKey('medchat.connection');
export const TURN_KEY = createContextKey('medchat.turn');

/**
 * The gateway's tracer, looked up on each use: the global provider may be registered (or replaced,
 * one gateway after another in a test process) after a module first loads. With no SDK registered
 * this is the API's no-op tracer.
 */
export function getTracer(): Tracer {
  return trace.getTracer('medchat-gateway');
}
