import superjson from 'superjson';
import type { ChatEvent } from '../../server/protocol/chatEvent.ts';
import { openRawSocket, type RawSocket } from '../harness/openRawSocket.ts';

export interface RawTracked {
  readonly id: string;
  readonly event: ChatEvent;
}

/**
 * A chat.stream subscription spoken as raw tRPC JSON over one socket, the way wsLink does it, so a
 * test controls exactly when the socket dies and which lastEventId the resume sends.
 */
export async function openRawTurn(
  wsUrl: string,
  opts: { input?: Record<string, unknown>; lastEventId?: string; headers?: Record<string, string> } = {},
): Promise<RawSocket & { events(): RawTracked[]; error(): any; waitForEvents(n: number, timeoutMs?: number): Promise<void>; waitForEnd(timeoutMs?: number): Promise<void> }> {
  const raw = await openRawSocket(`${wsUrl}/trpc`, opts.headers ? { headers: opts.headers } : {});
  raw.send({
    id: 1,
    method: 'subscription',
    params: { path: 'chat.stream', input: superjson.serialize(opts.input ?? { message: 'resume me' }), ...(opts.lastEventId ? { lastEventId: opts.lastEventId } : {}) },
  });
  const events = () =>
    raw.frames
      .filter((f: any) => f?.id === 1 && f.result?.type === 'data')
      .map((f: any) => ({ id: f.result.id as string, event: superjson.deserialize<{ data: ChatEvent }>(f.result.data).data }));
  return Object.assign(raw, {
    events,
    error: () => raw.frames.find((f: any) => f?.id === 1 && f.error) as any,
    async waitForEvents(n: number, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (events().length < n) {
        if (Date.now() > deadline) throw new Error(`only ${events().length} events`);
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    async waitForEnd(timeoutMs = 10_000) {
      await raw.waitFor((f) => f?.id === 1 && (f.error || (f.result?.type === 'data' && superjson.deserialize<{ data: ChatEvent }>(f.result.data).data.type === 'stream_end')), 0, timeoutMs);
    },
  });
}

/** The answer text of a sequence of events. */
export function textOf(events: readonly { event: ChatEvent }[]): string {
  return events.map((e) => (e.event.type === 'token' ? e.event.content : '')).join('');
}
