/**
 * The physical baseline: a bare `ws` server that answers a request (a BenchSpec as JSON) with the
 * same token frames the compat endpoint sends, serialized once up front, on the shared schedule.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { BenchSpec } from '../lib/benchSpec.ts';
import { BENCH_TOKENS } from '../lib/benchSpec.ts';
import { createGate } from '../lib/createGate.ts';
import { paceTokens } from '../lib/paceTokens.ts';
import { serveControl } from '../lib/serveControl.ts';

const timestamp = new Date().toISOString();
const FRAMES = BENCH_TOKENS.map((content) => JSON.stringify({ type: 'token', content, timestamp }));
const END = JSON.stringify({ type: 'stream_end', timestamp, metadata: {} });

const gate = createGate();
const server = createServer();
const wss = new WebSocketServer({ server });
wss.on('connection', (ws) => {
  let stop: (() => void) | undefined;
  ws.on('message', (data: Buffer) => {
    const spec = JSON.parse(data.toString()) as BenchSpec;
    const leave = gate.enter(spec.gated, (phase) => {
      stop = paceTokens(spec, phase, (i) => ws.send(FRAMES[i % FRAMES.length] as string), () => ws.send(END));
    });
    stop ??= leave;
  });
  ws.on('close', () => stop?.());
});
server.listen(0, '127.0.0.1', () => serveControl(gate, (server.address() as AddressInfo).port));
