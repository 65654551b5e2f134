/** The compat frames ChatBot reads; the gateway may add fields, the guide's are always there. */
export type ServerFrame =
  | { type: 'connection'; session_id: string }
  | { type: 'stream_start'; metadata: { turn_id?: string; session_id?: string } }
  | { type: 'status'; status: string; details: { current_agent?: string } }
  | { type: 'emergency'; severity: 'critical' | 'urgent'; reasons: string[]; advice: string }
  | { type: 'token'; content: string }
  | { type: 'stream_end'; metadata: { finish_reason?: string } }
  | { type: 'error'; error_type: string; message: string }
  | { type: 'history' };

export interface ChatBotState {
  readonly messages: readonly { readonly role: 'user' | 'assistant'; readonly content: string }[];
  readonly currentResponse: string;
  readonly isStreaming: boolean;
  /** The conversation, kept across reconnects so a new socket continues it. */
  readonly sessionId: string | undefined;
  readonly status: string | undefined;
  /** Stays until the next question, above the answer. */
  readonly emergency: { readonly severity: string; readonly reasons: readonly string[]; readonly advice: string } | undefined;
  readonly error: string | undefined;
}

export const INITIAL_CHAT_BOT_STATE: ChatBotState = {
  messages: [],
  currentResponse: '',
  isStreaming: false,
  sessionId: undefined,
  status: undefined,
  emergency: undefined,
  error: undefined,
};

export type ChatBotAction = { type: 'asked'; message: string } | { type: 'frame'; frame: ServerFrame };

/**
 * The guide's ChatBot logic as a pure reducer. The guide appended `currentResponse` from the effect's
 * closure at stream_end, which is always the empty string of the first render; here the finished
 * answer is the text accumulated in state. stream_start resets the text, so a replayed turn (a
 * client_message_id resend after a reconnect) is shown once.
 */
export function reduceChatFrame(state: ChatBotState, action: ChatBotAction): ChatBotState {
  if (action.type === 'asked') {
    return { ...state, messages: [...state.messages, { role: 'user', content: action.message }], emergency: undefined, error: undefined, status: undefined };
  }
  const { frame } = action;
  switch (frame.type) {
    case 'connection':
      return { ...state, sessionId: state.sessionId ?? frame.session_id };
    case 'stream_start':
      return { ...state, isStreaming: true, currentResponse: '', status: undefined };
    case 'status':
      return { ...state, status: frame.details.current_agent ? `${frame.details.current_agent}: ${frame.status}` : frame.status };
    case 'emergency':
      return { ...state, emergency: { severity: frame.severity, reasons: frame.reasons, advice: frame.advice } };
    case 'token':
      return { ...state, currentResponse: state.currentResponse + frame.content };
    case 'stream_end':
      return { ...state, messages: [...state.messages, { role: 'assistant', content: state.currentResponse }], currentResponse: '', isStreaming: false, status: undefined };
    case 'error':
      // An error frame ends its request; nothing of that turn follows.
      return { ...state, isStreaming: false, currentResponse: '', status: undefined, error: frame.message };
    case 'history':
      return state;
  }
}
