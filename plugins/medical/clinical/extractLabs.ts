/**
 * Laboratory values and examination scores that change urgency, read from clinical prose ("INR 9",
 * "ALT 2400 U/L", "K+ 6.8", "Hb 62 g/L", "troponin raised", "lactate 5.1", "GCS 12"). Values are
 * converted to one unit per test so rules compare numbers only. A value is read when its name is
 * followed (within a few characters: "of", "was", ":", "=") by a number; units decide the scale
 * where the same test is written two ways (glucose in mmol/L or mg/dL, haemoglobin in g/L or g/dL).
 */
export interface Labs {
  readonly inr: readonly number[];
  /** ALT or AST, U/L. */
  readonly transaminase: readonly number[];
  readonly glucoseMmol: readonly number[];
  readonly potassium: readonly number[];
  readonly sodium: readonly number[];
  /** g/L. */
  readonly haemoglobin: readonly number[];
  /** Platelets, ×10⁹/L. */
  readonly platelets: readonly number[];
  /** mmol/L. */
  readonly lactate: readonly number[];
  /** µmol/L. */
  readonly creatinine: readonly number[];
  readonly gcs: readonly number[];
  /** Creatine kinase, U/L. */
  readonly creatineKinase: readonly number[];
  /** Blood pH (arterial or venous). */
  readonly ph: readonly number[];
  /** Bicarbonate, mmol/L. */
  readonly bicarbonate: readonly number[];
  /** Blood ketones (beta-hydroxybutyrate), mmol/L. */
  readonly ketones: readonly number[];
  /** Urine ketones reported large ("+++", "3+", "large"). */
  readonly urineKetonesHigh: boolean;
  /** Total calcium (corrected when the text says so), mmol/L; ionised calcium (normal 1.1-1.3) is another scale and not read. */
  readonly calcium: readonly number[];
  /** National Early Warning Score (NEWS2), 0-20. */
  readonly news: readonly number[];
  /** Quick SOFA, 0-3. */
  readonly qsofa: readonly number[];
  /** A troponin reported raised or positive, or given with a value above the usual cut-off. */
  readonly troponinRaised: boolean;
}

// "45,000" and "2,400" are thousands; "6,8" (a decimal comma) reads as 6, never as 68.
const NUM = String.raw`(\d{1,3}(?:,\d{3})+(?!\d|,\d)|\d+(?:\.\d+)?)`;
// "INR of 9", "INR: 9", "INR was 9.2", "INR is now 9", "INR=9", "INR 9", "INR came back at 6.1"
const LINK = String.raw`\s*(?:(?:level|levels|count|value|reading|result|check|test)\s*)?(?:(?:today|yesterday|this morning|this week)\s+)?(?:(?:came back|come back|came out|went up|gone up|rose|read|reads|measured|showed|shows)\s+)?(?:of|was|is|were|at|to|:|=|-)?\s*(?:now\s+|only\s+|about\s+|around\s+|~\s*)?`;

// "NEWS2 7", "NEWS of 8", "news score: 6": the score's number ends a list item, so "the news at 6" and
// "in the news 8 people" are not scores.
const NEWS = /\b(?:news ?2?(?: score)?|national early warning score)(?:\s*(?:of|was|is|:|=))?\s*(\d{1,2})(?=\s*(?:[,.;)]|$|points?\b|and\b|with\b|on\b))/g;

const HAS_DIGIT = /\d/;
// Built once per test: a message reads every test, and building each pattern again cost more than reading it.
const patterns = new Map<string, RegExp>();

function values(text: string, name: string, unit = ''): { value: number; unit: string }[] {
  // Every value has a digit: most chat messages have none, and no test's pattern can match them.
  if (!HAS_DIGIT.test(text)) return [];
  const key = `${name}\u0000${unit}`;
  let re = patterns.get(key);
  // A number of hours or days after the test's name is when it was taken ("sugar 2 hours after a meal"), not its value.
  if (!re) patterns.set(key, (re = new RegExp(String.raw`\b(?:${name})${LINK}${NUM}(?!\s*(?:hours?|hrs?|h\b|minutes?|mins?|days?|weeks?|months?|years?|times)\b)\s*(${unit || 'x'})?`, 'g')));
  const out: { value: number; unit: string }[] = [];
  for (const m of text.matchAll(re)) {
    const value = Number((m[1] ?? '').replaceAll(',', ''));
    if (Number.isFinite(value)) out.push({ value, unit: (m[2] ?? '').toLowerCase() });
  }
  return out;
}

export function extractLabs(text: string): Labs {
  const t = text.toLowerCase();
  const glucose = values(t, String.raw`(?:blood )?(?:glucose|sugar|bg|bgl|bm|cbg)`, String.raw`mmol\/?l|mg\/?dl|g\/?l`).map(({ value, unit }) =>
    // Without a unit, values above 35 can only be mg/dL; French meters read g/L (1 g/L is 100 mg/dL).
    unit.startsWith('mg') || (unit === '' && value > 35) ? value / 18 : unit.startsWith('g') ? (value * 100) / 18 : value,
  );
  const hb = values(t, String.raw`hb|hgb|ha?emoglobin`, String.raw`g\/?dl|g\/?l`).map(({ value, unit }) =>
    unit === 'g/dl' || unit === 'gdl' || (unit === '' && value < 25) ? value * 10 : value,
  );
  const creat = values(t, String.raw`creatinine|creat|cr`, String.raw`mg\/?dl|[uµμ]mol\/?l`).map(({ value, unit }) =>
    unit.startsWith('mg') || (unit === '' && value < 20) ? value * 88.4 : value,
  );
  const calcium = values(t, String.raw`(?:corrected |adjusted |serum )?(?<!ioni[sz]ed )calcium|ca2\+|ca\+\+|(?:corrected|adjusted|adj\.?) ca`, String.raw`mmol\/?l|mg\/?dl`).map(({ value, unit }) =>
    // Without a unit, values above 5 can only be mg/dL (4 mg/dL to 1 mmol/L).
    unit.startsWith('mg') || (unit === '' && value > 5) ? value / 4 : value,
  );
  const trop = values(t, String.raw`(?:hs-?)?trop(?:onin)?(?: [it])?`).map((v) => v.value);
  return {
    inr: values(t, String.raw`inr`).map((v) => v.value),
    transaminase: values(t, String.raw`alt|ast|alanine (?:amino)?transaminase|aspartate (?:amino)?transaminase|transaminases?`).map((v) => v.value),
    glucoseMmol: glucose,
    potassium: values(t, String.raw`potassium|k\+?`).map((v) => v.value).filter((v) => v < 15),
    sodium: values(t, String.raw`sodium|na\+?`).map((v) => v.value).filter((v) => v > 90 && v < 200),
    haemoglobin: hb,
    // Counts per microlitre ("8,000") are thousands of the ×10⁹/L figure ("8").
    platelets: values(t, String.raw`platelets?|plt`).map((v) => (v.value >= 1000 ? v.value / 1000 : v.value)),
    lactate: values(t, String.raw`lactate|lactic acid`).map((v) => v.value),
    creatinine: creat,
    gcs: values(t, String.raw`gcs|glasgow coma (?:scale|score)`).map((v) => v.value).filter((v) => v >= 3 && v <= 15),
    creatineKinase: values(t, String.raw`ck|cpk|creatine (?:phospho)?kinase`).map((v) => v.value),
    // A pH outside what blood can have is another pH (urine, a skin product): not read.
    ph: values(t, String.raw`(?<!(?:urine|urinary|vaginal|skin|stomach|gastric|water|pool|soil) )(?:arterial |venous |blood |abg |vbg )?ph`).map((v) => v.value).filter((v) => v >= 6.5 && v <= 7.8),
    bicarbonate: values(t, String.raw`bicarbonate|bicarb|hco3-?|serum co2|tco2`).map((v) => v.value).filter((v) => v < 60),
    ketones: values(t, String.raw`(?:blood |serum |capillary |plasma )?ketones?|beta-?hydroxybutyrate|(?:beta-?)?ohb|bhb`, String.raw`mmol\/?l`)
      .filter(({ unit, value }) => unit !== '' || value < 15)
      .map((v) => v.value),
    urineKetonesHigh: /\bketones?\s*(?::|=|of|were|was)?\s*(?:\+{3,}|[34] ?\+|large|heavy|strongly positive)|\b(?:large|heavy|\+{3,}|[34]\+) (?:urine |urinary )?ketones?\b/.test(t),
    calcium,
    news: [...t.matchAll(NEWS)].map((m) => Number(m[1])).filter((v) => v <= 20),
    qsofa: values(t, String.raw`q-?sofa(?: score)?`).map((v) => v.value).filter((v) => v <= 3 && Number.isInteger(v)),
    // Any troponin with a value of 15 ng/L or more counts as raised; so does a word saying so.
    troponinRaised:
      /\btrop(?:onin)?\w*(?: [it])?\s+(?:is |was |came back |level )?(?:raised|elevated|positive|high|rising|up)\b|\b(?:raised|elevated|positive|high|rising) (?:hs-?)?trop(?:onin)?\b/.test(t) ||
      trop.some((v) => v >= 15),
  };
}
