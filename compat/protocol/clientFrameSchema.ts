import { z } from 'zod';
import { patientProfileSchema, type PatientProfile } from '../../plugins/sdk/patientProfile.ts';

const p = patientProfileSchema.shape;

/**
 * The guide's snake_case profile, validated with the SDK's own field rules and mapped to camelCase.
 * Unknown fields are dropped rather than refused, so richer clients keep working.
 */
export const patientProfileFrameSchema = z
  .object({
    age: p.age,
    sex: p.sex,
    pregnant: p.pregnant,
    chronic_conditions: p.chronicConditions,
    current_medications: p.currentMedications,
    allergies: p.allergies,
    immunosuppressed: p.immunosuppressed,
  })
  .transform((s): PatientProfile => {
    const profile: PatientProfile = {};
    if (s.age !== undefined) profile.age = s.age;
    if (s.sex !== undefined) profile.sex = s.sex;
    if (s.pregnant !== undefined) profile.pregnant = s.pregnant;
    if (s.chronic_conditions !== undefined) profile.chronicConditions = s.chronic_conditions;
    if (s.current_medications !== undefined) profile.currentMedications = s.current_medications;
    if (s.allergies !== undefined) profile.allergies = s.allergies;
    if (s.immunosuppressed !== undefined) profile.immunosuppressed = s.immunosuppressed;
    return profile;
  });

/** The guide's profile field names and the gateway's. */
export const PROFILE_FIELD_NAMES = {
  age: 'age',
  sex: 'sex',
  pregnant: 'pregnant',
  chronic_conditions: 'chronicConditions',
  current_medications: 'currentMedications',
  allergies: 'allergies',
  immunosuppressed: 'immunosuppressed',
} as const satisfies Record<string, keyof PatientProfile>;

/**
 * The profile renamed to camelCase and not yet validated: the chat service validates it after the
 * safety check has read the message. Unknown fields are dropped, as above; `null` means absent.
 */
const deferredProfileSchema = z.record(z.string(), z.unknown(), { error: 'patient_profile must be an object' }).transform((s) => {
  const profile: Record<string, unknown> = {};
  for (const [guide, own] of Object.entries(PROFILE_FIELD_NAMES)) if (s[guide] !== undefined && s[guide] !== null) profile[own] = s[guide];
  return profile;
});

const sessionId = z.uuid({ error: 'session_id must be a UUID' }).nullish();

/**
 * A chat message as the guide sends it; `type` is optional because the guide's clients omit it. With
 * `deferChecks` (the parser) the length and the profile's values are left to the chat service, which
 * checks them after the safety check; the docs describe the full rules.
 */
export function createMessageFrameSchema(opts: { maxMessageChars: number; deferChecks?: boolean }) {
  return z.object({
    type: z.literal('message').optional(),
    message: z
      .string({ error: (issue) => (issue.input === undefined ? 'message is required' : 'message must be a string') })
      .trim()
      .min(1, 'Message cannot be empty')
      .max(opts.deferChecks ? Number.POSITIVE_INFINITY : opts.maxMessageChars, `Message is longer than ${opts.maxMessageChars} characters`),
    session_id: sessionId,
    enable_agents: z.boolean({ error: 'enable_agents must be a boolean' }).nullish(),
    patient_profile: (opts.deferChecks ? deferredProfileSchema : patientProfileFrameSchema).nullish(),
    client_message_id: z
      .string({ error: 'client_message_id must be a string' })
      .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'client_message_id must be 1-128 characters of A-Z a-z 0-9 . _ : -')
      .nullish(),
  });
}

export const cancelRequestSchema = z.object({ type: z.literal('cancel') });
export const historyRequestSchema = z.object({ type: z.literal('history'), session_id: sessionId });
