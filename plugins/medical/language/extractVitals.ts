/**
 * Pulls vital signs out of free text with their units: temperature (°C/°F, "103 fever"), glucose
 * (mg/dL, mmol/L, inferred from magnitude), SpO2 ("sats 88", "oxygen 91%"), blood pressure
 * ("180/110"), heart rate ("pulse 140", "120 bpm") and breathing rate ("RR 28", "breathing 40 times a
 * minute"). Works on normalized (lower-cased) text.
 */
export interface Vitals {
  readonly temperatureC: readonly number[];
  readonly glucoseMgDl: readonly number[];
  readonly spo2: readonly number[];
  readonly bloodPressure: readonly { readonly systolic: number; readonly diastolic: number }[];
  readonly heartRate: readonly number[];
  /**
   * Heart rates told during exercise ("150 when I run", "170 on the treadmill"): a working heart, not
   * a resting vital sign, so they only count with symptoms that exercise does not explain.
   */
  readonly exerciseHeartRate: readonly number[];
  /** Breaths a minute, counted: "RR 28", "respiratory rate of 32", "30 breaths per minute". */
  readonly respiratoryRate: readonly number[];
}

const NUM = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)`;
const GAP = String.raw`[^\d|]{0,25}?`;
// A rate told after a comma, which the clause splitter made a clause of its own ("his pulse is really
// slow, about 35"): one joint is crossed, only straight into the number.
const JOINT_TO_NUMBER = String.raw`(?:\|\s*(?:(?:about|around|roughly|approximately|approx|only|just|maybe|like|at)\s+)?)?`;

const TEMP_UNIT_RE = new RegExp(String.raw`${NUM}\s*(?:°|º|degrees?|deg)?\s*(c|f|celsius|fahrenheit)\b`, 'g');
const AGE_AND_SEX = /^\d{1,3}f$/;
const TEMP_NAMED_BEFORE = /\b(?:temp(?:erature)?|fever|thermometer|reading|t)\b[^a-z]{0,6}$|\b(?:temp(?:erature)?|fever) (?:of|was|is|at|reads?)\s*$/;
const TEMP_DEGREE_RE = new RegExp(String.raw`${NUM}\s*(?:°|º|degrees?)`, 'g');
const TEMP_CONTEXT_RE = new RegExp(
  String.raw`(?:temp(?:erature)?|fever|thermometer|fiebre|temperatura|fièvre|température)${GAP}${NUM}(?!\s*(?:days?|weeks?|hours?|months?|years?|%|mg|mmol|bpm|/|días|jours))`,
  'g',
);
// The reading told in the next clause, as checked: "I think I have a fever, checked and it's 37.4", "put the thermometer on him and it reads 38.3".
const TEMP_CHECKED_RE = new RegExp(
  String.raw`(?:temp(?:erature)?|fever|feverish|hot|thermometer)[^\d|]{0,25}\|[^\d|]{0,8}\b(?:checked|measured|took it|taken it|thermometer|reading|it's|its|it was|it is|says|said|reads|read|shows|showed|displays|marks)\b[^\d|]{0,15}${NUM}(?!\s*(?:days?|weeks?|hours?|months?|years?|%|mg|mmol|bpm|/|yo|y/o))`,
  'g',
);
// Clinical shorthand: "T 38.2", "T38.9", "temp. 39" (only values in the body-temperature range count).
const TEMP_SHORT_RE = new RegExp(String.raw`(?:^|[\s,;(])t\.?\s?(\d{2}(?:[.,]\d)?)\b`, 'g');
// A temperature told as what someone "has", with its tenth and no unit ("tengo 38.3", "she has 38,4",
// "j'ai 39,2", "he's 39.4"): no other reading in the body is written so. Weights, doses and ages carry their unit.
const TEMP_HAS_RE = new RegExp(
  String.raw`\b(?:(?:he|she|it|baby)(?:'s| is| was)|hes|shes|i|he|she|they|it|baby|tengo|tiene|tienes|j'ai|il a|elle a|a|has|have|got|running|with|con|avec)\s+(?:a |of |de |about |like |around )?(3[5-9][.,]\d|4[0-2][.,]\d)\b(?![.,]?\d)(?!\s*(?:kg|kilos?|lbs?|pounds|%|mm|cm|m\b|years?|yrs?|weeks?|days?|hours?|months?|años|semanas|ans|semaines|mg|ml|°f|f\b))`,
  'g',
);
// "39 fever", "38,5 de fièvre", "39 de fiebre", "is 99.1 a fever?".
const FEVER_AFTER_RE = new RegExp(String.raw`${NUM}\s*(?:(?:of|de|a|an) )?(?:fever|temp(?:erature)?|fièvre|fiebre|température|temperatura)(?![a-z])`, 'g');
const GLUCOSE_RE = new RegExp(
  String.raw`(?:glucose|sugar|bg|bgl|bsl|glucemia|glucosa|azúcar|glycémie|glycemie|sucre|glucometer|glucose meter)${GAP}${NUM}(?!\s*(?:hours?|hrs?|h\b|heures?|horas?|minutes?|mins?|days?|jours?|días?|dias?))\s*(mg/?dl|mmol(?:/l)?|g ?/ ?l\b)?`,
  'g',
);
// A unit alone ("2.1 mmol on my meter") is a glucose unless another test owns the number: "magnesium
// 0.8 mmol/L" or "creatinine 1.1 mg/dL" read as glucose were a hypo, and HbA1c's mmol/mol is not mmol/L.
// A meter's "HI" is a glucose above what it can read (about 600 mg/dL on most meters): told as what it shows.
const GLUCOSE_HI_RE =
  /\b(?:glucometer|glucose meter|meter|monitor|machine|libre|dexcom|sensor|reader|bm)\b[^|\d]{0,20}?\b(?:reads|says|shows|showing|displays|just says|flashing|flashes|came up|comes up|marca|dice|affiche|indique)\b:? ?["']?(?:hi|high)\b/i;
const GLUCOSE_UNIT_RE = new RegExp(String.raw`${NUM}\s*(mg/?dl|mmol(?:/l)?)(?!/?mol)`, 'g');
const OTHER_ANALYTE_BEFORE = new RegExp(
  String.raw`\b(?:potassium|k\+?|sodium|na\+?|chloride|cl|creatinine|creat|cr|urea|bun|calcium|ca2?\+*|magnesium|mg|phosphate|po4|bilirubin|bili|cholesterol|ldl|hdl|triglycerides?|tg|lactate|ketones?|bhb|bicarb(?:onate)?|hco3|albumin|protein|uric acid|urate|iron|ferritin|hba1c|a1c|crp|ammonia|lithium|digoxin|troponin|phenytoin)\b[^\d|,;]{0,20}$`,
);
const SPO2_RE = new RegExp(
  String.raw`(?:spo2|sp02|o2|oxygen|sats?|saturation|saturación|oximeter|pulse ?ox|oxímetro|oxymètre)${GAP}${NUM}\s*%?`,
  'g',
);
const SPO2_AFTER_RE = new RegExp(String.raw`${NUM}\s*%\s*(?:spo2|o2|oxygen|sats?|saturation)`, 'g');
// With an oximeter named anywhere in the message, a percentage in the saturation range is its reading,
// told in another clause too ("is my pulse oximeter broken? keeps saying 86-87% on my dad"); a range's
// lower end counts.
// People name the device by what it is: "the finger thing", "the little clip on my finger".
const OXIMETER_NAMED_RE = /\b(?:pulse ?ox(?:imeter)?s?|oximeters?|sats|spo2|sp02|oxygen (?:level|reading|saturation|sat)s?|saturation|finger (?:thing|thingy|clip|clippy thing|monitor|gadget|device|probe|sensor|machine|meter)s?|(?:clip|thing|monitor|gadget|sensor) (?:on|for) (?:my|his|her|the|your) finger)\b/;
const PERCENT_RE = /(?<![\d.,])(\d{2,3})(?:\s*(?:-|–|to)\s*\d{2,3})?\s*%/g;
const NOT_A_READING_AFTER = /^\s*(?:sure|certain|confident|positive|chance|likely|probability|of (?:the|my|his|her|people|patients|cases|it)|battery|charged|off|proof|abv|fat|humidity|done|better|worse)\b/;
const NOT_A_READING_BEFORE = /\b(?:battery|charge|chance|sure|likely|risk|humidity|brightness|volume|efficacy|effective|success|probability|discount|off|proof|abv|alcohol|percentile|centile|weight|body fat|fat|fev1?|fvc|ef|ejection fraction|bmi)\b[^\d|]{0,12}$/;
// A reading the writer explains as the probe's error (nail varnish, cold fingers), when another reading
// is normal: the normal one stands. Alone, a low reading counts whatever is blamed.
const PROBE_ERROR_RE = /\b(?:nail (?:varnish|polish)|gel nails|false nails|acrylic nails|acrylics|painted nails|cold (?:hands?|fingers?)|hands? (?:were|was|are|is) cold|fingers? (?:were|was|are|is) cold|moving (?:about|around)|wasn't on properly|not on properly|poor signal|bad signal)\b/;
const NORMAL_SPO2 = 95;
const BP_RE = /(?<![\d/])(\d{2,3})\s*(?:\/|over)\s*(\d{2,3})(?![\d/])/g;
// A pulse read off a machine ("pulse on her blood pressure machine says 34") names the machine first.
// The number after a pulse word must be a rate: not a time ("racing for 30 minutes", "since 22:30"),
// a count ("3 times") or another unit; those read as rates made a slow or fast pulse out of nothing.
const HR_RE = new RegExp(
  String.raw`(?:heart ?rate|pulse (?:on|from|according to) (?:her|his|my|the|their) (?:[a-z]+ ){0,4}?(?:machine|monitor|watch|cuff|meter|oximeter|app)(?: (?:says|said|reads|read|shows|showed|showing|is|was))?|pulse(?! ?ox)|\bhr\b|heartbeat|heart is (?:racing|beating) at|heart(?:beat)? (?:is |was |has been )?(?:beating|going|racing|pounding|thumping)(?: (?:really|very|so) (?:slowly|slow|fast|quickly))?\s*[,|]?\s*(?:at |about |around |only |just |like )+|frecuencia cardiaca|pulso|pouls|fréquence cardiaque)${GAP}${JOINT_TO_NUMBER}${NUM}(?![\d.,:]?\d)(?!\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|years?|yrs?|times|x\b|%|mg|mcg|kg|lbs?|mmol|ml\b|°|degrees?|(?:am|pm)\b|o'?clock|(?:\/|over)\s*\d|minutos?|horas?|días?|semanas?|jours?|heures?|semaines?|ans?\b|años?))`,
  'g',
);
const BPM_RE = new RegExp(String.raw`${NUM}\s*(?:bpm|beats? (?:per|a|/) ?min)`, 'g');
// "RR 120/80" is a blood pressure (Riva-Rocci), not a breathing rate.
const RR_RE = new RegExp(
  String.raw`(?:respiratory rate|resp(?:iratory|\.)? rate|\brr\b|\brespirations?\b|\bresps\b|breathing rate|rate of breathing|frecuencia respiratoria|fréquence respiratoire)[^\d|]{0,12}?${NUM}(?![\d.,]?\d)(?!\s*(?:\/|over)\s*\d)(?!\s*(?:%|mg|mmol|days?|hours?|weeks?))`,
  'g',
);
// "Breathing really fast, I counted 70 a minute": a rate after a breathing word, in the next clause too
// (asserted text joins clauses with "|"), never across a pulse.
const BREATHS_RE = new RegExp(
  String.raw`${NUM}\s*(?:breaths?|resps?|respirations?)\s*(?:(?:per|a|an|each|\/)\s*)?min(?:ute)?\b|breath\w*(?:(?!pulse|heart|beat|\bhr\b)[^\d.]){0,40}?${NUM}\s*(?:times\s*)?(?:a|per|each|every|\/)\s*min(?:ute)?\b`,
  'g',
);
/** Exercise in the words around a heart rate, within its sentence. */
const EXERCISE_RE =
  /\b(?:runs?|running)\b(?! (?:down|a (?:fever|temp\w*|high)|hot))|\bexercis\w*\b(?! (?:in)?tolerance| capacity)|\b(?:jog\w*|sprint\w*|work(?:ing|ed)? ?out|workouts?|gym|spin(?:ning)? class|treadmill|training|cycling|bike ride|hik(?:e|es|ing)|swimming|cardio|hiit|marathon|football|stress test)\b/;
// A rate taken at an examination is a resting one, whatever exercise the history mentions.
const AT_REST_RE = /\b(?:at rest|resting|sitting|lying|in bed|asleep|not (?:exercising|running|doing anything)|on (?:examination|arrival|admission)|in (?:the )?(?:clinic|surgery|emergency department)|at the (?:clinic|surgery|hospital))\b/;
/** Above this, a rate is not explained by exercise at any age. */
const MAX_EXERCISE_RATE = 200;
const WINDOW = 50;

export function extractVitals(normalized: string): Vitals {
  const temperatureC = new Set<number>();
  for (const m of normalized.matchAll(TEMP_UNIT_RE)) {
    const v = num(m[1]);
    const unit = m[2] ?? '';
    // "90F", "76F" written against the number are a case note's age and sex, unless a temperature is named before.
    if (AGE_AND_SEX.test(m[0]) && !TEMP_NAMED_BEFORE.test(normalized.slice(Math.max(0, (m.index ?? 0) - 25), m.index))) continue;
    addTemp(temperatureC, unit.startsWith('f') ? fToC(v) : v);
  }
  for (const re of [TEMP_DEGREE_RE, TEMP_CONTEXT_RE, TEMP_CHECKED_RE, FEVER_AFTER_RE, TEMP_SHORT_RE, TEMP_HAS_RE]) {
    for (const m of normalized.matchAll(re)) addTemp(temperatureC, guessTemp(num(m[1])));
  }

  const glucoseMgDl = new Set<number>();
  for (const re of [GLUCOSE_RE, GLUCOSE_UNIT_RE]) {
    for (const m of normalized.matchAll(re)) {
      if (re === GLUCOSE_UNIT_RE && OTHER_ANALYTE_BEFORE.test(normalized.slice(Math.max(0, m.index - 30), m.index))) continue;
      const v = num(m[1]);
      const unit = m[2];
      // No unit: values under 35 can only be mmol/L. France and Belgium give glucose in g/L (0.92 g/L is 92 mg/dL);
      // only a named glucose reads it, as haemoglobin is given in g/L too.
      const mgdl = unit?.startsWith('g') ? Math.round(v * 100) : unit?.startsWith('mmol') || (unit === undefined && v < 35) ? Math.round(v * 18) : v;
      if (mgdl >= 10 && mgdl <= 1500) glucoseMgDl.add(mgdl);
    }
  }

  if (GLUCOSE_HI_RE.test(normalized)) glucoseMgDl.add(600);

  const spo2 = new Set<number>();
  const probeError = new Set<number>();
  // A number the words around it give to something else ("battery on 60%", "90% sure") is no reading.
  const readSpo2 = (m: RegExpMatchArray & { index: number }): void => {
    const value = m[1] as string;
    const at = m.index + m[0].indexOf(value);
    const after = normalized.slice(at + value.length).replace(/^\s*%/, '');
    const v = num(value);
    if (v < 50 || v > 100 || NOT_A_READING_BEFORE.test(normalized.slice(Math.max(0, at - 30), at)) || NOT_A_READING_AFTER.test(after)) return;
    spo2.add(v);
    if (PROBE_ERROR_RE.test(clauseAround(normalized, at))) probeError.add(v);
  };
  for (const re of [SPO2_RE, SPO2_AFTER_RE]) for (const m of normalized.matchAll(re)) readSpo2(m);
  if (OXIMETER_NAMED_RE.test(normalized)) for (const m of normalized.matchAll(PERCENT_RE)) readSpo2(m);
  if ([...spo2].some((v) => v >= NORMAL_SPO2 && !probeError.has(v))) for (const v of probeError) if (v < NORMAL_SPO2) spo2.delete(v);

  const bloodPressure: { systolic: number; diastolic: number }[] = [];
  for (const m of normalized.matchAll(BP_RE)) {
    const systolic = num(m[1]);
    const diastolic = num(m[2]);
    if (systolic >= 60 && systolic <= 280 && diastolic >= 30 && diastolic <= 180 && systolic > diastolic) {
      bloodPressure.push({ systolic, diastolic });
    }
  }

  const heartRate = new Set<number>();
  const exerciseHeartRate = new Set<number>();
  for (const re of [HR_RE, BPM_RE]) {
    for (const m of normalized.matchAll(re)) {
      const v = num(m[1]);
      if (v < 20 || v > 250) continue;
      (v <= MAX_EXERCISE_RATE && toldOfExercise(normalized, m.index, m.index + m[0].length) ? exerciseHeartRate : heartRate).add(v);
    }
  }
  const respiratoryRate = new Set<number>();
  for (const re of [RR_RE, BREATHS_RE]) {
    for (const m of normalized.matchAll(re)) {
      const v = num(m[1] ?? m[2]);
      if (v >= 4 && v <= 120) respiratoryRate.add(v);
    }
  }
  return {
    temperatureC: [...temperatureC],
    glucoseMgDl: [...glucoseMgDl],
    spo2: [...spo2],
    bloodPressure,
    heartRate: [...heartRate],
    exerciseHeartRate: [...exerciseHeartRate].filter((v) => !heartRate.has(v)),
    respiratoryRate: [...respiratoryRate],
  };
}

/** The clause a reading sits in (asserted text joins clauses with "|"), within WINDOW characters each side. */
function clauseAround(text: string, index: number): string {
  const before = text.slice(Math.max(0, index - WINDOW), index).split('|').pop() ?? '';
  const after = text.slice(index, index + WINDOW).split('|')[0] ?? '';
  return before + after;
}

/** The sentence around a reading, within WINDOW characters each side, names exercise and not rest. */
function toldOfExercise(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start).split(/[.;!?]/).pop() ?? '';
  const after = text.slice(end, end + WINDOW).split(/[.;!?]/)[0] ?? '';
  const around = `${before} ${text.slice(start, end)} ${after}`;
  return EXERCISE_RE.test(around) && !AT_REST_RE.test(around);
}

function num(s: string | undefined): number {
  return Number((s ?? '').replace(',', '.'));
}

function fToC(f: number): number {
  return Math.round(((f - 32) * 5) / 9 * 10) / 10;
}

/** Unitless temperatures: 34-43 are Celsius, 93-110 Fahrenheit, anything else is not a temperature. */
function guessTemp(v: number): number {
  if (v >= 93 && v <= 110) return fToC(v);
  return v;
}

function addTemp(set: Set<number>, c: number): void {
  if (c >= 30 && c <= 44) set.add(c);
}
