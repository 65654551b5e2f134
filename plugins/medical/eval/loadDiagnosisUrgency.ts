/**
 * The urgency each reference diagnosis implies at presentation (diagnosisUrgency.json, see README.md):
 * the external vignettes carry no triage label, so triage is scored against this reviewed mapping.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { TriageLevel } from '../../sdk/index.ts';
import { normalizeName } from './createDiagnosisMatcher.ts';

const level = z.enum(['emergency', 'non_emergency', 'self_care']);

const urgencyFileSchema = z.object({
  diagnoses: z.record(
    z.string().min(1),
    z.object({ expected: level, acceptable: z.array(level).min(1), why: z.string().trim().min(5) }).strict(),
  ),
});

export interface DiagnosisUrgency {
  readonly expected: TriageLevel;
  /** Always contains `expected`. */
  readonly acceptable: readonly TriageLevel[];
  readonly why: string;
}

export interface UrgencyLookup {
  /** Undefined when the mapping has no entry for the name. */
  get(diagnosis: string): DiagnosisUrgency | undefined;
  readonly size: number;
}

export const DIAGNOSIS_URGENCY_FILE = fileURLToPath(new URL('./diagnosisUrgency.json', import.meta.url));

export function loadDiagnosisUrgency(path: string = DIAGNOSIS_URGENCY_FILE): UrgencyLookup {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new Error(`${path}: not JSON: ${(error as Error).message}`);
  }
  return createUrgencyLookup(raw, path);
}

/** Names are looked up case- and punctuation-insensitively; two names that normalise alike are an error. */
export function createUrgencyLookup(raw: unknown, source: string): UrgencyLookup {
  const parsed = urgencyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${source}: invalid urgency mapping: ${issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid'}`);
  }
  const byName = new Map<string, DiagnosisUrgency>();
  for (const [name, entry] of Object.entries(parsed.data.diagnoses)) {
    const key = normalizeName(name);
    if (byName.has(key)) throw new Error(`${source}: "${name}" duplicates another entry once case and punctuation are ignored`);
    const acceptable = entry.acceptable.includes(entry.expected) ? entry.acceptable : [entry.expected, ...entry.acceptable];
    byName.set(key, { expected: entry.expected, acceptable, why: entry.why });
  }
  return { get: (diagnosis) => byName.get(normalizeName(diagnosis)), size: byName.size };
}
