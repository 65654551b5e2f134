/**
 * `node --import ./server/loader/registerTypeScript.mjs bench/turnSetupAllocation.ts [turns]` (npm
 * start's loader: tsx's keepNames adds a call and a property per function created): bytes a turn
 * allocates before its first token (the agents' analysis, the prompt, the store writes), in process,
 * by V8's sampling heap profiler with collected objects counted, and the functions that allocate most.
 * Turn setup, not tokens, is where the gateway's garbage comes from (BENCHMARKS.md, sessions 17 and
 * 20): what a setup still holds at a scavenge is copied, and what survives two is promoted.
 */
import { Session } from 'node:inspector/promises';
import { Observable } from 'rxjs';
import type { LlmChunk } from '../server/llm/LlmProvider.ts';
import { createBenchEngine } from './lib/createBenchEngine.ts';
import { EMERGENCY_TEXT, ROUTINE_TEXT } from './lib/texts.ts';

const TURNS = Number(process.argv[2] ?? 200);
// UNIQUE=1: every message differs (a number added), so nothing is served from the analysis' per-text memo.
const UNIQUE = process.env['UNIQUE'] === '1';
const MESSAGES = [ROUTINE_TEXT, EMERGENCY_TEXT, 'I have had a mild headache since this morning, what can I take?'];

const engine = await createBenchEngine({
  // One token, so the figure is the setup's and the turn's end, not an answer's.
  provider: { name: 'setup', stream: () => new Observable<LlmChunk>((s) => (s.next({ type: 'delta', text: 'ok' }), s.complete())) },
  maxOutputTokens: 1000,
  turnTimeoutMs: 60_000,
  metrics: false,
});
const runTurns = async (n: number) => {
  for (let i = 0; i < n; i++) {
    const turn = await engine.startTurn({ message: `${MESSAGES[i % MESSAGES.length] as string}${UNIQUE ? ` (${i})` : ''}`, enableAgents: true, userId: undefined });
    await turn.finished;
  }
};

await runTurns(60);
const session = new Session();
session.connect();
await session.post('HeapProfiler.startSampling', { samplingInterval: 128, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
await runTurns(TURNS);
// The protocol's sampled profile (node's typings of it leave out the node ids and the samples).
interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children: ProfileNode[] }
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode; samples: { size: number; nodeId: number }[] } };
session.disconnect();

const parents = new Map<number, ProfileNode | undefined>();
const byId = new Map<number, ProfileNode>();
const walk = (node: ProfileNode, parent: ProfileNode | undefined) => {
  byId.set(node.id, node);
  parents.set(node.id, parent);
  for (const child of node.children) walk(child, node);
};
walk(profile.head, undefined);
const root = new URL('..', import.meta.url).href;
const ours = (node: ProfileNode) => node.callFrame.url.startsWith(root) && !node.callFrame.url.includes('node_modules');
// By the nearest frame of this project's own code; the allocating function itself beside it.
const byFrame = new Map<string, number>();
let total = 0;
for (const sample of profile.samples) {
  total += sample.size;
  const top = byId.get(sample.nodeId);
  let node = top;
  while (node && !ours(node)) node = parents.get(node.id);
  const own = node ? `${node.callFrame.url.slice(root.length)} ${node.callFrame.functionName || '(anonymous)'}` : '(outside the project)';
  const key = top && node !== top ? `${own} → ${top.callFrame.functionName || '(anonymous)'}` : own;
  byFrame.set(key, (byFrame.get(key) ?? 0) + sample.size);
}
console.log(`${(total / TURNS / 1024).toFixed(1)} KiB allocated per turn (${TURNS} turns, messages in turn: ${MESSAGES.length})`);
for (const [key, bytes] of [...byFrame].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(bytes / TURNS / 1024).toFixed(1).padStart(8)} KiB  ${key}`);
process.exit(0);
