/**
 * "Confused about how much paracetamol I can take", "confused by the dosing instructions": confused in
 * the sense of unsure about a question, not a mind that is failing. The concept patterns and the
 * knowledge base's findings both read the word; this is the one rule for the other sense: the word,
 * followed by what it is unsure about.
 */
// Not "confused about where she is" or "what day it is": that is disorientation, the other sense.
export const UNSURE_ABOUT = String.raw`(?: (?:about|as to|over|by|on|with) (?:how (?:much|many|often|long|to)|whether|which|what (?:to|dose)|if (?:i|he|she|we) (?:can|should)|the (?:dose|dosing|doses|dosage|instructions|label|leaflet|advice|rules)|dosing|dosage|my (?:dose|doses|dosage|medication|tablets)))`;

const CONFUSED_WORD = /^confus\w*/;
const UNSURE_AFTER = new RegExp(String.raw`^${UNSURE_ABOUT}\b`);

/** Whether the match starting at `start` (in `text`) is "confused" in the sense of unsure about something. */
export function isConfusedAbout(text: string, start: number): boolean {
  const word = CONFUSED_WORD.exec(text.slice(start));
  return word !== null && UNSURE_AFTER.test(text.slice(start + word[0].length));
}
