import { z } from 'zod';

/**
 * One knowledge-base entry. The thinness rules exist so that every condition carries enough for the
 * agents to work with: symptoms a patient would actually type (with lay synonyms), what to do at home,
 * when to see a doctor, when to call for help, and who needs different advice.
 */

/** Profile-matchable factor ids; `profileFactors` derives the same ids from a patient profile. */
export const FACTOR_PATTERN =
  /^(age:(infant|child|teen|adult|elderly)|pregnancy|immunosuppressed|sex:(female|male)|(condition|medication|allergy):[a-z0-9_]+)$/;

const factorId = z.string().regex(FACTOR_PATTERN, 'factor must look like age:infant, pregnancy, condition:asthma, medication:warfarin, allergy:penicillin');
const text = z.string().trim().min(3);

export const symptomSchema = z
  .object({
    term: text,
    synonyms: z.array(text).min(1, 'each symptom needs at least one lay synonym'),
    /** How strongly the finding points at this condition (0.2 weak, 3 characteristic). */
    weight: z.number().min(0.1).max(3),
    /** A hallmark finding: without one, the condition is ranked lower. */
    key: z.boolean().optional(),
  })
  .strict();

export const redFlagSchema = z
  .object({
    finding: text,
    synonyms: z.array(text),
    /**
     * The finding alone is the emergency, whatever else is told: it names the condition itself (an
     * erection lasting hours is priapism). An asserted decisive red flag of an `emergency` condition
     * raises the turn without the second finding a likely condition otherwise needs. Set it only
     * where no benign reading of the finding exists.
     */
    decisive: z.boolean().optional(),
  })
  .strict();

export const cautionSchema = z.object({ factor: factorId, note: text }).strict();

export const medicationSchema = z
  .object({
    name: z.string().trim().min(2),
    aliases: z.array(z.string().trim().min(2)).default([]),
    use: text,
    /** Only what a product label or the cited reference states; never computed. */
    labelDosing: text.optional(),
    cautions: z.array(cautionSchema).default([]),
  })
  .strict();

export const patientFactorSchema = z
  .object({ factor: factorId, effect: z.enum(['raise_triage', 'caution', 'avoid']), note: text })
  .strict();

export const BODY_SYSTEMS = [
  'respiratory',
  'cardiovascular',
  'neurological',
  'gastrointestinal',
  'urinary',
  'skin',
  'musculoskeletal',
  'ent_eye',
  'mental_health',
  'endocrine',
  'infectious',
  'reproductive',
  'allergy',
  'pediatric',
  'injury',
  'haematology',
  'oncology',
] as const;

export const conditionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_]+$/, 'id must be snake_case'),
    name: text,
    /**
     * Other names for the condition, lay and clinical ("DVT", "deep venous thrombosis", "blood clot in
     * the leg"): the diagnostic agent and the vignette scorer match condition names through them.
     */
    aliases: z.array(text).default([]),
    system: z.enum(BODY_SYSTEMS),
    summary: z.string().trim().min(40, 'summary must say what the condition is in a sentence or two'),
    prevalence: z.enum(['common', 'uncommon', 'rare']),
    /** Who the condition can affect; used to drop impossible possibilities (e.g. by sex). */
    appliesTo: z
      .object({
        sex: z.enum(['female', 'male']).optional(),
        maxAgeYears: z.number().min(0).optional(),
        minAgeYears: z.number().min(0).optional(),
      })
      .strict()
      .optional(),
    symptoms: z.array(symptomSchema).min(4, 'at least 4 symptoms'),
    redFlags: z.array(redFlagSchema).min(1, 'at least 1 red flag'),
    typicalTriage: z.enum(['emergency', 'non_emergency', 'self_care']),
    /**
     * For emergency conditions: `critical` (call the emergency number now) or `urgent` (go to an
     * emergency department now, the default) when the engine raises the alert from this entry.
     */
    emergencySeverity: z.enum(['critical', 'urgent']).optional(),
    /** Conditions that are never managed at home may say so instead of listing self-care. */
    emergencyOnly: z.boolean().optional(),
    selfCare: z.array(text),
    seeDoctorIf: z.array(text).min(2, 'at least 2 see-a-doctor lines'),
    emergencyIf: z.array(text).min(1, 'at least 1 call-emergency line'),
    medications: z.array(medicationSchema).optional(),
    patientFactors: z.array(patientFactorSchema).min(1, 'at least 1 patient factor'),
    sources: z
      .array(z.object({ title: text, url: z.url({ protocol: /^https$/ }) }).strict())
      .min(1, 'at least 1 source'),
    durationHints: z
      .object({ typical: text.optional(), seeDoctorAfter: text.optional() })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.selfCare.length < 2 && !entry.emergencyOnly) {
      ctx.addIssue({ code: 'custom', path: ['selfCare'], message: 'at least 2 self-care lines, or emergencyOnly: true' });
    }
    if (entry.emergencyOnly && entry.typicalTriage !== 'emergency') {
      ctx.addIssue({ code: 'custom', path: ['emergencyOnly'], message: 'emergencyOnly requires typicalTriage "emergency"' });
    }
    if (entry.redFlags.some((r) => r.decisive) && entry.typicalTriage !== 'emergency') {
      ctx.addIssue({ code: 'custom', path: ['redFlags'], message: 'a decisive red flag requires typicalTriage "emergency"' });
    }
    if (!entry.symptoms.some((s) => s.key)) {
      ctx.addIssue({ code: 'custom', path: ['symptoms'], message: 'mark at least one hallmark symptom with key: true' });
    }
  });

export type ConditionEntry = z.output<typeof conditionSchema>;
export type BodySystem = (typeof BODY_SYSTEMS)[number];
export type ConditionMedication = z.output<typeof medicationSchema>;
export type PatientFactorRule = z.output<typeof patientFactorSchema>;
