import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// A fresh chat set written by others found an overdose plan, a toddler's poisoning and a corrosive
// drink that never alerted: pills "saved up" by their names (sertraline, tramadol) with "going to take
// them all tonight"; a 2 year old who "chewed some of my amlodipine" (the drug table had no calcium
// channel blockers); "drink something from the bottle under the sink, I think the drain cleaner".
describe('an overdose planned, a child at an adult medicine, a household product drunk', () => {
  it('alerts on saved-up medicines by name with the intent to take them all', () => {
    expectRuleFires('suicidal_intent', [
      "I've been hoarding my citalopram for weeks and I'm going to take the lot on Sunday when I'm alone",
      'saving up my amitriptyline and my dads co-codamol, gonna take them all tonight',
    ]);
  });

  it('alerts on a small child who chewed or swallowed an adult medicine named by its name', () => {
    expectRuleFires('overdose_poisoning', [
      'my 3 year old swallowed two of grandma\'s nifedipine tablets, he is fine at the moment',
      'toddler chewed some of my nortriptyline, found the packet open',
    ]);
  });

  it('alerts on a child who drank something with a household product named apart from the verb', () => {
    expectRuleFires('overdose_poisoning', ['my 4 yr old drank from the bottle in the garage, I think it was the antifreeze, he seems ok']);
  });

  it('does not alert on a dose given for what it treats, or on savings and antibiotics taken at once', () => {
    expectAlerts(
      [
        'my 4 year old took calpol for his temperature an hour ago and is asleep now',
        'gave my toddler ibuprofen for the teething pain, the right dose for her age',
        "I've been saving up my loyalty points at the pharmacy",
        'can I take all of my antibiotics at once if I missed the lunchtime dose?',
      ],
      false,
    );
  });
});

// A fifth fresh set by others, scored once with everything above in (36 of 40 alerted), missed the
// same plan told by a pronoun ("does amitriptyline interact with alcohol, I've been saving mine up ...
// thinking of taking them all tonight"), a toddler at "nan's dosette box", compartments empty, her
// amlodipine in it, and a curtain "falling down" over one eye.
describe('the fifth set\'s misses', () => {
  it('alerts on medicines saved up by a pronoun with the thought of taking them all, and on a dosette box got into', () => {
    expectRuleFires('suicidal_intent', ['is it ok to mix zopiclone with wine? been keeping them up for weeks, honestly thinking about taking them all on saturday, nothing matters anymore']);
    expectRuleFires('overdose_poisoning', ["my 18 month old got into grandad's pill organiser, two of the days are empty, it has his bisoprolol in"]);
  });

  it('alerts on sight in one eye lost like a curtain falling or dropping', () => {
    expectAlerts(['an hour ago it was like a blind dropped down over my left eye, now it is clearing'], true);
  });
});
