/**
 * Words of amount and of shock read by what they are about. An amount of a medicine is an overdose ("a
 * lot of paracetamol" was not; "took the whole day off" alerted as one). Shock is circulatory only when
 * told as a state ("went into shock"), not as surprise or a static zap, and an electric shock from the
 * mains with a symptom after it is an emergency of its own (a pain "like an electric shock" is not).
 * Found by probes of our own; the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('an amount taken', () => {
  it('is an overdose when it is of a medicine', () => {
    expectRuleFires('overdose_poisoning', [
      'my flatmate took a lot of paracetamol after the argument',
      'I think he swallowed loads of his mum\'s tablets',
      'she downed two packets of ibuprofen',
      'he has taken a handful of co-codamol',
    ]);
  });

  it('is not when it is of anything else', () => {
    expectAlerts([
      'I took the whole week off to rest my back',
      'I took all the boxes up to the loft and now my shoulder aches',
      'I drank a whole bottle of water after the run and feel fine',
      'I took too many photos of my mole to compare, is it changing?',
    ], false);
  });
});

describe('the word shock', () => {
  it('is not circulatory shock when it is surprise or a small zap', () => {
    expectAlerts([
      'I am in shock after the results came back normal, so relieved',
      'it was a shock to see my blood pressure so low at 118 over 75',
      'I keep getting static shocks off the trolley at work',
    ], false);
  });

  it('is still shock when told as a state', () => {
    expectAlerts(['after the crash he went into shock, cold and confused', 'the paramedic said she is in shock'], true);
  });
});

describe('an electric shock', () => {
  it('from the mains, with a symptom after it, alerts', () => {
    expectRuleFires('electric_shock', [
      'I got an electric shock changing a light fitting and my arm is numb',
      'my son was electrocuted by a frayed cable and his heart is racing',
      'got a nasty electric shock from the washing machine, my chest feels funny',
    ]);
  });

  it('as a kind of pain, or with nothing after it, does not', () => {
    expectAlerts([
      'pains like an electric shock shoot through my face when I shave',
      'I get electric shock sensations down my back when I bend my neck',
    ], false);
  });
});
