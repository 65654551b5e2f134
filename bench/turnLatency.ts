/**
 * `npm run -s bench:turn [-- turns routine|emergency]`: the engine's own time from a new message to its
 * first token (routine) or its emergency event, in process, with no sockets: the built-in agents, the
 * local engine composing the answer and the memory store. Every message is new (lib/newMessages.ts),
 * the first 30 are left out as warm-up, and the p50 is printed. Compare two checkouts in alternating
 * runs: on this machine one run swings by a third.
 */
import { performance } from 'node:perf_hooks';
import { composeAnswer } from '../plugins/medical/composeAnswer.ts';
import { createLocalProvider } from '../server/llm/createLocalProvider.ts';
import { createBenchEngine } from './lib/createBenchEngine.ts';
import { nextEmergencyMessage, nextRoutineMessage } from './lib/newMessages.ts';
import { warmUpMedicalEngine } from '../plugins/medical/warmUpMedicalEngine.ts';
warmUpMedicalEngine();
const engine = await createBenchEngine({ provider: createLocalProvider({ compose: composeAnswer, tokenDelayMs: 0 }), maxOutputTokens: 100_000, turnTimeoutMs: 600_000 });
const N = Number(process.argv[2] ?? 300);
const WARM_UP = 30;
const kind = process.argv[3] ?? 'routine';
const ttft: number[] = [];
for (let i = 0; i < N + WARM_UP; i++) {
  const message = kind === 'routine' ? nextRoutineMessage() : nextEmergencyMessage();
  const t0 = performance.now();
  let first = -1;
  const turn = await engine.startTurn({ message, enableAgents: true, userId: undefined });
  turn.follow(0)({ next: ({ event }) => { if (first < 0 && (event.type === 'token' || event.type === 'emergency')) first = performance.now() - t0; }, error: () => {}, complete: () => {} });
  await turn.finished;
  if (i >= WARM_UP) ttft.push(first);
}
ttft.sort((a, b) => a - b);
console.log(`${kind}: first ${kind === 'routine' ? 'token' : 'emergency'} p50 ${ttft[Math.floor(N / 2)]!.toFixed(2)} ms`);
process.exit(0);
