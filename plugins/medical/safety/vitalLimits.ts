/**
 * Heart and breathing rates are read against the person's age: a pulse of 150 is a working heart in a
 * baby and a racing one in an adult, 40 breaths a minute normal at six months and distress at forty.
 * Children's limits are the high-risk ones of NICE NG51 (sepsis) and NG143 (fever in under 5s); adults
 * keep the limits each rule names (NEWS2, qSOFA).
 */
import type { Vitals } from '../language/extractVitals.ts';
import type { Concept } from './concepts.ts';
import { max, min } from './extremes.ts';

/** What the limits read of the clinical facts (a structural part of them, so clinical facts can use these too). */
interface RateFacts {
  readonly vitals: Pick<Vitals, 'heartRate' | 'respiratoryRate'>;
  readonly ageMonths: number | undefined;
  readonly concepts: ReadonlySet<Concept>;
}

/** Under this age (in months) a child's own limits apply; from 12 years the adult ones. */
const CHILD_UNTIL_MONTHS = 12 * 12;

/** The child's age band, or undefined for an adult (an age not told, without a child or baby word). */
function childAgeMonths(f: RateFacts): number | undefined {
  if (f.ageMonths !== undefined) return f.ageMonths < CHILD_UNTIL_MONTHS ? f.ageMonths : undefined;
  // A baby or a child of an age not told: the band whose limits are least likely to call a normal rate fast.
  if (f.concepts.has('baby')) return 6;
  return f.concepts.has('childWord') ? 18 : undefined;
}

/** Age bands: below `untilMonths`, `limit`; the last band holds to 12 years. */
type Bands = readonly (readonly [untilMonths: number, limit: number])[];

// Every child age falls in a band (childAgeMonths stops at CHILD_UNTIL_MONTHS): the fallback is for the type.
const limitFor = (bands: Bands, months: number): number => (bands.find(([until]) => months < until) ?? bands.at(-1))?.[1] ?? Infinity;

/** NG51 high-risk / NG143 amber tachycardia: 160 and more under 1 year, 150 at 1–2, 140 at 3–4, then NG51's 5–11 bands. */
const CHILD_FAST_HEART: Bands = [[12, 160], [36, 150], [60, 140], [72, 130], [96, 120], [CHILD_UNTIL_MONTHS, 115]];

/**
 * Fast breathing for the age, the lowest rate that counts: NG143's amber tachypnoea under 5 (over 60
 * under 6 months, over 50 at 6–12 months, over 40 from 1 year), NG51's high-risk rates at 5–11 (29 or
 * more at 5, 27 at 6–7, 25 at 8–11).
 */
const CHILD_FAST_BREATHING: Bands = [[6, 61], [12, 51], [60, 41], [72, 29], [96, 27], [CHILD_UNTIL_MONTHS, 25]];

/** Breathing that is distress on its own: NG143's red feature under 5 (over 60 a minute), 30 or more from 5 years as in adults. */
const CHILD_SEVERE_BREATHING: Bands = [[60, 61], [CHILD_UNTIL_MONTHS, 30]];

/** A resting heart rate above `adultBpm` in an adult, or above the child's own limit in a child. */
export function heartFasterThan(f: RateFacts, adultBpm: number): boolean {
  const months = childAgeMonths(f);
  const rate = max(f.vitals.heartRate);
  return months === undefined ? rate > adultBpm : rate >= limitFor(CHILD_FAST_HEART, months);
}

/** A heart rate below `adultBpm` in an adult; under 60 in a child (the rate at which a child's heart no longer carries the circulation). */
export function heartSlowerThan(f: RateFacts, adultBpm: number): boolean {
  const months = childAgeMonths(f);
  return min(f.vitals.heartRate) < (months === undefined ? adultBpm : 60);
}

/** A counted breathing rate that is fast for the age: `adultRate` or more in an adult. */
export function breathingFasterThan(f: RateFacts, adultRate: number): boolean {
  const months = childAgeMonths(f);
  return max(f.vitals.respiratoryRate) >= (months === undefined ? adultRate : limitFor(CHILD_FAST_BREATHING, months));
}

/** A counted breathing rate that is distress on its own: `adultRate` or more in an adult. */
export function breathingSeverelyFast(f: RateFacts, adultRate: number): boolean {
  const months = childAgeMonths(f);
  return max(f.vitals.respiratoryRate) >= (months === undefined ? adultRate : limitFor(CHILD_SEVERE_BREATHING, months));
}

/** A counted breathing rate of 8 or fewer a minute in an adult, under 10 in a child (breathing that is failing). */
export function breathingSlow(f: RateFacts): boolean {
  return min(f.vitals.respiratoryRate) <= (childAgeMonths(f) === undefined ? 8 : 9);
}
