/**
 * The framework baseline: a bare tRPC v11 subscription (superjson, ws adapter) yielding the same
 * tokens as tracked events, in the gateway's event shapes, on the shared schedule. No engine, no store.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { initTRPC, tracked } from '@trpc/server';
import { applyWSSHandler } from '@trpc/server/adapters/ws';
import superjson from 'superjson';
import { WebSocketServer } from 'ws';
import { z } from 'zod';
import { BENCH_TOKENS } from '../lib/benchSpec.ts';
import { createGate } from '../lib/createGate.ts';
import { paceTokensAsync } from '../lib/paceTokens.ts';
import { serveControl } from '../lib/serveControl.ts';

const gate = createGate();
const t = initTRPC.create({ transformer: superjson });
let turns = 0;
const appRouter = t.router({
  chat: t.router({
    stream: t.procedure
      .input(z.object({ tokens: z.number(), intervalMs: z.number(), gated: z.boolean() }))
      .subscription(async function* ({ input, signal }) {
        const turnId = `bare-${++turns}`;
        const phase = await new Promise<number>((resolve) => gate.enter(input.gated, resolve));
        let seq = 0;
        for await (const i of paceTokensAsync(input, phase, signal)) {
          yield tracked(`${turnId}:${++seq}`, { type: 'token' as const, content: BENCH_TOKENS[i % BENCH_TOKENS.length] as string });
        }
        yield tracked(`${turnId}:${++seq}`, { type: 'stream_end' as const, turnId, finishReason: 'stop' as const });
      }),
  }),
});

const server = createServer();
const wss = new WebSocketServer({ server });
applyWSSHandler({ wss, router: appRouter });
server.listen(0, '127.0.0.1', () => serveControl(gate, (server.address() as AddressInfo).port));
