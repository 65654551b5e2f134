import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../plugins/medical/eval/findContradictions.ts';
import { loadVignettes } from '../../plugins/medical/eval/loadVignettes.ts';
import { RED_FLAG_RULES } from '../../plugins/medical/safety/redFlagRules.ts';
import { adviceForLevel } from '../../plugins/medical/urgency/adviceForLevel.ts';
import { checkAnswerConsistency } from '../../plugins/medical/urgency/checkAnswerConsistency.ts';
import { PUBLIC_VIGNETTES } from '../vignettes/publicVignettes.ts';
import { composeTurn } from './composeTurn.ts';
import { SAFETY } from './urgencyHelpers.ts';

const VIGNETTE_DIR = fileURLToPath(new URL('../vignettes/', import.meta.url));
const EXTERNAL = fileURLToPath(new URL('../../../shared/vignettes/external/avey-vignettes.jsonl', import.meta.url));

function problemsOf(message: string): string[] {
  const { level, answer } = composeTurn(message);
  return checkAnswerConsistency(answer, level, SAFETY.emergencyNumber).map((p) => `${level}: ${p.problem}${p.line ? ` (${p.line.slice(0, 80)})` : ''}`);
}

describe('every answer keeps to its own triage level and carries the safety lines', () => {
  const files = [PUBLIC_VIGNETTES, ...readdirSync(VIGNETTE_DIR).filter((f) => f.endsWith('.jsonl') && f !== 'triage-public.jsonl').map((f) => `${VIGNETTE_DIR}${f}`)];
  for (const file of files) {
    it(`chat vignettes: ${file.replace(/^.*\//, '')}`, () => {
      const bad = loadVignettes(file).flatMap((v) => problemsOf(v.message).map((p) => `${v.id}: ${p}`));
      expect(bad).toEqual([]);
    });
  }

  it.runIf(existsSync(EXTERNAL))('external clinical vignettes (rendered as a referral), both halves', () => {
    const lines = readFileSync(EXTERNAL, 'utf8').split('\n').filter((l) => l.trim().length > 0);
    // Only line numbers are reported: the odd (held-out) half must not be studied.
    const bad = lines.flatMap((line, i) => (problemsOf(renderExternal(JSON.parse(line) as Record<string, unknown>)).length > 0 ? [i + 1] : []));
    expect(bad).toEqual([]);
  });
  if (!existsSync(EXTERNAL)) it.skip(`external clinical vignettes: ${EXTERNAL} is absent`, () => undefined);

  it('regression: no red-flag reason or advice reads as a later appointment in an emergency answer', () => {
    // "A fever in the weeks after giving birth" was read as an appointment "in the weeks" under "Why this is urgent:".
    const bad = RED_FLAG_RULES.flatMap((rule) =>
      [rule.reason, rule.advice ?? ''].filter((text) => findContradictions({ level: 'emergency', alerted: true, answer: text }).length > 0).map((text) => `${rule.id}: ${text}`),
    );
    expect(bad).toEqual([]);
  });

  it('an emergency answer keeps no advice that runs over days or weeks; other answers keep it', () => {
    const lines = ['Rest and sip fluids.', 'Exercises for the thigh muscles help most people within weeks.', 'Floaters usually fade over weeks to months.', 'Arrange a visit to your optician.'];
    expect(adviceForLevel(lines, 'emergency')).toEqual(['Rest and sip fluids.']);
    expect(adviceForLevel(lines, 'self_care')).toEqual(lines);
  });

  it('the bare checker catches both contradictions', () => {
    const emergencyWithRoutine = `**What to do now:** this needs emergency care.\n- see a GP within the next day or two\n_not a diagnosis_\n**Call 911 if:**`;
    expect(checkAnswerConsistency(emergencyWithRoutine, 'emergency', '911').map((p) => p.problem)).toContain('routine_plan_in_emergency');
    const routineWithAmbulance = `**What to do now:** arrange to see a doctor.\n- While waiting for the ambulance: sit down\n_not a diagnosis_\n**Call 911 if:**`;
    expect(checkAnswerConsistency(routineWithAmbulance, 'non_emergency', '911').map((p) => p.problem)).toContain('emergency_talk_without_emergency');
  });
});

/** A simple referral-style rendering of one external vignette. */
function renderExternal(v: Record<string, unknown>): string {
  const field = (k: string): string => (typeof v[k] === 'string' && v[k] !== '-' ? (v[k] as string).trim() : '');
  return [
    `${field('demographics')} presenting with ${field('chief_complaints')}.`,
    field('presentation'),
    field('absent_findings') ? `${field('absent_findings')}.` : '',
    field('physical_history') ? `History: ${field('physical_history')}.` : '',
  ]
    .filter((s) => s.length > 0)
    .join(' ');
}
