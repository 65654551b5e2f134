import { patientProfileSchema, type PatientProfile } from '../../plugins/sdk/index.ts';
import type { RefusalIssue } from './ChatOutcome.ts';

const lenient = patientProfileSchema.strip();

export type ProfileCheck = { readonly ok: true; readonly profile: PatientProfile | undefined } | { readonly ok: false; readonly issues: readonly RefusalIssue[] };

/** A message's profile, strictly: an unknown field or a wrong value is refused with zod's issues. */
export function validateProfile(input: unknown): ProfileCheck {
  if (input === undefined || input === null) return { ok: true, profile: undefined };
  const parsed = patientProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  return {
    ok: false,
    issues: parsed.error.issues.map((issue) => ({
      path: ['patientProfile', ...issue.path.filter((p): p is string | number => typeof p !== 'symbol')],
      code: issue.code,
      message: issue.message,
    })),
  };
}

/**
 * What the safety check may read of a profile that is about to be refused: its valid known fields,
 * so a refusal for a misspelt field still weighs a stated pregnancy or age.
 */
export function readableProfile(input: unknown): PatientProfile | undefined {
  if (input === undefined || input === null) return undefined;
  const parsed = lenient.safeParse(input);
  return parsed.success ? parsed.data : undefined;
}
