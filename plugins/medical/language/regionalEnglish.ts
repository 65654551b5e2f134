/**
 * Words of South Asian, West African and Caribbean English that name a finding in other words: "my head
 * is paining", "giddiness", "black motion" (stool), "two days back" (ago), "me belly", "cyaan walk".
 * Each is rewritten in the normalized text to the word the patterns and the knowledge base are written in, padded to the same
 * length, so every offset into the text stays where it was (see normalizeText). Only where the
 * reading is unambiguous: "motion" only after a stool's colour or passing, "back" only after a time.
 */
const SWAPS: readonly (readonly [RegExp, (match: string) => string])[] = [
  [/\bpaining\b/g, () => 'hurting'],
  // Caribbean English: "cyaan" is can't, "me belly" my belly, "bad bad" (said twice) very bad.
  [/\b(?:cyaan|kyaan|cyan't)\b/g, (m) => "can't".padEnd(m.length)],
  // Not before a word that also follows "me" as an object ("call me back", "by me side", "call me baby").
  [/\bme(?= (?:belly|head|chest|foot|feet|leg|legs|arm|arms|eye|eyes|skin|throat|heart|stomach|tummy|neck|pickney|pikin|son|daughter|mother|father|husband|wife)\b)/g, () => 'my'],
  [/\bbad bad\b/g, () => 'so bad '],
  [/\bgiddiness\b/g, () => 'dizziness'],
  [/\bgiddy\b(?! with (?:excitement|joy|delight|happiness|glee|anticipation|relief|laughter))/g, () => 'dizzy'],
  [
    /(?<=\b(?:loose|black|bloody|watery|green|white|pale|red|yellow|hard|colou?r|coloured|colored|passing|passed|pass|blood in (?:the |his |her |my )?)\s)motions?\b(?! sickness)/g,
    (m) => 'stools'.padEnd(m.length),
  ],
  [/(?<=\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|couple of) (?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) )back\b/g, () => 'ago '],
];

const ANY = /\b(?:paining|giddy|giddiness|motions?|back|cyaan|kyaan|cyan't|me|bad bad)\b/;

export function standardiseRegionalEnglish(text: string): string {
  if (!ANY.test(text)) return text;
  let out = text;
  for (const [re, to] of SWAPS) out = out.replace(re, to);
  return out;
}
