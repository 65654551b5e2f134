/**
 * `npx tsx bench/trpcAdapterMicro.ts [events] [rounds]`: what a tRPC WebSocket handler costs per
 * subscription event, in process, with no socket (its `send` only counts bytes): tRPC v11's own
 * adapter against the gateway's (`server/trpc/createTrpcWsHandler.ts`). Compares the transformer
 * (superjson against the gateway's wireTransformer) and how the events are produced (one async
 * generator, two nested as the chat router's `yield*` makes, a hand-written iterator). Same events and
 * bytes in every row.
 */
import { EventEmitter } from 'node:events';
import type { IncomingMessage } from 'node:http';
import { initTRPC, tracked, type CombinedDataTransformer } from '@trpc/server';
import { getWSConnectionHandler } from '@trpc/server/adapters/ws';
import superjson from 'superjson';
import { WebSocketServer, type WebSocket } from 'ws';
import { createTrpcWsHandler } from '../server/trpc/createTrpcWsHandler.ts';
import { wireTransformer } from '../server/trpc/wireTransformer.ts';

const [eventsArg = '100000', roundsArg = '3'] = process.argv.slice(2);
const N = Number(eventsArg);
const token = (i: number) => tracked(`turn:${i}`, { type: 'token' as const, content: `word${i % 10} ` });

type Producer = 'one generator' | 'two generators' | 'hand iterator';
const produce: Record<Producer, () => AsyncIterable<ReturnType<typeof token>>> = {
  'one generator': async function* () {
    for (let i = 0; i < N; i++) yield token(i);
  },
  'two generators': async function* () {
    yield* produce['one generator']();
  },
  'hand iterator': () => ({
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next: () => Promise.resolve(i < N ? { value: token(i++), done: false as const } : { value: undefined, done: true as const }),
        return: () => Promise.resolve({ value: undefined, done: true as const }),
      };
    },
  }),
};

type Handler = 'tRPC adapter' | 'gateway handler';

async function measure(handler: Handler, transformer: typeof superjson | CombinedDataTransformer, producer: Producer): Promise<{ usPerEvent: number; bytes: number }> {
  const t = initTRPC.create({ transformer });
  const router = t.router({ stream: t.procedure.subscription(async () => produce[producer]()) });
  const handle =
    handler === 'tRPC adapter'
      ? getWSConnectionHandler({ wss: new WebSocketServer({ noServer: true }), router, createContext: () => ({}) })
      : createTrpcWsHandler({ router, maxBatchSize: 10, createContext: async () => ({}), onError: () => {} });
  // Just what the adapter uses of a `ws` socket.
  const socket = Object.assign(new EventEmitter(), { readyState: 1, OPEN: 1, close: () => {}, send: (frame: string) => void frame });
  let bytes = 0;
  const stopped = new Promise<void>((resolve) => {
    socket.send = (frame: string) => {
      bytes += frame.length;
      if (frame.includes('"type":"stopped"')) resolve();
    };
  });
  handle(socket as unknown as WebSocket, { headers: {}, url: '/', socket: { remoteAddress: '127.0.0.1' } } as unknown as IncomingMessage);
  const start = process.cpuUsage();
  socket.emit('message', Buffer.from(JSON.stringify({ id: 1, method: 'subscription', params: { path: 'stream', input: {} } })), false);
  await stopped;
  const used = process.cpuUsage(start);
  return { usPerEvent: (used.user + used.system) / N, bytes };
}

const rows: [Handler, string, typeof superjson | CombinedDataTransformer, Producer][] = [
  ['tRPC adapter', 'superjson', superjson, 'one generator'],
  ['tRPC adapter', 'wireTransformer', wireTransformer, 'one generator'],
  ['tRPC adapter', 'wireTransformer', wireTransformer, 'two generators'],
  ['tRPC adapter', 'wireTransformer', wireTransformer, 'hand iterator'],
  ['gateway handler', 'wireTransformer', wireTransformer, 'one generator'],
  ['gateway handler', 'wireTransformer', wireTransformer, 'two generators'],
];
const results = new Map<string, number[]>();
for (let r = 0; r < Number(roundsArg); r++) {
  for (const [handler, name, transformer, producer] of rows) {
    const { usPerEvent, bytes } = await measure(handler, transformer, producer);
    const key = `${handler}, ${name}, ${producer} (${bytes} bytes)`;
    results.set(key, [...(results.get(key) ?? []), usPerEvent]);
  }
}
console.log(`tRPC over ws, ${N} events, no socket: CPU µs per event, median of ${roundsArg} rounds (all rounds)`);
for (const [key, runs] of results) {
  const sorted = [...runs].sort((a, b) => a - b);
  console.log(`${key.padEnd(70)} ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)} (${runs.map((x) => x.toFixed(2)).join(', ')})`);
}
