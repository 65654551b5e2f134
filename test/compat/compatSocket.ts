import { expect } from 'vitest';
import { serverFrameSchema } from '../../compat/index.ts';
import { openRawSocket, type RawSocket } from '../harness/openRawSocket.ts';

export const CHAT_PATH = '/api/v1/ws/chat';

export interface CompatSocket extends RawSocket {
  /** The connection frame's session id. */
  readonly sessionId: string;
  /** Frames from `fromIndex` up to and including the next stream_end or error. */
  nextTurn(fromIndex?: number, timeoutMs?: number): Promise<any[]>;
}

/** A raw `ws` client on a compat endpoint, past its `connection` frame; disposing it checks every frame. */
export async function openCompatSocket(wsUrl: string, path = CHAT_PATH): Promise<CompatSocket> {
  const raw = await openRawSocket(`${wsUrl}${path}`);
  const connection = await raw.waitFor<{ session_id: string }>((f) => f.type === 'connection');
  const dispose = raw[Symbol.asyncDispose].bind(raw);
  return Object.assign(raw, {
    sessionId: connection.session_id,
    // Whatever a test looked at, every frame the socket received must follow the guide's schema.
    async [Symbol.asyncDispose]() {
      await dispose();
      expectGuideFrames(raw.frames);
    },
    async nextTurn(fromIndex = 0, timeoutMs = 10_000) {
      const last = await raw.waitFor((f) => f.type === 'stream_end' || f.type === 'error', fromIndex, timeoutMs);
      return raw.frames.slice(fromIndex, raw.frames.indexOf(last) + 1);
    },
  });
}

/** Every frame must match the guide's protocol (extra fields allowed, none missing). */
export function expectGuideFrames(frames: readonly unknown[]): void {
  for (const frame of frames) {
    const result = serverFrameSchema.safeParse(frame);
    expect(result.success, `${JSON.stringify(frame)}: ${result.error?.message ?? ''}`).toBe(true);
  }
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const TIMESTAMP = /"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z"/g;

/**
 * Frames as one JSON line each (as websocat prints them), after checking them against the schema;
 * timestamps masked, ids numbered in order of appearance so equal ids stay visibly equal.
 */
export function conversation(frames: readonly unknown[]): string[] {
  expectGuideFrames(frames);
  const ids = new Map<string, string>();
  return frames.map((f) =>
    JSON.stringify(f)
      .replace(TIMESTAMP, '"<ts>"')
      .replace(UUID, (id) => {
        if (!ids.has(id)) ids.set(id, `<id${ids.size + 1}>`);
        return ids.get(id) as string;
      }),
  );
}

/** The answer text of a turn's frames. */
export function textOf(frames: readonly any[]): string {
  return frames.filter((f) => f.type === 'token').map((f) => f.content as string).join('');
}
