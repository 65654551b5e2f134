import type { MessageLanguage } from './detectLanguage.ts';

/**
 * NegEx-style negation triggers for English, Spanish and French. A trigger opens a negated span
 * that runs to the end of its clause. Inability ("can't breathe", "no puedo respirar", "n'arrive pas
 * à respirer") is a symptom, not a negation, so those forms are deliberately not triggers.
 */

// Words after "not"/"n't" that describe a symptom or a non-clinical verb, so the phrase is not a negation.
const NOT_A_NEGATION_AFTER =
  // "Not breathing" is a finding; "not breathing fast" denies one.
  'able|been able|breathing(?! (?:too |any |very |that |so )?(?:fast|faster|quickly|quicker|rapidly|heavily|hard|harder|noisily|differently)\\b)|breathe|responding|respond|responsive|answering|replying|waking|wake|moving|move|making|stopping|stop|' +
  'helping|help|working|work|improving|getting|eating|eat|drinking|drink|feeding|peeing|pee|urinating|' +
  // "Not going away" tells a symptom; "not going to hurt myself" denies an intent.
  'passing|keeping|talking|talk|speaking|fading|fade|going(?! to (?:hurt|harm|kill|do anything|do it|act on|end it|end my))|go|conscious|alert|reacting|sure|only|just|' +
  'want|know|think|tell|mention|say|call|alert|warn|suggest|recommend|give|send|seem|look|recognize|' +
  'recognise|feel like|make sense|understand|remember|fit|sleeping|sleep|hold|swallow|swallowing|see|hear|' +
  'walk|walking|stand|standing|lift|raise|use|open|close|focus|concentrate|care|bear|put|control|up to date';

// "No reason to live", "no hope", "sin esperanza", "pas d'avenir" state despair; they are findings, not denials.
const EN_DESPAIR = String.raw`reason|point|purpose|will to|desire to|hope|future|way out`;
const ES_DESPAIR = String.raw`razón|razones|motivo|motivos|ganas de vivir|esperanza|sentido|salida|fuerzas`;
const FR_DESPAIR = String.raw`raison|sens|avenir|espoir|issue|envie de vivre`;

// "Never had a headache like this", "haven't felt this ill before": a comparison that tells a new, worse
// finding (the thunderclap's "never had one like it"), not a denial.
const EN_NOVELTY = String.raw`(?! (?:(?:ever|before|really) )?(?:had|felt|experienced|known|got|been)\b(?:[^.,;:!?|]{0,40}?\blike (?:this|that|it)\b| (?:this|that|so) (?:bad|ill|unwell|sick|severe|painful)\b))`;

// What "no" denies that is no finding: a way to care ("no chance of an appointment", "no lift to the
// hospital"), or sense itself ("making no sense" is confusion; "no sense of smell" a finding). Read as a
// trigger, its denial ran on down the list after it: "no chance of a GP appointment, crushing chest pain".
const EN_NOT_DENIED = String.raw`chance|sense|time|money|appointments?|gp|doctor|help|signal|reception|transport|lift|car|taxi|bus|answer|reply|response|choice|luck`;

// "No one" is nobody, but "no one-sided pain" (or "one sided", typed without the hyphen) denies a finding.
const EN_TRIGGERS = [
  String.raw`\bno\b(?! longer| better| improvement| change| matter| way| idea| one\b(?![- ]sided\b|-)| (?:${EN_DESPAIR}|${EN_NOT_DENIED})\b)`,
  String.raw`\b(?:denies|denied|denying|deny)\b`,
  // "Can't walk without falling" tells the fall, "better off without me" a burden: the phrase is the finding, not a denial.
  // After an inability ("can't stand up without nearly fainting") "without" tells what always comes with the act.
  String.raw`(?<!\bbetter off |\b(?:can't|cannot|can not|couldn't|could not|unable to|not able to)(?: [a-z']+){1,4} )\bwithout\b(?! hope\b| a reason\b| (?:falling|stumbling|holding on|support)\b)`,
  String.raw`\bnone\b`,
  String.raw`\bneither\b`,
  String.raw`\bnor\b`,
  String.raw`\bfree (?:of|from)\b`,
  String.raw`\bnegative for\b`,
  String.raw`\babsence of\b`,
  String.raw`\bruled out\b`,
  // "Could not" and "can not" are inability ("could not find his words"), a finding like "couldn't".
  String.raw`(?<!\b(?:could|can) )\bnot\b(?! (?:really |even |very )?(?:${NOT_A_NEGATION_AFTER})\b)|\bnever\b(?! (?:really |even |very )?(?:${NOT_A_NEGATION_AFTER})\b)${EN_NOVELTY}`,
  String.raw`\b(?:don't|doesn't|didn't|haven't|hasn't|isn't|aren't|wasn't|weren't)\b(?! (?:really |even |very )?(?:${NOT_A_NEGATION_AFTER})\b)${EN_NOVELTY}`,
  // Any other "n't" contraction, typed with a slip ("doen't", "havn't", "hadn't"), except inability
  // and refusal ("can't", "couldn't", "won't", "wouldn't"), which name findings.
  String.raw`\b(?!(?:ca|could|wo|would|should|must|need|sha|ai)n't)[a-z]{2,}n't\b(?! (?:really |even |very )?(?:${NOT_A_NEGATION_AFTER})\b)${EN_NOVELTY}`,
];

const ES_TRIGGERS = [
  String.raw`\bsin\b(?! (?:${ES_DESPAIR}))`,
  String.raw`\bni\b`,
  String.raw`\bniega\b`,
  String.raw`\bno (?:tengo|tiene|tenemos|hay|he tenido|ha tenido|presenta|siento|siente|me duele|le duele|noto)\b(?! (?:${ES_DESPAIR}))`,
  String.raw`\bnada de\b`,
];

const FR_TRIGGERS = [
  String.raw`\bpas de\b(?! (?:${FR_DESPAIR}))`,
  String.raw`\bpas d'(?!(?:${FR_DESPAIR}))`,
  String.raw`\bsans\b(?! (?:${FR_DESPAIR}))`,
  String.raw`\baucune?\b`,
  String.raw`\bni\b`,
  String.raw`\bnie\b`,
  String.raw`\bn'(?:ai|a|avons|ont) pas\b(?! (?:pu|réussi))`,
  String.raw`\bne (?:ressens|ressent|sens|sent) pas\b`,
];

// Per language: Spanish "no" alone is usually "no puedo respirar" (a symptom), so English "no" must not apply.
const TRIGGERS: Readonly<Record<MessageLanguage, RegExp>> = {
  en: new RegExp(EN_TRIGGERS.join('|'), 'g'),
  es: new RegExp(ES_TRIGGERS.join('|'), 'g'),
  fr: new RegExp(FR_TRIGGERS.join('|'), 'g'),
};

/** Start offsets of negation triggers in normalized text. */
export function findNegationTriggers(normalized: string, language: MessageLanguage): number[] {
  return [...normalized.matchAll(TRIGGERS[language])].map((m) => m.index);
}
