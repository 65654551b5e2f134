/**
 * How long a complaint has lasted, in days, from phrases like "for 3 weeks", "2 days of", "since
 * last month", "desde hace 4 días", "depuis 10 jours". Returns the longest duration found.
 */
const WORD_NUMBERS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  few: 3, several: 4, couple: 2, un: 1, una: 1, une: 1, dos: 2, deux: 2, tres: 3, trois: 3, cuatro: 4,
  quatre: 4, cinco: 5, cinq: 5, diez: 10, dix: 10, quelques: 3, unos: 3, unas: 3, varios: 4, plusieurs: 4,
};

const UNIT_DAYS: Readonly<Record<string, number>> = {
  minute: 1 / 1440, min: 1 / 1440, minuto: 1 / 1440,
  hour: 1 / 24, hora: 1 / 24, heure: 1 / 24, day: 1, día: 1, dia: 1, jour: 1, night: 1, week: 7, semana: 7,
  semaine: 7, month: 30, mes: 30, mois: 30, year: 365, año: 365, an: 365,
};

const COUNT = String.raw`(\d+(?:\.\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple|un|una|une|dos|deux|tres|trois|cuatro|quatre|cinco|cinq|diez|dix|quelques|unos|unas|varios|plusieurs)`;
const UNIT = String.raw`(minute|min|minuto|hour|hora|heure|day|día|dia|jour|night|week|semana|semaine|month|mes|mois|year|año|an)(?:s|es)?`;
// An age is not a duration: "a fever for a 6 month old".
const DURATION_RE = new RegExp(
  String.raw`\b(?:for|since|over|past|last|lasting|desde hace|hace|durante|depuis|pendant|ça fait)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|over\s+|roughly\s+|maybe\s+)?(?:a\s+)?${COUNT}\s+(?:of\s+)?${UNIT}\b(?![- ]old\b)|\b${COUNT}[- ]${UNIT}\s+(?:of|history)\b|\b${COUNT}\s+${UNIT}\s+(?:now|already|straight|in a row|ya)\b`,
  'g',
);
const VAGUE: readonly [RegExp, number][] = [
  [/\b(?:for|since|over) (?:a few |several |many )?weeks\b|\bdesde hace semanas\b|\bdepuis des semaines\b/, 14],
  [/\b(?:for|since|over) (?:a few |several |many )?months\b|\bsince last month\b|\bdesde hace meses\b|\bdepuis des mois\b/, 60],
  [/\b(?:for|since|over) (?:a few |several |many )?years\b/, 365],
  [/\ball (?:week|month)\b|\bthis week\b/, 5],
  // "for the past month", "over the last fortnight": a span named without a count.
  [/\b(?:for|over|during) the (?:past|last) week\b/, 7],
  [/\b(?:for|over|during) the (?:past|last) fortnight\b|\bfor a fortnight\b/, 14],
  [/\b(?:for|over|during) the (?:past|last) month\b/, 30],
  [/\b(?:for|over|during) the (?:past|last) year\b/, 365],
];

export function extractDuration(normalized: string): number | undefined {
  let best: number | undefined;
  for (const m of normalized.matchAll(DURATION_RE)) {
    const count = m[1] ?? m[3] ?? m[5];
    const unit = m[2] ?? m[4] ?? m[6];
    if (count === undefined || unit === undefined) continue;
    const n = WORD_NUMBERS[count] ?? Number(count);
    const days = n * (UNIT_DAYS[unit] ?? 0);
    if (Number.isFinite(days) && (best === undefined || days > best)) best = days;
  }
  for (const [re, days] of VAGUE) {
    if (re.test(normalized) && (best === undefined || days > best)) best = days;
  }
  return best;
}
