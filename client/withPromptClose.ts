/**
 * tRPC's keep-alive closes a socket whose PONG did not come, and reconnects on its `close` event. On a
 * dead connection Node's `ws` only fires that after its closing handshake times out (30 s), so a
 * socket with `terminate()` (the `ws` package) is terminated when `close()` has not finished within
 * `graceMs`. Browsers' sockets have no terminate and close as the browser does.
 */
export function withPromptClose(WebSocketImpl: typeof globalThis.WebSocket, graceMs: number): typeof globalThis.WebSocket {
  class PromptlyClosingWebSocket extends WebSocketImpl {
    override close(code?: number, reason?: string): void {
      super.close(code, reason);
      const terminate = (this as { terminate?: () => void }).terminate;
      if (typeof terminate !== 'function' || this.readyState === this.CLOSED) return;
      const timer = setTimeout(() => this.readyState !== this.CLOSED && terminate.call(this), graceMs);
      // A process that is done with its client need not wait for this.
      (timer as { unref?: () => void }).unref?.();
      this.addEventListener('close', () => clearTimeout(timer));
    }
  }
  return PromptlyClosingWebSocket;
}
