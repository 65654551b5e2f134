/**
 * "I feel like I can't breathe" in a panic attack is a sensation the person tells, as "a feeling of
 * choking" is (see severeBreathing): the breathlessness of a panic episode, not an airway failing.
 * When the message names panic (a panic or anxiety attack, sudden intense fear, hyperventilating) and
 * every "can't breathe" in it is told as a feeling, the finding is breathlessness, which other rules
 * still combine (with an allergen, chest pain, a clot risk). Anything seen rather than felt keeps the
 * severe finding: a wheeze, blue lips, collapse, or a "can't breathe" not told as a feeling.
 */
import { findConcepts, type Concept } from './concepts.ts';

const PANIC = /\bpanic\w*|\banxiety attacks?\b|\b(?:intense|overwhelming|sudden) (?:fear|terror|dread)\b|\bhyperventilat\w*/;
// The feeling told: "I feel like I can't breathe", "felt like I couldn't get a breath", "a sensation of not being able to breathe".
const FELT = /\b(?:feel|feels|feeling|felt|sensation|sense)\b(?: (?:like|as if|as though|that))?[^.|;!?]{0,20}?\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to|not being able to)\b(?: (?:properly|really))? (?:breathe?|(?:get|catch|take|draw) (?:a |my |his |her |any )?(?:deep |full |proper |big )?breath)\b/g;
const SEEN: readonly Concept[] = ['wheeze', 'cyanosis', 'unresponsive', 'syncope', 'airwaySwelling'];

export function dropPanicSensation(concepts: Set<Concept>, asserted: string): void {
  if (!concepts.has('severeBreathing') || !PANIC.test(asserted) || SEEN.some((c) => concepts.has(c))) return;
  const unfelt = asserted.replace(FELT, ' ');
  if (unfelt === asserted || findConcepts(unfelt).has('severeBreathing')) return;
  concepts.delete('severeBreathing');
  concepts.add('breathless');
}
