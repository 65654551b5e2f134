import type { VignetteScore } from '../../plugins/medical/eval/scoreVignettes.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The eval's human-readable report: headline rates, per-level accuracy and the confusion matrix. */
export function formatScore(label: string, s: VignetteScore, contradictions?: ReadonlyMap<string, readonly string[]>): string {
  const levels = ['emergency', 'non_emergency', 'self_care'] as const;
  const lines = [
    `${label}: ${s.cases} cases`,
    `  alert recall            ${s.alertsRaised}/${s.alertCases} (${pct(s.alertRecall)})${s.missedAlerts.length ? `  missed: ${s.missedAlerts.join(', ')}` : ''}`,
    `  self_care false alarms  ${s.selfCareFalseAlarms.length}/${s.selfCareCases}${s.selfCareFalseAlarms.length ? `  (${s.selfCareFalseAlarms.join(', ')})` : ''}`,
    `  triage accuracy         ${s.correct}/${s.cases} (${pct(s.accuracy)}) within "acceptable"`,
    ...levels.map((l) => `    ${l.padEnd(14)} ${s.perLevel[l].correct}/${s.perLevel[l].cases} (${pct(s.perLevel[l].accuracy)})`),
    '  confusion (rows expected, columns got)',
    `    ${''.padEnd(14)} ${levels.map((l) => l.padStart(14)).join('')}`,
    ...levels.map((e) => `    ${e.padEnd(14)} ${levels.map((g) => String(s.confusion[e][g]).padStart(14)).join('')}`),
  ];
  if (contradictions !== undefined) {
    const listed = [...contradictions].map(([id, kinds]) => `${id} (${kinds.join(', ')})`).join('; ');
    lines.push(`  contradictions          ${contradictions.size}${listed ? `  ${listed}` : ''}`);
  }
  if (s.wrong.length) lines.push(`  wrong: ${s.wrong.map((w) => `${w.id} (expected ${w.expected}, got ${w.got})`).join('; ')}`);
  return lines.join('\n');
}
