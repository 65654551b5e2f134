import type { ChatEvent } from '../server/protocol/chatEvent.ts';
import { translateEvent, type CompatFrameBody } from './translateEvent.ts';

const TOKEN_PREFIX = '{"type":"token","content":';
const TIMESTAMP_INFIX = ',"timestamp":"';
const SUFFIX = '"}';

/**
 * A frame as the wire text. Tokens take a fast path (fixed prefix, one JSON.stringify of the content,
 * a cached timestamp) because they are nearly all the traffic; other frames go through the table.
 */
export function encodeEvent(event: ChatEvent, timestamp: string): string | undefined {
  if (event.type === 'token') return TOKEN_PREFIX + JSON.stringify(event.content) + TIMESTAMP_INFIX + timestamp + SUFFIX;
  const body = translateEvent(event);
  return body && encodeFrame(body, timestamp);
}

export function encodeFrame(body: CompatFrameBody, timestamp: string): string {
  return JSON.stringify({ ...body, timestamp });
}
