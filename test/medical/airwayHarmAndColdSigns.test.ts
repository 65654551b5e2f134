/**
 * Found by a second batch of probes of our own (the phrasings below are new ones): a tongue that feels
 * big after a sting, facial swelling and wheeze after an injection, stridor named in an adult, a wrist
 * cut on purpose, bleeding "loads", breathing told as odd; and one look-alike, lips gone blue in cold
 * water in someone who is well.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('an allergic airway in other words', () => {
  it('alerts for a tongue that feels big after a sting or a nut', () => {
    expectRuleFires('anaphylaxis', ['got stung by a wasp and my tongue feels massive', 'ate a cashew by mistake and my tongue is getting bigger']);
  });

  it('alerts for facial swelling with wheeze after an injection or a new medicine', () => {
    expectRuleFires('anaphylaxis', [
      'periorbital swelling and wheeze minutes after the contrast injection',
      'my face is swelling up and I feel faint since the first dose of the new antibiotic',
    ]);
  });

  it('alerts for stridor named in an adult, not for a croupy toddler who only has it when crying', () => {
    expectRuleFires('stridor', ['A 52-year-old man with a neck lump now has inspiratory stridor.']);
    expectAlerts(['my 2 year old has a barking cough and a harsh noise when breathing in only when he cries'], false);
  });
});

describe('harm and bleeding in plain words', () => {
  it('alerts for a part of the body cut on purpose', () => {
    expectRuleFires('suicidal_intent', ['she slashed her arms on purpose last night', 'I cut my thigh deliberately again']);
  });

  it('alerts for a cut bleeding loads', () => {
    expectRuleFires('severe_bleeding', ['my hand is bleeding like mad after the glass broke', "the cut on his head is bleeding loads and won't slow"]);
  });
});

describe('the colour of cold skin', () => {
  it('does not alert for blue lips after cold water in someone who is well', () => {
    expectAlerts(['her lips were purple after the lake swim but she warmed up fine', 'my fingers and lips look a bit blue in this icy wind'], false);
  });

  it('alerts when the cold-blue person breathes oddly, is drowsy, or is a baby', () => {
    expectAlerts(
      [
        'he came out of the freezing sea with blue lips and strange breathing',
        'my 4 month old has blue lips after being out in the cold',
        'blue lips after the ice bath and now she is confused',
      ],
      true,
    );
  });
});
