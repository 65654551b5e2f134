/**
 * Reads a triage vignette file (JSON lines, see shared/vignettes/README.md), validates each case and
 * maps the guide's snake_case patient profile to the gateway's camelCase PatientProfile.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PatientProfile, TriageLevel } from '../../sdk/index.ts';

const level = z.enum(['emergency', 'non_emergency', 'self_care']);

const caseSchema = z.object({
  id: z.string().min(1),
  message: z.string().min(1),
  patient_profile: z
    .object({
      age: z.number().int().min(0).max(130).optional(),
      sex: z.enum(['female', 'male', 'other']).optional(),
      pregnant: z.boolean().optional(),
      immunosuppressed: z.boolean().optional(),
      chronic_conditions: z.array(z.string()).optional(),
      current_medications: z.array(z.object({ name: z.string(), dose: z.string().optional() })).optional(),
      allergies: z
        .object({ drug: z.array(z.string()).optional(), food: z.array(z.string()).optional(), other: z.array(z.string()).optional() })
        .optional(),
    })
    .optional(),
  expected_triage: level,
  acceptable: z.array(level).min(1),
  emergency_alert: z.boolean(),
});

export interface Vignette {
  readonly id: string;
  readonly message: string;
  readonly profile: PatientProfile | undefined;
  readonly expected: TriageLevel;
  readonly acceptable: readonly TriageLevel[];
  readonly emergencyAlert: boolean;
}

/** Parses a chat-format file's text; errors name `source` (a path) and the physical line. */
export function parseVignettes(jsonl: string, source = 'vignette'): Vignette[] {
  return jsonl
    .split('\n')
    .map((raw, i) => ({ line: i + 1, raw: raw.trim() }))
    .filter(({ raw }) => raw.length > 0)
    .map(({ line, raw }) => {
      const where = `${source} line ${line}`;
      let value: unknown;
      try {
        value = JSON.parse(raw) as unknown;
      } catch (error) {
        throw new Error(`${where}: not JSON: ${(error as Error).message}`);
      }
      return parseChatCase(value, where);
    });
}

/** Validates one parsed chat case; `where` ("file:line") is in the error. */
export function parseChatCase(raw: unknown, where: string): Vignette {
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: not a chat vignette: ${issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid'}`);
  }
  const c = parsed.data;
  return {
    id: c.id,
    message: c.message,
    profile: c.patient_profile === undefined ? undefined : toProfile(c.patient_profile),
    expected: c.expected_triage,
    acceptable: c.acceptable.includes(c.expected_triage) ? c.acceptable : [...c.acceptable, c.expected_triage],
    emergencyAlert: c.emergency_alert,
  };
}

export function loadVignettes(path: string): Vignette[] {
  return parseVignettes(readFileSync(path, 'utf8'), path);
}

function toProfile(p: NonNullable<z.infer<typeof caseSchema>['patient_profile']>): PatientProfile {
  // exactOptionalPropertyTypes: copy only the fields that are present.
  const out: { -readonly [K in keyof PatientProfile]: PatientProfile[K] } = {};
  if (p.age !== undefined) out.age = p.age;
  if (p.sex !== undefined) out.sex = p.sex;
  if (p.pregnant !== undefined) out.pregnant = p.pregnant;
  if (p.immunosuppressed !== undefined) out.immunosuppressed = p.immunosuppressed;
  if (p.chronic_conditions !== undefined) out.chronicConditions = p.chronic_conditions;
  if (p.current_medications !== undefined) {
    out.currentMedications = p.current_medications.map((m) => (m.dose === undefined ? { name: m.name } : { name: m.name, dose: m.dose }));
  }
  if (p.allergies !== undefined) {
    const a: NonNullable<PatientProfile['allergies']> = {};
    out.allergies = {
      ...a,
      ...(p.allergies.drug !== undefined ? { drug: p.allergies.drug } : {}),
      ...(p.allergies.food !== undefined ? { food: p.allergies.food } : {}),
      ...(p.allergies.other !== undefined ? { other: p.allergies.other } : {}),
    };
  }
  return out;
}
