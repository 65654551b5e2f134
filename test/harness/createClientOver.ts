import { WebSocket } from 'ws';
import { createChatClient, type ChatClientOptions } from '../../client/index.ts';

/** The typed client on the transport under test: `ws` with the `ws` package's WebSocket (Node 20 has none), or `http`. */
export function createClientOver(transport: 'ws' | 'http', url: string, opts: Omit<ChatClientOptions, 'url' | 'transport'> = {}) {
  return createChatClient({ url, ...(transport === 'http' ? { transport } : { WebSocket: WebSocket as unknown as typeof globalThis.WebSocket }), ...opts });
}
