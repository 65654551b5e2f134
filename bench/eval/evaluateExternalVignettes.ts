import type { ChatClient } from '../../client/index.ts';
import type { DiagnosisMatcher } from '../../plugins/medical/eval/createDiagnosisMatcher.ts';
import { findContradictions } from '../../plugins/medical/eval/findContradictions.ts';
import type { UrgencyLookup } from '../../plugins/medical/eval/loadDiagnosisUrgency.ts';
import type { ExternalVignette } from '../../plugins/medical/eval/parseExternalVignettes.ts';
import { renderVignette, type Rendering } from '../../plugins/medical/eval/renderVignette.ts';
import {
  scoreExternalVignettes,
  type ExternalOutcome,
  type ExternalScore,
} from '../../plugins/medical/eval/scoreExternalVignettes.ts';
import { runTurn } from './runTurn.ts';

/**
 * Runs external vignettes in one rendering through a gateway's event stream, each in a fresh session,
 * reading the whole answer so that contradictions with the turn's own triage can be counted.
 */
export async function evaluateExternalVignettes(opts: {
  client: ChatClient;
  cases: readonly ExternalVignette[];
  rendering: Rendering;
  matcher: DiagnosisMatcher;
  urgency: UrgencyLookup;
  onProgress?: (done: number, total: number) => void;
}): Promise<{ score: ExternalScore; outcomes: Map<string, ExternalOutcome> }> {
  const outcomes = new Map<string, ExternalOutcome>();
  let done = 0;
  for (const vignette of opts.cases) {
    const turn = await runTurn(opts.client, renderVignette(vignette, opts.rendering), { label: vignette.id });
    outcomes.set(vignette.id, { alerted: turn.alerted, level: turn.level, ranked: turn.ranked, contradictions: findContradictions(turn) });
    opts.onProgress?.(++done, opts.cases.length);
  }
  return { score: scoreExternalVignettes({ cases: opts.cases, outcomes, matcher: opts.matcher, urgency: opts.urgency }), outcomes };
}
