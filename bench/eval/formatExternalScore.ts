import type { Half } from '../../plugins/medical/eval/getHalf.ts';
import type { Rendering } from '../../plugins/medical/eval/renderVignette.ts';
import type { ExternalScore } from '../../plugins/medical/eval/scoreExternalVignettes.ts';

const pct = (n: number, d: number) => `${n}/${d} (${d === 0 ? '—' : `${((n / d) * 100).toFixed(1)}%`})`;
const LEVELS = ['emergency', 'non_emergency', 'self_care'] as const;

/**
 * The figures of one half in one rendering as plain data for `--json`. The held-out half keeps its
 * counts and loses every list that would name or point at a case: its failures are never studied.
 */
export function toExternalReport(score: ExternalScore, half: Half): Record<string, unknown> {
  const t = score.triage;
  return {
    cases: score.cases,
    diagnosis: {
      top1: score.diagnosis.top1,
      top5: score.diagnosis.top5,
      unmatchedNameCount: score.diagnosis.unmatchedNames.length,
      unmatchedCases: score.diagnosis.unmatchedCases,
      ...(half === 'dev' ? { unmatchedNames: score.diagnosis.unmatchedNames, missedTop5: score.diagnosis.missed } : {}),
    },
    triage: {
      correct: t.correct,
      accuracy: t.accuracy,
      expectedLevel: onExpectedLevel(t),
      perLevel: t.perLevel,
      confusion: t.confusion,
      ...(half === 'dev' ? { wrong: t.wrong } : {}),
    },
    emergencies: { ...score.emergencies, ...(half === 'dev' ? { missedAlerts: t.missedAlerts } : {}) },
    overTriage: { ...score.overTriage, ...(half === 'dev' ? { cases: t.selfCareFalseAlarms } : {}) },
    contradictions: score.contradictions,
  };
}

/** Cases triaged exactly at the level their reference implies (the confusion matrix's diagonal). */
function onExpectedLevel(t: ExternalScore['triage']): number {
  return LEVELS.reduce((n, l) => n + t.confusion[l][l], 0);
}

/** Compact human output; the development half names its unmatched diagnoses, the held-out half counts them. */
export function formatExternalScore(label: string, half: Half, rendering: Rendering, s: ExternalScore): string {
  const t = s.triage;
  const d = s.diagnosis;
  const matched = s.cases - d.unmatchedCases;
  const strict = onExpectedLevel(t);
  const lines = [
    `${label} [${half === 'dev' ? 'development (even lines)' : 'held-out (odd lines)'}, ${rendering}]: ${s.cases} cases`,
    `  diagnosis top 5         ${pct(d.top5, s.cases)}   top 1 ${pct(d.top1, s.cases)}   (${matched} cases name a knowledge-base condition)`,
    `  triage accuracy         ${pct(t.correct, s.cases)} within "acceptable", ${pct(strict, s.cases)} the expected level   ${LEVELS.map((l) => `${l} ${t.perLevel[l].correct}/${t.perLevel[l].cases}`).join('  ')}`,
    `  emergencies caught      ${pct(s.emergencies.triagedEmergency, s.emergencies.cases)} triaged emergency, ${s.emergencies.framedFirst} of them with the frame before the first token`,
    `  over-triage             ${s.overTriage.alerted}/${s.overTriage.selfCareCases} self_care references alerted`,
    `  contradictions          ${s.contradictions.total} answers (${Object.entries(s.contradictions.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')})`,
    `  confusion (rows expected, columns got)  ${LEVELS.map((e) => `${e}: ${LEVELS.map((g) => t.confusion[e][g]).join('/')}`).join('  ')}`,
  ];
  if (half === 'dev') {
    if (d.unmatchedNames.length > 0) lines.push(`  unmatched names (${d.unmatchedNames.length}, ${d.unmatchedCases} cases): ${d.unmatchedNames.join('; ')}`);
  } else {
    lines.push(`  unmatched names: ${d.unmatchedNames.length} names, ${d.unmatchedCases} cases (held out: not named)`);
  }
  return lines.join('\n');
}
