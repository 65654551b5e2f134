/**
 * Fault: a slow reader. Attack it stands for: a client that opens a stream and stops reading (or a
 * phone on a bad link), so that an unguarded server queues every frame for it in memory.
 */
import { request, type IncomingMessage } from 'node:http';
import superjson from 'superjson';
import { describe, expect, it, vi } from 'vitest';
import { MAX_MERGED_CHARS } from '../../server/delivery/mergeTokens.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { createBulkAgent } from './createBulkAgent.ts';
import { openStreamReader } from './openStreamReader.ts';
import { trackServerSockets } from './trackServerSockets.ts';

const HIGH_WATER = 256 * 1024;
// 100 000 tokens of 8 characters: 800 KB of text, but 7.5 MB (compat) or 17 MB (tRPC) as one frame each.
const COUNT = 100_000;
const SIZE = 8;
const PROVIDER_TEXT = 'Hello there.';

async function slowReaderRun(endpoint: 'compat' | 'trpc', highWaterBytes: number) {
  const bulk = createBulkAgent({ count: COUNT, size: SIZE });
  await using gw = await startTestGateway({
    plugins: [{ plugin: bulk.plugin }],
    config: { WS_BACKPRESSURE_BYTES: highWaterBytes, WS_STALL_TIMEOUT_MS: 120_000, TURN_TIMEOUT_MS: 120_000 },
  });
  const tracker = trackServerSockets(gw.server);
  await using slow = await openStreamReader(gw.wsUrl, { endpoint, message: 'a long answer please' });
  await slow.firstToken;
  slow.pause();
  // While it is paused the whole answer is generated, and another client is served normally.
  await using good = await openStreamReader(gw.wsUrl, { endpoint, message: 'a short one', enableAgents: false });
  const goodEnd = await good.ended;
  expect(goodEnd).toMatchObject({ type: 'stream_end' });
  expect(good.text).toBe(PROVIDER_TEXT);
  const deadline = Date.now() + 60_000;
  while (gw.engine.activeTurns > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  expect(gw.engine.activeTurns).toBe(0);
  await new Promise((r) => setTimeout(r, 100));
  const peakWhilePaused = tracker.peakQueuedBytes;
  slow.resume();
  const end = await slow.ended;
  tracker.stop();
  return { end, text: slow.text, tokenFrames: slow.tokenFrames, longestTokenText: slow.longestTokenText, peakWhilePaused, fullText: bulk.text + PROVIDER_TEXT };
}

describe.each(['compat', 'trpc'] as const)('slow reader on %s', (endpoint) => {
  it('keeps the server-side queue near the high-water mark and merges tokens into fewer frames; the text arrives whole', async () => {
    const bounded = await slowReaderRun(endpoint, HIGH_WATER);
    expect(bounded.end).toMatchObject(endpoint === 'compat' ? { type: 'stream_end', metadata: { finish_reason: 'stop' } } : { type: 'stream_end', finishReason: 'stop' });
    expect(bounded.text).toBe(bounded.fullText);
    // Frames the kernel took before the queue reached the mark went one per token; the rest merged.
    expect(bounded.tokenFrames).toBeLessThan(COUNT);
    // Regression: the merged backlog left as one event of the whole 800 KB text.
    expect(bounded.longestTokenText).toBeLessThanOrEqual(MAX_MERGED_CHARS);
    // The mark, plus at most the merged text once (no per-token envelopes), plus one frame of slack.
    expect(bounded.peakWhilePaused).toBeLessThan(HIGH_WATER + COUNT * SIZE + 64 * 1024);

    // The same turn with the mark out of reach: frames pile up in the server's queue.
    const unbounded = await slowReaderRun(endpoint, 256 * 1024 * 1024);
    expect(unbounded.text).toBe(unbounded.fullText);
    expect(unbounded.peakWhilePaused).toBeGreaterThan(3 * bounded.peakWhilePaused);
  }, 120_000);
});

/**
 * `chat.stream` over HTTP read by a raw client that can stop reading: the server's side is tRPC's
 * node-http adapter, which waits for `drain` before the next event, while the chat router merges tokens.
 */
function openPausableSse(baseUrl: string, message: string, enableAgents = true) {
  const url = new URL('/trpc/chat.stream', baseUrl);
  url.searchParams.set('input', JSON.stringify(superjson.serialize({ message, enableAgents })));
  const state = { tokenEvents: 0, text: '', end: undefined as Record<string, unknown> | undefined };
  let buffer = '';
  let response: IncomingMessage | undefined;
  const ended = new Promise<void>((resolve, reject) => {
    const req = request(url, { headers: { accept: 'text/event-stream' } }, (res) => {
      response = res;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        buffer += chunk;
        let cut: number;
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const data = /^data: (.*)$/m.exec(buffer.slice(0, cut))?.[1];
          buffer = buffer.slice(cut + 2);
          const event = data ? (JSON.parse(data) as { json?: Record<string, unknown> }).json : undefined;
          if (event?.['type'] === 'token') {
            state.tokenEvents++;
            state.text += event['content'] as string;
          } else if (event?.['type'] === 'stream_end') state.end = event;
        }
      });
      res.on('end', resolve);
    });
    req.on('error', reject);
    req.end();
  });
  return { state, ended, pause: () => response?.pause(), resume: () => response?.resume() };
}

describe('slow reader on tRPC over HTTP (event stream)', () => {
  it('keeps the server-side queue to about one merged event and merges tokens into fewer events; the text arrives whole', async () => {
    const bulk = createBulkAgent({ count: COUNT, size: SIZE });
    await using gw = await startTestGateway({ plugins: [{ plugin: bulk.plugin }], config: { WS_STALL_TIMEOUT_MS: 120_000, TURN_TIMEOUT_MS: 120_000 } });
    const tracker = trackServerSockets(gw.server);
    const slow = openPausableSse(gw.url, 'a long answer please');
    await vi.waitFor(() => expect(slow.state.tokenEvents).toBeGreaterThan(0), { timeout: 10_000 });
    slow.pause();
    // While it is paused the whole answer is generated, and another client is served normally.
    const good = openPausableSse(gw.url, 'a short one', false);
    await good.ended;
    expect(good.state.end).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(good.state.text).toBe(PROVIDER_TEXT);
    await vi.waitFor(() => expect(gw.engine.activeTurns).toBe(0), { timeout: 60_000 });
    const peakWhilePaused = tracker.peakQueuedBytes;
    slow.resume();
    await slow.ended;
    tracker.stop();
    expect(slow.state.end).toMatchObject({ type: 'stream_end', finishReason: 'stop' });
    expect(slow.state.text).toBe(bulk.text + PROVIDER_TEXT);
    expect(slow.state.tokenEvents).toBeLessThan(COUNT);
    // One event per token would queue about 11 MB (an id and an envelope each); merged, at most the
    // text once plus one event of slack.
    expect(peakWhilePaused).toBeLessThan(COUNT * SIZE + 64 * 1024);
  }, 120_000);
});
