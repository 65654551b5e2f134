/**
 * "A bad pain in my tummy and back", "swelling in his face and neck": a clause after "and" that only
 * names a part of the body is a second place of the finding before it, so the two stay one clause.
 * Split apart, the bare part ("back") told nothing and the first clause lost half its place.
 */
import { joinItemAfterAnd } from './joinAdjacentSpans.ts';
import type { ClauseSpan } from './splitClauses.ts';

const PART =
  'back|lower back|chest|tummy|belly|stomach|abdomen|side|sides|arms?|legs?|neck|jaw|shoulders?|head|groin|hips?|knees?|feet|foot|hands?|face|throat|ribs|bottom|buttocks|thighs?|calf|calves|ankles?|wrists?|elbows?|fingers?|toes?|lips|tongue|eyes?|ears?';
const BARE_PART = new RegExp(String.raw`^\s*(?:(?:my|his|her|their|the|your|both)\s+)?(?:(?:left|right|lower|upper)\s+)?(?:${PART})\s*$`);
// The clause before ends on a place of its own ("in my tummy"), so the bare part is a second place, not a new subject.
const ENDS_ON_PLACE = new RegExp(String.raw`\b(?:in|on|of|across|around|down|into|to|over|under)\s+(?:(?:my|his|her|their|the|your|both)\s+)?(?:(?:left|right|lower|upper)\s+)?(?:${PART})\s*$`);

export function joinSharedSite(spans: readonly ClauseSpan[], text: string): ClauseSpan[] {
  return joinItemAfterAnd(spans, text, ENDS_ON_PLACE, BARE_PART);
}
