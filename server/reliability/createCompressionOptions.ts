import type { PerMessageDeflateOptions } from 'ws';

/**
 * permessage-deflate for the shared WebSocket server. Off by default: on per-token frames it costs CPU
 * and memory per connection (docs/operations.md, "Compression"). `on` negotiates
 * it without context takeover (no window kept between messages, so memory is not held per socket
 * between frames) and compresses only frames of at least `thresholdBytes`: a history frame shrinks,
 * a token frame goes out as is.
 */
export function createCompressionOptions(opts: { mode: 'off' | 'on'; thresholdBytes: number }): PerMessageDeflateOptions | false {
  if (opts.mode === 'off') return false;
  return {
    serverNoContextTakeover: true,
    clientNoContextTakeover: true,
    threshold: opts.thresholdBytes,
  };
}
