import { z } from 'zod';
import { patientProfileSchema, type PatientProfile } from '../../plugins/sdk/index.ts';

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

const sessionId = z.uuid({ error: 'session_id must be a UUID' }).nullish();

/** A chat message as the guide sends it; `type` is optional because the guide's clients omit it. */
export function createMessageFrameSchema(opts: { maxMessageChars: number }) {
  return z.object({
    type: z.literal('message').optional(),
    message: z
      .string({ error: (issue) => (issue.input === undefined ? 'message is required' : 'message must be a string') })
      .trim()
      .min(1, 'Message cannot be empty')
      .max(opts.maxMessageChars, `Message is longer than ${opts.maxMessageChars} characters`),
    session_id: sessionId,
    enable_agents: z.boolean({ error: 'enable_agents must be a boolean' }).nullish(),
    patient_profile: patientProfileFrameSchema.nullish(),
    client_message_id: z
      .string({ error: 'client_message_id must be a string' })
      .regex(/^[A-Za-z0-9._:-]{1,128}$/, 'client_message_id must be 1-128 characters of A-Z a-z 0-9 . _ : -')
      .nullish(),
  });
}

export const cancelRequestSchema = z.object({ type: z.literal('cancel') });
export const historyRequestSchema = z.object({ type: z.literal('history'), session_id: sessionId });
