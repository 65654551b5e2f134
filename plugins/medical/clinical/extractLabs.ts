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
  /** A troponin reported raised or positive, or given with a value above the usual cut-off. */
  readonly troponinRaised: boolean;
}

const NUM = String.raw`(\d+(?:\.\d+)?)`;
// "INR of 9", "INR: 9", "INR was 9.2", "INR is now 9", "INR=9", "INR 9"
const LINK = String.raw`\s*(?:(?:level|levels|count|value|reading|result)\s*)?(?:of|was|is|were|at|:|=|-)?\s*(?:now\s+|only\s+|about\s+|around\s+|~\s*)?`;

function values(text: string, name: string, unit = ''): { value: number; unit: string }[] {
  const re = new RegExp(String.raw`\b(?:${name})${LINK}${NUM}\s*(${unit || 'x'})?`, 'g');
  const out: { value: number; unit: string }[] = [];
  for (const m of text.matchAll(re)) {
    const value = Number(m[1]);
    if (Number.isFinite(value)) out.push({ value, unit: (m[2] ?? '').toLowerCase() });
  }
  return out;
}

export function extractLabs(text: string): Labs {
  const t = text.toLowerCase();
  const glucose = values(t, String.raw`(?:blood )?(?:glucose|sugar|bg|bgl|bm|cbg)`, String.raw`mmol\/?l|mg\/?dl`).map(({ value, unit }) =>
    // Without a unit, values above 35 can only be mg/dL.
    unit.startsWith('mg') || (unit === '' && value > 35) ? value / 18 : value,
  );
  const hb = values(t, String.raw`hb|hgb|ha?emoglobin`, String.raw`g\/?dl|g\/?l`).map(({ value, unit }) =>
    unit === 'g/dl' || unit === 'gdl' || (unit === '' && value < 25) ? value * 10 : value,
  );
  const creat = values(t, String.raw`creatinine|creat|cr`, String.raw`mg\/?dl|[uµμ]mol\/?l`).map(({ value, unit }) =>
    unit.startsWith('mg') || (unit === '' && value < 20) ? value * 88.4 : value,
  );
  const trop = values(t, String.raw`(?:hs-?)?trop(?:onin)?(?: [it])?`).map((v) => v.value);
  return {
    inr: values(t, String.raw`inr`).map((v) => v.value),
    transaminase: values(t, String.raw`alt|ast|alanine (?:amino)?transaminase|aspartate (?:amino)?transaminase|transaminases?`).map((v) => v.value),
    glucoseMmol: glucose,
    potassium: values(t, String.raw`potassium|k\+?`).map((v) => v.value).filter((v) => v < 15),
    sodium: values(t, String.raw`sodium|na\+?`).map((v) => v.value).filter((v) => v > 90 && v < 200),
    haemoglobin: hb,
    platelets: values(t, String.raw`platelets?|plt`).map((v) => v.value),
    lactate: values(t, String.raw`lactate|lactic acid`).map((v) => v.value),
    creatinine: creat,
    gcs: values(t, String.raw`gcs|glasgow coma (?:scale|score)`).map((v) => v.value).filter((v) => v >= 3 && v <= 15),
    // Any troponin with a value of 15 ng/L or more counts as raised; so does a word saying so.
    troponinRaised:
      /\btrop(?:onin)?\w*(?: [it])?\s+(?:is |was |came back |level )?(?:raised|elevated|positive|high|rising|up)\b|\b(?:raised|elevated|positive|high|rising) (?:hs-?)?trop(?:onin)?\b/.test(t) ||
      trop.some((v) => v >= 15),
  };
}
