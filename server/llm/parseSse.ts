/**
 * Incremental Server-Sent Events parser (WHATWG HTML "event stream interpretation"): bytes in any
 * split, events out. Lines end in CRLF, LF or CR (a CR at the end of a chunk waits for the next one to
 * tell CRLF from CR); `:` lines are comments; `data:` lines of one event are joined with "\n"; one
 * space after the colon is dropped; an event is dispatched at an empty line and only if it has data.
 * UTF-8 split across chunks is decoded by a streaming TextDecoder (which also drops a leading BOM).
 */
export interface SseEvent {
  /** `event:` field, `message` when absent. */
  readonly event: string;
  readonly data: string;
  /** Last event id seen on the stream so far (the spec's "last event ID buffer"). */
  readonly id: string;
  readonly retry: number | undefined;
}

export interface SseParser {
  /** Feeds one chunk; returns the events completed by it. */
  push(bytes: Uint8Array): SseEvent[];
  /** End of stream: an event without its closing empty line is discarded, as the spec says. */
  end(): SseEvent[];
}

export function parseSse(): SseParser {
  const decoder = new TextDecoder('utf-8');
  let buffer = '';
  let skipLeadingLf = false;
  let data: string[] = [];
  let eventType = '';
  let lastId = '';
  let retry: number | undefined;

  const processLine = (line: string, out: SseEvent[]): void => {
    if (line === '') {
      if (data.length > 0) out.push({ event: eventType || 'message', data: data.join('\n'), id: lastId, retry });
      data = [];
      eventType = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') eventType = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
  };

  const drain = (text: string): SseEvent[] => {
    const out: SseEvent[] = [];
    buffer += text;
    let start = 0;
    if (skipLeadingLf && buffer.length > 0) {
      if (buffer[0] === '\n') start = 1;
      skipLeadingLf = false;
    }
    for (let i = start; i < buffer.length; i++) {
      const ch = buffer[i];
      if (ch !== '\n' && ch !== '\r') continue;
      processLine(buffer.slice(start, i), out);
      if (ch === '\r') {
        if (i + 1 === buffer.length) skipLeadingLf = true;
        else if (buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    buffer = buffer.slice(start);
    return out;
  };

  return {
    push: (bytes) => drain(decoder.decode(bytes, { stream: true })),
    end: () => {
      const out = drain(decoder.decode());
      buffer = '';
      data = [];
      return out;
    },
  };
}
