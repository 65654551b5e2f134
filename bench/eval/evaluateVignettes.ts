import type { ChatClient } from '../../client/index.ts';
import { findContradictions, type ContradictionKind } from '../../plugins/medical/eval/findContradictions.ts';
import type { Vignette } from '../../plugins/medical/eval/loadVignettes.ts';
import { scoreVignettes, type CaseOutcome, type VignetteScore } from '../../plugins/medical/eval/scoreVignettes.ts';
import { runTurn } from './runTurn.ts';

/** Answers that contradict their own turn's urgency, by case id (see findContradictions). */
export type ContradictionsByCase = ReadonlyMap<string, readonly ContradictionKind[]>;

/**
 * Runs each vignette as a real turn through a gateway's event stream (typed client over tRPC) and
 * scores it. An alert counts only when the `emergency` event came before the first token; the level
 * is the triage agent's `agent_result`. The answer is read to its end so that answers contradicting
 * their own triage are counted. Each case gets a fresh session so no case sees another.
 */
export async function evaluateVignettes(opts: {
  client: ChatClient;
  cases: readonly Vignette[];
  onProgress?: (done: number, total: number) => void;
}): Promise<{ score: VignetteScore; outcomes: Map<string, CaseOutcome>; contradictions: ContradictionsByCase }> {
  const outcomes = new Map<string, CaseOutcome>();
  const contradictions = new Map<string, readonly ContradictionKind[]>();
  let done = 0;
  for (const vignette of opts.cases) {
    const turn = await runTurn(opts.client, vignette, { label: vignette.id });
    outcomes.set(vignette.id, { alerted: turn.alerted, level: turn.level });
    const found = findContradictions(turn);
    if (found.length > 0) contradictions.set(vignette.id, found);
    opts.onProgress?.(++done, opts.cases.length);
  }
  return { score: scoreVignettes(opts.cases, outcomes), outcomes, contradictions };
}
