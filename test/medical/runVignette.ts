/** Runs one vignette through the language layer, emergency and triage, as the agents would. */
import { assessEmergency } from '../../plugins/medical/assessEmergency.ts';
import { assessTriage } from '../../plugins/medical/assessTriage.ts';
import type { CaseOutcome } from '../../plugins/medical/eval/scoreVignettes.ts';
import type { Vignette } from '../../plugins/medical/eval/loadVignettes.ts';

export const SAFETY = { emergencyNumber: '911', crisisLine: '988' } as const;

export function runVignette(v: Vignette): CaseOutcome {
  const { assessment } = assessEmergency({ message: v.message, history: [], profile: v.profile, sessionState: undefined, safety: SAFETY });
  const triage = assessTriage({ message: v.message, history: [], profile: v.profile, emergency: assessment, conditionHints: [] });
  return { alerted: assessment.fired, level: triage.level };
}
