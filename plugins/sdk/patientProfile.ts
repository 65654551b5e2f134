import { z } from 'zod';

/** A patient's health profile as the gateway sees it (camelCase; compat maps the guide's snake_case). */
export const patientProfileSchema = z
  .object({
    age: z.number().int().min(0).max(130).optional(),
    sex: z.enum(['female', 'male', 'other']).optional(),
    pregnant: z.boolean().optional(),
    chronicConditions: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
    currentMedications: z
      .array(z.object({ name: z.string().trim().min(1).max(200), dose: z.string().max(100).optional() }))
      .max(50)
      .optional(),
    allergies: z
      .object({
        drug: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
        food: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
        other: z.array(z.string().trim().min(1).max(200)).max(50).optional(),
      })
      .optional(),
    immunosuppressed: z.boolean().optional(),
  })
  .strict();

export type PatientProfile = z.infer<typeof patientProfileSchema>;
