import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { INITIAL_CHAT_BOT_STATE, reduceChatFrame, type ServerFrame } from './reduceChatFrame.ts';

export interface ChatBotProps {
  /** `ws://host:8000/api/v1/ws/chat`, or `.../chat/{user_id}`. */
  readonly url?: string;
}

/**
 * The guide's React example against the compat endpoint, with its bugs fixed: the finished answer
 * comes from state (not a stale closure), the socket reconnects with backoff and resends an
 * unanswered question with the same client_message_id (the gateway replays that turn, on any
 * instance), the session carries over, and an emergency shows as a banner above the answer.
 */
export function ChatBot({ url = 'ws://localhost:8000/api/v1/ws/chat' }: ChatBotProps) {
  const [state, dispatch] = useReducer(reduceChatFrame, INITIAL_CHAT_BOT_STATE);
  const [input, setInput] = useState('');
  const [connected, setConnected] = useState(false);
  const wsRef = useRef<WebSocket | undefined>(undefined);
  // The question waiting for its stream_end: resent as-is after a reconnect.
  const pending = useRef<Record<string, unknown> | undefined>(undefined);
  const sessionRef = useRef<string | undefined>(undefined);
  sessionRef.current = state.sessionId;

  useEffect(() => {
    let closed = false;
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = () => {
      const ws = new WebSocket(url);
      wsRef.current = ws;
      ws.onopen = () => {
        attempt = 0;
        setConnected(true);
        if (pending.current) ws.send(JSON.stringify(pending.current));
      };
      ws.onmessage = (event: MessageEvent<string>) => {
        const frame = JSON.parse(event.data) as ServerFrame;
        if (frame.type === 'stream_end' || frame.type === 'error') pending.current = undefined;
        // The warning must be on screen before any answer text: render it now rather than letting React
        // batch it into the same commit as the first tokens that follow it.
        if (frame.type === 'emergency') flushSync(() => dispatch({ type: 'frame', frame }));
        else dispatch({ type: 'frame', frame });
      };
      ws.onclose = () => {
        setConnected(false);
        if (closed) return;
        timer = setTimeout(connect, Math.min(500 * 2 ** attempt++, 10_000));
      };
    };
    connect();
    return () => {
      closed = true;
      clearTimeout(timer);
      wsRef.current?.close();
    };
  }, [url]);

  const sendMessage = useCallback((message: string) => {
    const text = message.trim();
    if (!text) return;
    const frame = {
      message: text,
      enable_agents: true,
      client_message_id: crypto.randomUUID(),
      ...(sessionRef.current ? { session_id: sessionRef.current } : {}),
    };
    pending.current = frame;
    dispatch({ type: 'asked', message: text });
    if (wsRef.current?.readyState === WebSocket.OPEN) wsRef.current.send(JSON.stringify(frame));
  }, []);

  return (
    <div className="chatbot">
      {state.emergency && (
        <div className="emergency" role="alert" aria-live="assertive">
          <strong>{state.emergency.severity === 'critical' ? 'Emergency' : 'Urgent'}:</strong> {state.emergency.advice}
          <ul>
            {state.emergency.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="messages" aria-live="polite">
        {state.messages.map((msg, i) => (
          <div key={i} className={msg.role}>
            {msg.content}
          </div>
        ))}
        {state.isStreaming && (
          <div className="assistant streaming">
            {state.currentResponse}
            <span className="cursor">|</span>
          </div>
        )}
      </div>
      {state.status && <p className="status">{state.status}</p>}
      {state.error && <p className="error" role="alert">{state.error}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          sendMessage(input);
          setInput('');
        }}
      >
        <input type="text" value={input} placeholder={connected ? 'Describe your symptoms' : 'Connecting…'} onChange={(e) => setInput(e.target.value)} />
        <button type="submit" disabled={!input.trim()}>
          Send
        </button>
      </form>
    </div>
  );
}

export default ChatBot;
