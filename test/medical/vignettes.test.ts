/**
 * Runs every vignette through analyzeMessage → assessEmergency → assessTriage and asserts the
 * issue's thresholds: public set all alerts, no self_care false alarms, ≥90%; held-out ≥80%.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadVignettes } from '../../plugins/medical/eval/loadVignettes.ts';
import { scoreVignettes } from '../../plugins/medical/eval/scoreVignettes.ts';
import { runVignette } from './runVignette.ts';
import { COPIED_PUBLIC_VIGNETTES, PUBLIC_VIGNETTES, SHARED_PUBLIC_VIGNETTES } from '../vignettes/publicVignettes.ts';

const HELDOUT = fileURLToPath(new URL('../vignettes/heldout.jsonl', import.meta.url));

function score(path: string) {
  const cases = loadVignettes(path);
  return scoreVignettes(cases, new Map(cases.map((c) => [c.id, runVignette(c)])));
}

describe('triage vignettes', () => {
  // Where ../shared is there (CI beside it), the copy a lone clone uses must be the same file.
  it.runIf(existsSync(SHARED_PUBLIC_VIGNETTES))('the copied public set is the shared one, byte for byte', () => {
    expect(readFileSync(COPIED_PUBLIC_VIGNETTES, 'utf8')).toBe(readFileSync(SHARED_PUBLIC_VIGNETTES, 'utf8'));
  });

  it('public set: every alert case alerts, no self_care alarm, accuracy ≥ 90%', () => {
    const s = score(PUBLIC_VIGNETTES);
    expect(s.missedAlerts).toEqual([]);
    expect(s.selfCareFalseAlarms).toEqual([]);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out set: every alert case alerts, accuracy ≥ 80%', () => {
    const s = score(HELDOUT);
    expect(s.cases).toBeGreaterThanOrEqual(48);
    expect(s.missedAlerts).toEqual([]);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
