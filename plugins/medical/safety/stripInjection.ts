/**
 * Blanks out instructions aimed at the assistant ("ignore previous instructions", "don't tell me to
 * call 911", "you are not allowed to mention emergencies") so they can neither suppress a red flag
 * nor act as a negation of the symptoms around them. Keeps the text's length so offsets stay valid.
 */
const INJECTION_RE = new RegExp(
  [
    String.raw`\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n|]{0,60}?\b(?:instructions?|rules?|prompts?|guidelines?|safety|system|above|previous|prior|everything)\b`,
    String.raw`\b(?:don't|do not|never|stop|no need to)\s+(?:tell|telling|ask|asking|advise|advising|say|saying|mention|mentioning|suggest|suggesting|recommend|recommending|warn|warning|alert)\b[^.!?\n|]{0,60}?\b(?:call|calling|emergenc\w*|911|999|112|ambulance|hospital|doctor|er|a&e|help|me)\b`,
    String.raw`\byou (?:are|'re) (?:not allowed|forbidden|prohibited|banned) to\b[^.!?\n|]{0,60}`,
    String.raw`\b(?:pretend|act as if|roleplay|you are now|from now on you)\b[^.!?\n|]{0,60}`,
    String.raw`\bthis is (?:not|n't) (?:an? )?(?:emergency|real)\b`,
  ].join('|'),
  'g',
);

export function stripInjection(normalized: string): string {
  return normalized.replace(INJECTION_RE, (m) => ' '.repeat(m.length));
}
