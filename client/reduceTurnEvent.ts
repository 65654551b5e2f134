import type { ChatEventOf } from '../server/protocol/chatEvent.ts';
import type { TurnEvent } from './createChatClient.ts';

export interface ChatMessage {
  readonly role: 'user' | 'assistant';
  readonly content: string;
  readonly finishReason?: ChatEventOf<'stream_end'>['finishReason'];
}

export interface ChatStreamState {
  readonly messages: readonly ChatMessage[];
  /** The answer streaming now (not yet in `messages`). */
  readonly current: string;
  readonly streaming: boolean;
  readonly turnId: string | undefined;
  /** Kept from the first stream_start, so later questions continue the same conversation. */
  readonly sessionId: string | undefined;
  /** The latest status per agent ('' for the turn's own statuses). */
  readonly statuses: Readonly<Record<string, string>>;
  /** Stays set until the next question: it must not scroll away with the answer. */
  readonly emergency: ChatEventOf<'emergency'> | undefined;
  readonly error: string | undefined;
}

export const INITIAL_CHAT_STREAM_STATE: ChatStreamState = {
  messages: [],
  current: '',
  streaming: false,
  turnId: undefined,
  sessionId: undefined,
  statuses: {},
  emergency: undefined,
  error: undefined,
};

/** A question was sent: show it, clear the last turn's live state. */
export function startQuestion(state: ChatStreamState, message: string): ChatStreamState {
  return { ...state, messages: [...state.messages, { role: 'user', content: message }], current: '', streaming: true, statuses: {}, emergency: undefined, error: undefined };
}

/**
 * One event of the typed client folded into the UI state. Pure, so the answer that stream_end files
 * is always the text accumulated in state (the guide's React example read a stale closure instead).
 */
export function reduceTurnEvent(state: ChatStreamState, { event }: TurnEvent): ChatStreamState {
  switch (event.type) {
    case 'stream_start':
      // A resumed or replayed turn starts over from its first event: reset rather than append twice.
      return { ...state, current: '', streaming: true, turnId: event.turnId, sessionId: state.sessionId ?? event.sessionId };
    case 'status':
      return { ...state, statuses: { ...state.statuses, [event.agent ?? '']: event.status } };
    case 'emergency':
      return { ...state, emergency: event };
    case 'token':
      return { ...state, current: state.current + event.content };
    case 'agent_result':
      return state;
    case 'error':
      return event.fatal ? { ...state, error: event.message } : state;
    case 'stream_end':
      return {
        ...state,
        messages: [...state.messages, { role: 'assistant', content: state.current, finishReason: event.finishReason }],
        current: '',
        streaming: false,
        turnId: undefined,
      };
  }
}
