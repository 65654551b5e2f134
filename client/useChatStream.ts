// React is the caller's: a peer of this hook, never a dependency of the gateway (see examples/react).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ChatClient, ChatStreamRequest } from './createChatClient.ts';
import { INITIAL_CHAT_STREAM_STATE, reduceTurnEvent, startQuestion, type ChatStreamState } from './reduceTurnEvent.ts';

export interface UseChatStream {
  readonly state: ChatStreamState;
  /** Asks a question in the hook's conversation; a turn still streaming is stopped first. */
  send(request: Omit<ChatStreamRequest, 'sessionId' | 'lastEventId'>): Promise<void>;
  /** Stops the running turn; its stream_end says cancelled. */
  cancel(): void;
}

/**
 * A conversation over the typed client (`createChatClient`, either transport) as React state. The client
 * resumes a turn after a dropped connection (wsLink, or EventSource with Last-Event-ID over http), so the
 * hook only folds events; unmounting stops the turn (over http the client sends chat.cancel for it).
 */
export function useChatStream(client: ChatClient): UseChatStream {
  const [state, setState] = useState<ChatStreamState>(INITIAL_CHAT_STREAM_STATE);
  const running = useRef<AbortController | undefined>(undefined);
  // Read by send/cancel without re-creating them on every token.
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => () => running.current?.abort(), [client]);
  // Resolved after each commit: an emergency is drawn on its own before any event after it is folded.
  const afterCommit = useRef<(() => void)[]>([]);
  useEffect(() => {
    const waiting = afterCommit.current;
    afterCommit.current = [];
    for (const resolve of waiting) resolve();
  });

  const send = useCallback(
    async (request: Omit<ChatStreamRequest, 'sessionId' | 'lastEventId'>) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { sessionId } = latest.current;
      setState((s) => startQuestion(s, request.message));
      try {
        for await (const event of client.streamTurn({ ...request, ...(sessionId ? { sessionId } : {}) }, { signal: controller.signal })) {
          setState((s) => reduceTurnEvent(s, event));
          // Events that arrived together (one network read) would render in one batch, the warning with
          // the answer's first words: the warning is committed first, alone.
          if (event.event.type === 'emergency' && !controller.signal.aborted) {
            await new Promise<void>((resolve) => {
              afterCommit.current.push(resolve);
              controller.signal.addEventListener('abort', () => resolve(), { once: true });
            });
          }
        }
      } catch (cause) {
        if (!controller.signal.aborted) setState((s) => ({ ...s, streaming: false, error: cause instanceof Error ? cause.message : 'The answer failed' }));
      } finally {
        if (running.current === controller) running.current = undefined;
      }
    },
    [client],
  );

  const cancel = useCallback(() => {
    const { turnId } = latest.current;
    if (turnId) void client.cancel(turnId).catch(() => {});
  }, [client]);

  return { state, send, cancel };
}
