import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { translateEvent, type CompatFrameBody } from './translateEvent.ts';

const TOKEN_HEAD = '{"type":"token","content":';

/**
 * A frame as the wire text. Tokens take a fast path (fixed head, the content quoted directly when
 * JSON would not escape it, and the timestamp's tail built once per timestamp) because they are nearly
 * all the traffic; other frames go through the table.
 */
export function encodeEvent(event: ChatEvent, timestamp: string): string | undefined {
  if (event.type === 'token') return TOKEN_HEAD + quoteJson(event.content) + tokenTail(timestamp);
  const body = translateEvent(event);
  return body && encodeFrame(body, timestamp);
}

export function encodeFrame(body: CompatFrameBody, timestamp: string): string {
  return JSON.stringify({ ...body, timestamp });
}

let lastTimestamp = '';
let lastTail = ',"timestamp":""}';
// One timestamp serves every frame of its millisecond.
function tokenTail(timestamp: string): string {
  if (timestamp !== lastTimestamp) {
    lastTimestamp = timestamp;
    lastTail = `,"timestamp":${JSON.stringify(timestamp)}}`;
  }
  return lastTail;
}

/**
 * `JSON.stringify(text)`, without the call for text JSON leaves as it is (no quote, backslash,
 * control character or surrogate); measured in BENCHMARKS.md, "Session 6".
 */
function quoteJson(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x20 || unit === 0x22 || unit === 0x5c || (unit >= 0xd800 && unit <= 0xdfff)) return JSON.stringify(text);
  }
  return `"${text}"`;
}
