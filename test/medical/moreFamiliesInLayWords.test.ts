import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: emergencies in lay words with no path to an alert: a face "gone funny on one side", "an
// elephant sitting on my chest", a throat that "feels weird and tight" after a food, a child scalded by
// a pan of boiling water, pain "moving to the right side", redcurrant-jelly stools, a baby of weeks who
// "feels really hot", an eye swollen shut with a temperature, pain far worse than a cut looks, a near
// drowning, a snake bite. Phrasings are our own; each family has a look-alike that must stay calm.
describe('more emergency families in lay words', () => {
  const cases: [string, string][] = [
    ['my dads face has gone all funny on one side and hes talking funny', 'stroke_fast'],
    ['feels like an elephant sitting on my chest and im sweaty', 'cardiac_chest_pain'],
    ['my throat feels weird and tight after i ate some cashews', 'anaphylaxis'],
    ['my daughter pulled a pan of boiling water over her arm and chest', 'large_burn'],
    ['my 10 year old has pain round his belly button moving to the right side, hes being sick and has a temp', 'acute_abdomen'],
    ['my baby keeps screaming and pulling his legs up and his poo looks like redcurrant jelly', 'intussusception'],
    ['my 6 week old feels really hot and isnt feeding well', 'infant_fever'],
    ['my sons eye is swollen shut and red and he has a temperature', 'eye_swelling_fever'],
    ['the pain in my leg is way worse than the little cut looks and its spreading fast', 'pain_out_of_proportion'],
    ['my son nearly drowned in the pool, hes coughing a lot and breathing fast', 'near_drowning'],
    ['i was bitten by a snake on my ankle while hiking', 'venomous_bite'],
  ];
  it.each(cases)('%s', (message, rule) => {
    expectAlerts([message], true);
    expect(firedRules(message)).toContain(rule);
  });

  it('look-alikes stay calm', () => {
    expectAlerts(
      [
        'my face feels funny after the dentist injection, numb on one side',
        'my baby cries in the evening and pulls her legs up, feeding and pooing fine',
        'i feel hot in this weather and a bit tired',
        'my eyes are puffy in the morning after a late night',
        'my throat is scratchy with a cold',
        'i spilled some hot tea on my hand, small red patch',
        'the pain in my knee is worse than it looks on the x-ray my physio said',
        'we went swimming and he went under for a second, hes fine',
        'my dog bit me on the hand, small scratch',
        'he feels hot and sweaty with a runny nose and sore throat, no fever',
      ],
      false,
    );
  });
});
