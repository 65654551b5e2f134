/**
 * `npm run -s bench:engine [-- turns tokens reps]`: the engine's own per-token cost, in process, with no
 * sockets. `turns` turns with the built-in agents are opened, then every provider emits one token per
 * turn in turn, `tokens` times; each turn's events go through the compat sender into a socket whose
 * `send` only counts bytes. Prints µs per token (wall and CPU) per rep. A hot loop: it shows the code's
 * own cost, not the cache misses of a loaded server (see BENCHMARKS.md).
 */
import { Observable } from 'rxjs';
import { createEventSender } from '../compat/createEventSender.ts';
import { createFrameClock } from '../compat/createFrameClock.ts';
import type { LlmChunk } from '../server/llm/LlmProvider.ts';
import { createBenchEngine } from './lib/createBenchEngine.ts';

const [turnsArg, tokensArg, repsArg] = process.argv.slice(2);
const TURNS = Number(turnsArg ?? 400);
const TOKENS = Number(tokensArg ?? 150);
const REPS = Number(repsArg ?? 5);

let emitters: ((i: number) => void)[] = [];
const engine = await createBenchEngine({
  provider: {
    name: 'micro',
    stream: () =>
      new Observable<LlmChunk>((subscriber) => {
        emitters.push((i) => {
          if (i < TOKENS) return subscriber.next({ type: 'delta', text: ' word' });
          subscriber.next({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 1, outputTokens: TOKENS } });
          subscriber.complete();
        });
      }),
  },
  maxOutputTokens: 100_000,
  turnTimeoutMs: 600_000,
});

const socket = { readyState: 1, bufferedAmount: 0, bytes: 0, send(text: string) { socket.bytes += text.length; } };
const clock = createFrameClock();
for (let rep = 0; rep < REPS; rep++) {
  emitters = [];
  const message = 'I have had a mild headache since this morning, what can I take?';
  const turns = await Promise.all(Array.from({ length: TURNS }, () => engine.startTurn({ message, enableAgents: true, userId: undefined })));
  for (const turn of turns) {
    const send = createEventSender(socket as never, clock);
    // As the compat connection follows a turn (follow, not observe: no Subscriber per event).
    turn.follow(0)({ next: ({ event }) => send(event), error: () => {}, complete: () => {} });
  }
  while (emitters.length < TURNS) await new Promise((resolve) => setTimeout(resolve, 5));
  const wall = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i <= TOKENS; i++) {
    for (const emit of emitters) emit(i);
    await Promise.resolve(); // the sender's end-of-run flush, as after each timer callback in a server
  }
  const used = process.cpuUsage(cpu);
  const n = TURNS * TOKENS;
  console.log(`rep ${rep + 1}: ${(((performance.now() - wall) * 1000) / n).toFixed(2)} µs/token wall, ${((used.user + used.system) / n).toFixed(2)} µs/token CPU`);
  await Promise.all(turns.map((t) => t.finished));
}
process.exit(0);
