import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regressions, phrasings our own (session 18): a household product named by what it is for ("dishwasher
// liquid", "toilet cleaner") was not a poison unless it was on a list of names, and "drank ... after
// cleaning the oven" was one; a choke followed by a wheeze that would not go had no rule; a car crash
// was not a blow to the tummy, so a crash then pain with pallor or faintness did not alert.
describe('a swallowed household product, a choke that did not clear, a crash then tummy pain', () => {
  it('each alerts with its rule', () => {
    const cases: [string, string][] = [
      ['my son is 3, he drank some of the dishwasher liquid about 10 minutes ago', 'overdose_poisoning'],
      ['she is 2 and had a mouthful of toilet cleaner', 'overdose_poisoning'],
      ['my toddler got into the laundry capsules and chewed one', 'overdose_poisoning'],
      ['my daughter swallowed some nail polish remover', 'overdose_poisoning'],
      ['my 4 year old drank some cleaning fluid from under the sink', 'overdose_poisoning'],
      ['my 2 year old choked on a grape and is now wheezing and coughing and it will not stop', 'inhaled_foreign_body'],
      ['she inhaled a bead yesterday and has been coughing ever since, it won\'t stop', 'inhaled_foreign_body'],
      ['something went down the wrong way while he ate popcorn and now there is a whistling noise when he breathes', 'inhaled_foreign_body'],
      ['since the car accident an hour ago my belly is getting more painful and I feel dizzy and pale', 'abdominal_blow'],
      ['we had a crash on the motorway this morning, my stomach really hurts where the seatbelt was and I have been sick', 'abdominal_blow'],
    ];
    for (const [m, rule] of cases) expect(firedRules(m), m).toContain(rule);
  });

  it('the look-alikes do not', () => {
    expectAlerts(
      [
        'I drank a glass of water after cleaning the oven and now I have a sore throat',
        'I washed the dishes with dishwasher liquid and my hands are dry and itchy',
        'I use laundry detergent and get a rash on my arms',
        'had a sip of washing up liquid by mistake, tastes awful',
        'my son swallowed some toothpaste',
        'I choked on my tea this morning and coughed for a minute but I am fine now',
        'my baby gagged on her food but spat it out and is happy',
        'I was in a car accident two years ago and still get some back ache',
        'minor car crash yesterday, a bruise on my knee, otherwise fine',
        'I have a stomach ache and feel a bit dizzy after watching a car crash film',
      ],
      false,
    );
  });
});
