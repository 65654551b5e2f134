import type { ChatClient } from '../../client/index.ts';
import type { Vignette } from '../../plugins/medical/eval/loadVignettes.ts';
import { scoreVignettes, type CaseOutcome, type VignetteScore } from '../../plugins/medical/eval/scoreVignettes.ts';
import { runTurn } from './runTurn.ts';

/**
 * Runs each vignette as a real turn through a gateway's event stream (typed client over tRPC) and
 * scores it. An alert counts only when the `emergency` event came before the first token; the level
 * is the triage agent's `agent_result`. Each case gets a fresh session so no case sees another.
 */
export async function evaluateVignettes(opts: {
  client: ChatClient;
  cases: readonly Vignette[];
  onProgress?: (done: number, total: number) => void;
}): Promise<{ score: VignetteScore; outcomes: Map<string, CaseOutcome> }> {
  const outcomes = new Map<string, CaseOutcome>();
  let done = 0;
  for (const vignette of opts.cases) {
    outcomes.set(vignette.id, await runCase(opts.client, vignette));
    opts.onProgress?.(++done, opts.cases.length);
  }
  return { score: scoreVignettes(opts.cases, outcomes), outcomes };
}

async function runCase(client: ChatClient, vignette: Vignette): Promise<CaseOutcome> {
  const { alerted, level } = await runTurn(client, vignette, { untilFirstToken: true, label: vignette.id });
  return { alerted, level };
}
