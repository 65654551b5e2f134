import { openSseTurn } from '../e2e/openSseTurn.ts';
import { openRawTurn, type RawTracked } from './rawTurnStream.ts';

export type Transport = 'ws' | 'http';

/** A raw `chat.stream` on either tRPC transport, with what the resume and crash tests read of it. */
export interface TransportTurn extends AsyncDisposable {
  /** The tracked events received so far (`turnId:seq` ids). */
  events(): RawTracked[];
  /** The subscription's tRPC error as the wire carries it (superjson: `{ json: { code, message, data } }`), if any. */
  error(): { json: { message: string; data: { code: string } } } | undefined;
  waitForEvents(n: number, timeoutMs?: number): Promise<void>;
  /** Until `stream_end` or an error. */
  waitForEnd(timeoutMs?: number): Promise<void>;
}

/**
 * `openRawTurn` (a socket spoken as wsLink speaks) or `openSseTurn` (a request as httpSubscriptionLink
 * sends it, `Last-Event-ID` for the resume) behind one face, so a test states its guarantees once and
 * runs them on both transports. Without `input` the resume sends a placeholder: over HTTP the input
 * is validated before the id is read.
 */
export async function openTurnOver(
  transport: Transport,
  gw: { url: string; wsUrl: string },
  opts: { input?: Record<string, unknown>; lastEventId?: string; headers?: Record<string, string> } = {},
): Promise<TransportTurn> {
  if (transport === 'ws') {
    const raw = await openRawTurn(gw.wsUrl, opts);
    return { events: raw.events, error: () => raw.error()?.error, waitForEvents: raw.waitForEvents, waitForEnd: raw.waitForEnd, [Symbol.asyncDispose]: () => raw[Symbol.asyncDispose]() };
  }
  const sse = await openSseTurn(gw.url, { ...opts, input: opts.input ?? { message: 'resume me' } });
  const error = () => {
    const found = sse.events.find((e) => e.event === 'serialized-error');
    return found ? (JSON.parse(found.data) as ReturnType<TransportTurn['error']>) : undefined;
  };
  const within = (what: string, timeoutMs: number, predicate: () => boolean) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: only ${sse.tracked().length} events`)), timeoutMs)));
    return Promise.race([sse.waitFor(predicate), timeout]).finally(() => clearTimeout(timer));
  };
  return {
    events: () => sse.tracked(),
    error,
    waitForEvents: (n, timeoutMs = 10_000) => within(`waiting for ${n} events`, timeoutMs, () => sse.tracked().length >= n),
    waitForEnd: (timeoutMs = 10_000) => within('waiting for stream_end', timeoutMs, () => error() !== undefined || sse.tracked().some((e) => e.event.type === 'stream_end')),
    async [Symbol.asyncDispose]() {
      sse.close();
      await sse.ended;
    },
  };
}
