import type { WebSocket } from 'ws';
import { isKeepAliveFrame } from './isKeepAliveFrame.ts';

/**
 * Closes `ws` (1000, "idle timeout") after `timeoutMs` without a message in either direction; 0 never.
 * Keep-alive PING/PONG frames are not messages here: a client that pings is not a client using the socket.
 * ws emits nothing for outgoing frames, and both endpoints send through `ws.send`, so that is wrapped
 * here. One timer per socket, re-armed lazily: activity only records a timestamp.
 */
export function watchIdle(ws: WebSocket, opts: { timeoutMs: number; onIdle?: () => void }): void {
  if (opts.timeoutMs <= 0) return;
  let lastActivity = Date.now();
  const touch = () => (lastActivity = Date.now());
  const send = ws.send.bind(ws) as (...args: unknown[]) => void;
  ws.send = ((...args: unknown[]) => {
    if (!isKeepAliveFrame(args[0])) touch();
    send(...args);
  }) as WebSocket['send'];
  ws.on('message', (data: unknown, isBinary: boolean) => {
    if (isBinary || !isKeepAliveFrame(data)) touch();
  });

  let timer: NodeJS.Timeout | undefined;
  const arm = (delayMs: number) => {
    timer = setTimeout(() => {
      const quietFor = Date.now() - lastActivity;
      if (quietFor < opts.timeoutMs) return arm(opts.timeoutMs - quietFor);
      if (ws.readyState !== ws.OPEN) return;
      opts.onIdle?.();
      ws.close(1000, 'idle timeout');
    }, delayMs);
    timer.unref();
  };
  arm(opts.timeoutMs);
  ws.once('close', () => clearTimeout(timer));
}
