import type { ChatClient } from '../../client/index.ts';
import type { Vignette } from '../../plugins/medical/eval/loadVignettes.ts';
import { scoreVignettes, type CaseOutcome, type VignetteScore } from '../../plugins/medical/eval/scoreVignettes.ts';
import type { TriageLevel } from '../../plugins/sdk/index.ts';

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
  let alerted = false;
  let level: TriageLevel | undefined;
  let tokenSeen = false;
  let refusal: string | undefined;
  const request = { message: vignette.message, ...(vignette.profile ? { patientProfile: vignette.profile } : {}) };
  for await (const { event } of client.streamTurn(request)) {
    if (event.type === 'emergency' && !tokenSeen) alerted = true;
    if (event.type === 'error' && event.fatal) refusal = event.errorType;
    if (event.type === 'agent_result' && event.agent === 'triage') level = (event.data as { level: TriageLevel }).level;
    if (event.type === 'token') {
      tokenSeen = true;
      break; // the verdict is in; leaving the loop stops the rest of the answer
    }
  }
  if (!level) throw new Error(`case ${vignette.id}: the triage agent gave no result${refusal ? ` (turn refused: ${refusal})` : ''}`);
  return { alerted, level };
}
