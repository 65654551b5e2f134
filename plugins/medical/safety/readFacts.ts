/** Small readers of clinical facts shared by the hand-written rules and the drug table's danger signs. */
import type { ClinicalFacts } from './clinicalFacts.ts';
import type { Concept } from './concepts.ts';
import { max } from './extremes.ts';

// Shared with vitalLimits, which cannot import this file (it would close a cycle through clinicalFacts).
export { max, min } from './extremes.ts';

export const has = (f: ClinicalFacts, ...cs: Concept[]): boolean => cs.some((c) => f.concepts.has(c));
export const maxTemp = (f: ClinicalFacts): number => max(f.vitals.temperatureC);
/** A fever told in words or a temperature of 38 or more. */
export const febrile = (f: ClinicalFacts): boolean => has(f, 'fever') || maxTemp(f) >= 38;
/** Told now, or of an episode days or weeks back (an operation, a fall): what a later complication follows. */
export const hasNowOrLately = (f: ClinicalFacts, c: Concept): boolean => f.concepts.has(c) || f.pastEpisodes.has(c);
