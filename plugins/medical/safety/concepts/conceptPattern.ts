/**
 * Builds a concept pattern from alternatives. JavaScript's `\b` and `\w` only know ASCII, so a
 * pattern like "\bécrasé" never matches after a space. Rather than slow Unicode lookarounds, both
 * the pattern and the text are folded to unaccented letters (é→e, ñ→n, ç→c) before matching: see
 * foldForMatching, which every caller of these patterns must apply to its text.
 *
 * Every pattern matches whole words: it may not start inside a word ("hiv" in "shivering"), and it may
 * end only at a word's end or after an inflection ("headache" matches "headaches", "tip" does not
 * match "tipsy"), whatever boundaries the alternatives themselves spell.
 */

/**
 * Where a gap may start: at a word's end, at a word's start (after a space the pattern spelt), or after
 * an ending that keeps the word ("legs are swollen" for "leg", "bloody stools", "painful scrotum",
 * "stiffness of the neck", "lower tummy"). Never inside another word: "burn" must not take "ing
 * chest" as its gap (a burning chest is not a burn), "lif" (left iliac fossa) not "ted" of "lifted".
 * "-ing" is left out on purpose: a pattern that means its -ing form spells it.
 */
export const GAP_START = String.raw`(?:(?<![a-z0-9])|(?![a-z0-9])|(?:s|es|ed|d|ful|ly|y|ness|er|ers)(?![a-z0-9]))`;

/** A gap that stays inside one asserted clause (clauses are joined with " | "). */
export const GAP = String.raw`${GAP_START}[^|]{0,30}?`;

/**
 * A gap that also stays inside one sentence: for text whose clauses are not all cut at " | " (the
 * negatively phrased concepts read negated clauses too, and their text keeps its sentence ends).
 */
export const SENTENCE_GAP = String.raw`${GAP_START}[^|.;:!?]{0,30}?`;

/** A gap that also stays inside one list item: "no pain, baby moving well" denies the pain only. */
export const LIST_ITEM_GAP = String.raw`${GAP_START}[^|.;:!?,]{0,30}?`;

/**
 * Sleepiness told of the daytime ("very sleepy during the day") is a daytime-sleepiness pattern (sleep
 * apnoea, shifts), not the drowsiness of an acute illness; put after a drowsiness word.
 */
export const NOT_BY_DAY = String.raw`(?! (?:during|in) the day(?:time)?\b| in the daytime\b)`;

/**
 * After "hard to wake": a sleeper's habit, not a lowered consciousness now ("hard to wake at night" to
 * pee, "in the mornings", "for school"). "This morning" is not among them: that is an event.
 */
export const NOT_AS_A_HABIT = String.raw`(?! (?:up )?(?:at night|in the mornings?|every (?:morning|night)|most (?:mornings|nights)|some (?:mornings|nights)|on school days|for school)\b)`;

/** Endings a word may add to an alternative and still be the same word. */
const INFLECTION = String.raw`(?:s|es|ed|d|ing|ful|ly)?`;
const NOT_WORD_BEFORE = String.raw`(?<![a-z0-9])`;
const NOT_WORD_AFTER = String.raw`(?![a-z0-9])`;

/**
 * Strips diacritics so accented words have ASCII word boundaries, and reads every spelling of
 * inability as "can't" ("could not lift her arm", "was not able to speak", "couldn't find his words"),
 * which every pattern that names an inability spells. Lengths may change; use only to test.
 */
export function foldForMatching(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(INABILITY, "can't");
}

// Not a wish ("wish I could not wake up": a pattern of its own), and "not able to" with its verb.
const INABILITY = /(?<!\bwish (?:i|he|she|they) )\b(?:could not|couldn't|couldnt|cannot|can not|(?:(?:am|is|are|was|were|been|be|'m|'s|'re) )?not able to|(?:have|has|had)(?: not|n't) been able to)(?![a-z])/g;

export function conceptPattern(...alternatives: string[]): RegExp {
  const body = foldForMatching(alternatives.join('|'));
  return new RegExp(`${NOT_WORD_BEFORE}(?:${body})${INFLECTION}${NOT_WORD_AFTER}`);
}
