import { memoizeByText } from '../memoizeByText.ts';

/**
 * The age a message states for its patient, in months: "65-year-old", "my 3 month old", "6 weeks
 * old", "34M", "I'm 70", "my dad is 80", "tengo 60 años", "j'ai 45 ans", "newborn". Pregnancy weeks are not ages.
 */
// "Has" too: "my baby has 6 weeks", as learners of English (and glosses of "tiene 6 semanas") write it.
const CHILD_AGE_LEAD = String.raw`\b(?:baby|infant|newborn|son|daughter|boy|girl|child|toddler|grandson|granddaughter)(?:,|:| is| who is|'s| aged?| has| of)? ?`;
// A span of time, not an age: "6 weeks ago", "2 weeks into his antibiotics", "3 days after the jab".
const NOT_A_SPAN = String.raw`(?! ?(?:ago|pregnant|along|gestation|of|early|late|premature|prem|into|in|after|later|since|now|post|from|on|off|out|before)\b)`;

// A relative named with an age: "my dad is 80", "grandpa 84 is confused", "my father, who is 78, fell".
const RELATIVE = String.raw`(?:dad|father|mum|mom|mother|husband|wife|partner|son|daughter|nan|nana|gran|granny|grandma|grandmother|grandad|granddad|grandpa|grandfather|brother|sister|uncle|aunt|auntie|boy|girl|child|kid)`;
// Ages in words: "I'm sixty-five", "she is eighty".
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNITS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const AGE_WORDS = String.raw`((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
// "In her 80s", "in his seventies": the decade's first year, the age every threshold can count on.
const DECADES: Readonly<Record<string, number>> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const NOT_A_UNIT = String.raw`(?! ?(?:weeks?|months?|days?|minutes?|mins?|hours?|seconds?|%|kg|lbs?|cm|mg|ml|degrees|°|times|pounds|stone|miles|km|bpm|percent)\b)`;

const PATTERNS: readonly [RegExp, number][] = [
  [/\b(\d{1,3})[- ]?(?:years?|yrs?|yo|y\/o)[- ]?old\b/, 12],
  // "67 y.o. male", "67 y/o", "67yo": the abbreviation is the age itself, "old" or not.
  [/\b(\d{1,3}) ?(?:y\.o\.?|y\/o|yo)(?![a-z])/, 12],
  [/\b(\d{1,2})[- ]?(?:months?|mo)[- ]?old\b/, 1],
  [/\b(\d{1,2})[- ]?(?:weeks?|wks?)[- ]?old\b/, 12 / 52],
  [/\b(\d{1,2})[- ]?days?[- ]?old\b/, 1 / 30],
  // A baby's or child's age given without "old": "baby 6 weeks", "my son is 3 months", "infant, 10 days";
  // not "had my baby 6 weeks ago" or "baby 30 weeks" of a pregnancy.
  [new RegExp(String.raw`${CHILD_AGE_LEAD}(\d{1,2}) ?(?:weeks?|wks?)\b${NOT_A_SPAN}`), 12 / 52],
  [new RegExp(String.raw`${CHILD_AGE_LEAD}(\d{1,2}) ?(?:months?|mo|mths?)\b${NOT_A_SPAN}`), 1],
  [new RegExp(String.raw`${CHILD_AGE_LEAD}(\d{1,2}) ?days?\b${NOT_A_SPAN}`), 1 / 30],
  [/(?:^|[\s,(])(\d{1,3}) ?(?:m|f|yo|y\/o|yom|yof)\b(?![- ]?(?:old|pregnant))/, 12],
  [/\b(?:aged?|age)(?: |: ?|:? ?- ?)(\d{1,3})\b/, 12],
  // A chat opened or closed by the writer's age alone: "58, what felt like indigestion", "... no pain. 58".
  [/^\W*(1[89]|[2-9]\d|10\d) ?(?:,|:|;| -)\s/, 12],
  [/[.!?]\s*(1[89]|[2-9]\d|10\d)\s*[.!]?\s*$/, 12],
  [/\b(?:i'm|im|i am) (\d{1,3})\b(?! ?(?:weeks?|months?|days?|%|kg|lbs?|cm|minutes?|hours?))/, 12],
  // "my dad is 80", "our son's 7", "Dad is 74" opening a sentence; a relative, not a pronoun ("he's 39" may be a temperature).
  [
    new RegExp(String.raw`(?:\b(?:my|our|his|her) |^ *|(?<=[.!?;,] ))${RELATIVE}(?: is| who is| who's|'s|s) (\d{1,3})\b(?! ?(?:weeks?|months?|days?|%|kg|lbs?|cm|minutes?|hours?|mg|ml|degrees|°)|[.,]\d)`),
    12,
  ],
  // "my daughter ate some of my tablets, she's 3": a child's age by pronoun, once a child is named before
  // it; a number under 18 that ends its phrase (temperatures, weights and spans are larger or have a unit).
  [
    // The child word is looked for behind a match, not before every position: a lookbehind first ran at each character.
    /\b(?:he|she)(?:'s| is|s) (1[0-7]|[1-9])(?= *(?:$|[.,;!?)|]|and\b|(?:years?|yrs?)\b(?! ?(?:ago|since))))(?<=\b(?:son|daughter|boy|girl|child|kid|toddler|grandson|granddaughter|nephew|niece|baby)\b[^.!?]{0,200}?\b(?:he|she)(?:'s| is|s) (?:1[0-7]|[1-9]))/,
    12,
  ],
  // "she's 88": an adult's age by pronoun where no body temperature (Celsius up to 42, Fahrenheit 95 to
  // 110) or weight could be meant: 43 to 94, ending its phrase.
  [/\b(?:he|she)(?:'s| is|s) (4[3-9]|[5-8]\d|9[0-4])(?= *(?:$|[.,;!?)|]|and\b|(?:years?|yrs?)\b(?! ?(?:ago|since))))/, 12],
  [/\b(?:tengo|tiene) (\d{1,3}) años\b|\b(\d{1,3}) años de edad\b/, 12],
  [/\b(?:de|con) (\d{1,2}) meses\b/, 1],
  // "mi hijo de 4 años", "ma fille de 3 ans"; not "más de 3 años" / "plus de 3 ans", which are durations.
  [/(?<!\b(?:más|menos|hace|plus|moins|depuis|desde) )\bde (\d{1,3}) (?:años|ans)\b/, 12],
  // A resident or patient by title and initial, as care notes write them: "Mr P 88", "Mrs B, 89,".
  [/\b(?:mr|mrs|ms|miss|mx)\.? [a-z][a-z'-]{0,15}\.?,? (\d{2,3})(?![\d.%])(?! ?(?:weeks?|months?|days?|hours?|mins?|minutes?|kg|cm|%|mg|mmol|bpm))\b/, 12],
  // "my son (8)", "daughter, 6,", "my husband (67)", "Dad, 74, has".
  [new RegExp(String.raw`\b(?:${RELATIVE}|toddler|grandson|granddaughter|nephew|niece|friend|neighbour|neighbor)\s*[(,]\s*(\d{1,3})\s*[),]`), 12],
  [/\b(?:j'ai|il a|elle a|(?:mère|père|mari|femme|fils|fille|grand-mère|grand-père|mamie|papi|papa|maman|frère|sœur|soeur) a) (\d{1,3}) ans\b|\bâgée? de (\d{1,3}) ans\b/, 12],
  [/\b(?:de) (\d{1,2}) mois\b/, 1],
  // "my daughter of 14", "my mother-in-law of 84 (years)": Spanish and French give an age so, and learners write it.
  [new RegExp(String.raw`\b(?:my|our|his|her|their) (?:${RELATIVE}|grandson|granddaughter|nephew|niece|neighbour|neighbor)(?:-in-law)? of (\d{1,3})\b(?! ?(?:weeks?|months?|days?|hours?|minutes?|%|kg|lbs?|cm|mg|ml|degrees|°|times)\b|[.,]\d)`), 12],
  // "grandpa 84 is confused", "my father, who is 78, fell", "male, 62, chest pain", "F 34".
  [new RegExp(String.raw`\b${RELATIVE} (\d{1,3})(?= (?:is|was|has|had|and|who)\b| ?,)`), 12],
  [new RegExp(String.raw`\b${RELATIVE},? who(?: is|'s) (\d{1,3})\b${NOT_A_UNIT}`), 12],
  [/(?:^|[.;] )(?:male|female|man|woman),? (\d{1,3})\b(?! ?(?:weeks?|months?|days?|hours?|kg|cm|%))|^(?:m|f) ?(\d{2})\b/, 12],
  // "my 18mo son", "our 6wk old": a child's age abbreviated before the child.
  [/\b(?:my|our|a|the|his|her|their) (\d{1,2}) ?(?:mo|mos|mth|mths|m\/o)\b/, 1],
  [/\b(?:my|our|a|the|his|her|their) (\d{1,2}) ?(?:wk|wks)\b(?! (?:pregnant|along|gestation))/, 12 / 52],
  [new RegExp(String.raw`\b(?:i'm|im|i am|he's|she's|he is|she is|aged?|turned) ${AGE_WORDS}\b${NOT_A_UNIT}`), 12],
  [/\bin (?:my|his|her|their) (?:early |mid |late |mid-)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|[2-9]0s|[2-9]0's)\b/, 12],
  // "mon bébé de 3 semaines", "mi bebé de 10 días": a baby's age in weeks or days.
  [/\b(?:bébé|bebé|bebe|nourrisson|nouveau-né|recién nacido|fils|fille|hijo|hija)\s+de (\d{1,2}) (?:semaines|semanas)\b/, 12 / 52],
  [/\b(?:bébé|bebé|bebe|nourrisson|nouveau-né|recién nacido|fils|fille|hijo|hija)\s+de (\d{1,2}) (?:jours|días|dias)\b/, 1 / 30],
];

export function extractAgeMonths(normalized: string): number | undefined {
  return ageOf([readAgeFindings(normalized)]);
}

/**
 * readAgeFindings remembered per text: the diagnostic ranking and the clinical facts read the same
 * message's age (the facts' text is the message's unless a clause tells whom the writer cares for),
 * and a session's earlier messages are read again on every turn.
 */
export const readAgeFindings = memoizeByText(findAgeFindings, 1024);

/** What each age pattern finds first in one text (months), and whether the text names a newborn. */
export interface AgeFindings {
  readonly newborn: boolean;
  readonly firsts: readonly (number | undefined)[];
}

function findAgeFindings(normalized: string): AgeFindings {
  const text = withSpanishAndFrenchNumerals(normalized);
  return {
    newborn: /\b(?:newborn|new-born|recién nacido|nouveau-né)\b/.test(text),
    firsts: PATTERNS.map(([re, factor]) => {
      const value = re.exec(text)?.slice(1).find((g) => g !== undefined);
      return value === undefined ? undefined : Math.round(ageNumber(value) * factor * 10) / 10;
    }),
  };
}

// "Mi bebé de dos meses", "mon fils de trois ans": small numbers in words before a unit of age, as digits.
const ROMANCE_NUMBERS: Readonly<Record<string, string>> = {
  dos: '2', tres: '3', cuatro: '4', cinco: '5', seis: '6', siete: '7', ocho: '8', nueve: '9', diez: '10', once: '11', doce: '12',
  deux: '2', trois: '3', quatre: '4', cinq: '5', six: '6', sept: '7', huit: '8', neuf: '9', dix: '10', onze: '11', douze: '12',
};
const ROMANCE_NUMBER_BEFORE_UNIT =
  /\b(dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)(?= (?:meses|semanas|días|dias|años|mois|semaines|jours|ans)\b)/g;

function withSpanishAndFrenchNumerals(text: string): string {
  return text.replace(ROMANCE_NUMBER_BEFORE_UNIT, (word) => ROMANCE_NUMBERS[word] ?? word);
}

/**
 * The age of texts joined with " | " (one per message), as extractAgeMonths of the joined text gives it:
 * the first pattern, in order, that finds anything, at its leftmost text. No pattern reads across the
 * joint, so each text's findings can be read once and remembered (clinicalFacts).
 */
export function ageOf(texts: readonly AgeFindings[]): number | undefined {
  if (texts.some((t) => t.newborn)) return 0.5;
  for (let i = 0; i < PATTERNS.length; i++) {
    for (const t of texts) if (t.firsts[i] !== undefined) return t.firsts[i];
  }
  return undefined;
}

/** A number as written: digits, a decade ("80s", "seventies") or words ("sixty-five"). */
function ageNumber(value: string): number {
  if (/^\d/.test(value)) return Number.parseInt(value, 10);
  const decade = DECADES[value];
  if (decade !== undefined) return decade;
  const [tens = '', unit = ''] = value.split(/[- ]/);
  return (TENS[tens] ?? 0) + (UNITS[unit] ?? 0);
}
