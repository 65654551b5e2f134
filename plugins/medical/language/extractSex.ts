/**
 * The sex a message states for its patient, when it says so next to an age or a self-description:
 * "a 45-year-old woman", "68 year old male", "I'm a 30 year old man", "34F", "my daughter". Only these
 * framings count: "my wife" or "her husband" names someone else, not the patient.
 */
const FEMALE = new Set(['female', 'woman', 'lady', 'girl', 'daughter', 'f', 'yof']);
// The patient is introduced in the first words ("I'm a 30 year old man", "My 4 year old son has").
const INTRO = /^(?:[^.!?]{0,60})/;
const FRAMED = /\b(?:\d{1,3}[- ]?(?:years?|yrs?|months?|weeks?)[- ]?old|i'm an?|i am an?|my (?:\d{1,2}[- ]?(?:years?|months?|weeks?)[- ]?old )?(?:little |baby |teenage )?)[ -]?(?:[a-z]+ )?(female|woman|lady|girl|daughter|male|man|gentleman|boy|son)\b|(?:^|[\s,(])\d{1,3} ?(f|m|yof|yom)\b/;

export function extractSex(normalized: string): 'female' | 'male' | undefined {
  const intro = INTRO.exec(normalized)?.[0] ?? '';
  const m = FRAMED.exec(intro);
  const word = m?.[1] ?? m?.[2];
  if (word === undefined) return undefined;
  return FEMALE.has(word) ? 'female' : 'male';
}
