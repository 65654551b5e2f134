/**
 * Reads the external clinical-vignette format (shared/vignettes/external/README.md): one JSON object a
 * line with demographics, complaints, presentation, negatives, histories and a reference diagnosis, and
 * no triage label. Line numbers are the file's physical 1-based lines, because the fixed split is by them.
 */
import { z } from 'zod';
import { getHalf, type Half } from './getHalf.ts';

// Histories are "-", "None" or empty when there is none; a missing one reads as empty.
const optionalText = z.string().default('');

const externalCaseSchema = z.object({
  correct_diagnosis: z.string().trim().min(1),
  demographics: z.string().trim().min(1),
  chief_complaints: z.string(),
  presentation: z.string(),
  absent_findings: optionalText,
  physical_history: optionalText,
  family_history: optionalText,
  social_history: optionalText,
});

export interface ExternalVignette {
  /** `L<line>`: stable, and says nothing about the case. */
  readonly id: string;
  readonly line: number;
  readonly half: Half;
  readonly diagnosis: string;
  readonly demographics: string;
  readonly chiefComplaints: string;
  readonly presentation: string;
  readonly absentFindings: string;
  readonly physicalHistory: string;
  readonly familyHistory: string;
  readonly socialHistory: string;
}

/** Validates one parsed line; `where` ("file:line") goes into the error so a bad line is found at once. */
export function parseExternalCase(raw: unknown, line: number, where: string): ExternalVignette {
  const parsed = externalCaseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${where}: not an external vignette: ${issue ? `${issue.path.join('.') || '(line)'}: ${issue.message}` : 'invalid'}`);
  }
  const c = parsed.data;
  return {
    id: `L${line}`,
    line,
    half: getHalf(line),
    diagnosis: c.correct_diagnosis,
    demographics: c.demographics,
    chiefComplaints: c.chief_complaints,
    presentation: c.presentation,
    absentFindings: c.absent_findings,
    physicalHistory: c.physical_history,
    familyHistory: c.family_history,
    socialHistory: c.social_history,
  };
}
