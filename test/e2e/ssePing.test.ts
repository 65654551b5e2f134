/**
 * SSE keep-alive over tRPC HTTP (SSE_PING_MS). Fault it stands for: a proxy or load balancer that
 * closes a response with no bytes for a while (often 60 s) while the answer waits on a slow model or
 * a long tool call. The raw bytes of a real HTTP request show the pings; the typed client reads
 * through them.
 */
import { request } from 'node:http';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { createChatClient } from '../../client/createChatClient.ts';
import { createHeldProvider } from '../fakes/createHeldProvider.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';
import { textOf } from '../resume/rawTurnStream.ts';

/** `chat.stream` over a plain node:http request, its body kept as the bytes arrived. */
function openRawStream(baseUrl: string, message: string) {
  const url = new URL('/trpc/chat.stream', baseUrl);
  url.searchParams.set('input', JSON.stringify(superjson.serialize({ message })));
  let raw = '';
  let status = 0;
  const ended = new Promise<void>((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (raw += chunk));
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
  return { raw: () => raw, status: () => status, ended };
}

const PING = /event: ping\ndata: \n\n+/g;
const pingsIn = (raw: string) => raw.match(PING)?.length ?? 0;

describe('SSE_PING_MS', () => {
  it('an idle event stream gets ping events on the wire; with 0 it gets none; the answer after them is whole', async () => {
    const pinging = createHeldProvider();
    const silent = createHeldProvider();
    await using gw = await startTestGateway({ provider: pinging.provider, config: { SSE_PING_MS: 50 } });
    await using off = await startTestGateway({ provider: silent.provider, config: { SSE_PING_MS: 0 } });
    const quiet = openRawStream(off.url, 'hello');
    await vi.waitFor(() => expect(quiet.raw()).toContain('generating_response'));
    const stream = openRawStream(gw.url, 'hello');
    await vi.waitFor(() => expect(stream.raw()).toContain('generating_response'));
    // Nothing to say while the model is held: the stream carries pings, and only pings, meanwhile.
    const before = stream.raw().length;
    await vi.waitFor(() => expect(pingsIn(stream.raw().slice(before))).toBeGreaterThanOrEqual(2));
    expect(stream.raw().slice(before).replace(PING, '')).toBe('');
    expect(stream.status()).toBe(200);
    // Its first event advises the client how long a silence means a dead connection (a ping missed, plus
    // slack), after which httpSubscriptionLink reopens it with Last-Event-ID; without pings, no advice.
    expect(stream.raw()).toMatch(/^event: connected\ndata: \{"reconnectAfterInactivityMs":5100\}\n\n/);
    expect(quiet.raw()).toMatch(/^event: connected\ndata: \{\}\n\n/);
    // The stream without pings has been open longer than two ping intervals of the other and got none.
    expect(pingsIn(quiet.raw())).toBe(0);
    pinging.release();
    silent.release();
    await Promise.all([stream.ended, quiet.ended]);
    for (const s of [stream, quiet]) {
      expect(s.raw()).toContain('"finishReason":"stop"');
      expect(s.raw().trimEnd().endsWith('event: return\ndata:')).toBe(true);
    }
  });

  it('the typed client over HTTP reads a turn through pings as if they were not there', async () => {
    const held = createHeldProvider();
    await using gw = await startTestGateway({ provider: held.provider, config: { SSE_PING_MS: 20 } });
    const pings: string[] = [];
    gw.server.on('request', (req, res) => {
      if (!req.url?.startsWith('/trpc/chat.stream')) return;
      const write = res.write.bind(res) as (chunk: unknown, ...rest: unknown[]) => boolean;
      res.write = ((chunk: unknown, ...rest: unknown[]) => {
        const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString();
        if (text.includes('event: ping')) pings.push(text);
        return write(chunk, ...rest);
      }) as typeof res.write;
    });
    const client = createChatClient({ url: gw.url, transport: 'http' });
    const turn = collectTurn(client.streamTurn({ message: 'hello' }));
    await vi.waitFor(() => expect(pings.length).toBeGreaterThanOrEqual(3));
    held.release();
    const events = await turn;
    expect(textOf(events)).toBe('Hello there.');
    expect(events.at(-1)?.event).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    const seqs = events.map((e) => Number(e.id.split(':')[1]));
    // No event repeated or out of order (merged tokens may skip a seq).
    for (let i = 1; i < seqs.length; i++) expect(seqs[i]).toBeGreaterThan(seqs[i - 1] as number);
    expect(events.filter((e) => e.event.type === 'stream_start')).toHaveLength(1);
  });
});
