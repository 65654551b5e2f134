/**
 * `npm run -s bench:turn [-- turns routine|emergency]`: the engine's own time from a new message to its
 * first token (routine) or its emergency event, in process, with no sockets: the built-in agents, the
 * local engine composing the answer and the memory store. Every message is new (lib/newMessages.ts),
 * the first 30 are left out as warm-up, and the p50 is printed. Compare two checkouts in alternating
 * runs: on this machine one run swings by a third.
 */
import { performance } from 'node:perf_hooks';
import { builtinAgents } from '../plugins/builtin/index.ts';
import { createChatEngine } from '../server/engine/createChatEngine.ts';
import { buildPrompt } from '../plugins/medical/llm/buildPrompt.ts';
import { composeAnswer } from '../plugins/medical/composeAnswer.ts';
import { createLocalProvider } from '../server/llm/createLocalProvider.ts';
import { createLogger } from '../server/logging/createLogger.ts';
import { createMetrics } from '../server/metrics/createMetrics.ts';
import { createPluginHost } from '../server/plugins/createPluginHost.ts';
import { createMemoryStore } from '../server/store/createMemoryStore.ts';
import { nextEmergencyMessage, nextRoutineMessage } from './lib/newMessages.ts';
import { warmUpMedicalEngine } from '../plugins/medical/warmUpMedicalEngine.ts';
warmUpMedicalEngine();
const logger = createLogger({ level: 'silent' });
const host = await createPluginHost({ registrations: builtinAgents.map((plugin) => ({ plugin })), defaultTimeoutMs: 5000, logger });
const engine = createChatEngine({
  observer: createMetrics({ activeTurns: () => 0 }).observer, host, store: createMemoryStore(), logger,
  safety: { emergencyNumber: '911', crisisLine: '988' }, turnTimeoutMs: 600_000,
  response: { provider: createLocalProvider({ compose: composeAnswer, tokenDelayMs: 0 }), maxOutputTokens: 100_000, buildMessages: (g) => buildPrompt(g, { maxPromptTokens: 4000 }) },
});
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
