/**
 * Concepts that, when asserted without an emergency rule firing, still mean "see a doctor within
 * days". The concept lexicons already cover lay and clinical words in en/es/fr, so triage reuses
 * them instead of keeping second, English-only lists.
 */
import type { Concept } from './concepts.ts';

export interface ConceptTriageFinding {
  readonly concept: Concept;
  readonly reason: string;
  /** Not on its own when the writer calls it mild ("mild chest ache when I cough"). */
  readonly unlessMinor?: boolean;
  /** A cause told anywhere in the message that explains the finding away (as in triageFindings.ts). */
  readonly unless?: RegExp;
}

/** A heart that raced in a sprint or a workout and settled within minutes: how exercise feels. */
export const SETTLED_AFTER_EXERTION =
  /^(?=.*\b(?:after|when|while|during) (?:a |an |the |my |i |he |she |they )?(?:\w+ )?(?:sprint\w*|ran|run|running|jog\w*|exercis\w*|gym|workout|working out|climb\w*|training|class|session|race|match|game|stairs)\b)(?=.*\b(?:back to normal|settled(?: down)?|calmed down|slowed (?:back )?down)\b)/;
/** Drowsiness a medicine is told to cause ("the hayfever tablets make me drowsy"): a side effect, not confusion. */
const DROWSY_FROM_MEDICINE =
  /\b(?:tablets?|pills?|medicines?|medication|meds|antihistamines?|syrup)\b[^|.]{0,40}\b(?:make|makes|made|making) (?:me|him|her|them) (?:feel )?(?:really |very |so |a bit |quite )?(?:drowsy|sleepy)\b/;

export const CONCEPT_TRIAGE_FINDINGS: readonly ConceptTriageFinding[] = [
  { concept: 'syncope', reason: 'A faint or blackout should be checked by a doctor, even if you feel well now' },
  { concept: 'giBleed', reason: 'Black, tarry or bloody stools can mean bleeding in the gut and need a medical check' },
  { concept: 'palpitations', reason: 'Palpitations should be assessed', unless: SETTLED_AFTER_EXERTION },
  { concept: 'breathless', reason: 'Shortness of breath should be assessed' },
  { concept: 'chestPain', reason: 'Chest pain should be assessed by a doctor', unlessMinor: true },
  { concept: 'limbWeakness', reason: 'Weakness or numbness of a limb should be assessed' },
  { concept: 'speechProblem', reason: 'Changes in speech should be assessed' },
  { concept: 'testicularPain', reason: 'Testicular pain or swelling should be examined' },
  // A hot, swollen joint may be infected even without a fever, or broken after a twist: only a doctor can rule those out (NHS: septic arthritis).
  { concept: 'hotSwollenJoint', reason: 'A hot, swollen joint should be checked by a doctor soon (an infection or a break needs ruling out)' },
  { concept: 'legDvt', reason: 'A painful swollen leg can be a blood clot and should be checked' },
  { concept: 'visualDisturbance', reason: 'Changes in vision' },
  { concept: 'confusion', reason: 'New confusion or drowsiness should be assessed', unless: DROWSY_FROM_MEDICINE },
  // NHS: yellowing of the skin or the whites of the eyes needs an urgent GP appointment, even when well.
  // NICE NG12: bruising with no injury to explain it asks for a blood count within 48 hours.
  { concept: 'unexplainedBruising', reason: 'Bruises that appear without a knock should be checked by a doctor soon (a blood test)' },
  { concept: 'jaundice', reason: 'Yellow skin or eyes (jaundice) should be checked by a doctor soon' },
  { concept: 'limbNotMoving', reason: 'A limb that does not move or work properly should be assessed' },
  { concept: 'digitWontMove', reason: 'A finger or thumb that will not bend or straighten after an injury needs a splint or repair within days' },
  // NHS: hearing or seeing things, or beliefs others do not share, need an urgent GP or 111 the same day.
  { concept: 'hallucinating', reason: 'Hearing or seeing things others do not should be assessed soon' },
  { concept: 'persecuted', reason: 'Feeling that people mean you harm, when nobody else sees it, should be assessed soon' },
];
