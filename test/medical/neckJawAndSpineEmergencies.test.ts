import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regressions, phrasings our own:
// - a swollen floor of the mouth and neck with trouble swallowing (Ludwig's angina) needed a fever or
//   noisy breathing beside drooling before anything alerted;
// - giant cell arteritis with a sight symptom had no rule;
// - back pain with both legs weak or numb alerted only as "can't feel my legs";
// - "glands swollen with this sore throat" read as a swollen throat and alerted as anaphylaxis.
describe('emergencies of the neck, the temporal artery and the spine', () => {
  it('a swollen neck or floor of the mouth with trouble swallowing alerts', () => {
    const m = 'since the wisdom tooth went bad the floor of my mouth is swollen and hard and I can barely swallow';
    expect(firedRules(m)).toContain('deep_neck_infection');
  });

  it('over 50 with jaw pain on chewing or a tender scalp and a change in sight alerts', () => {
    const messages = [
      "I'm 77, it hurts to brush my hair, my temples are sore and since this morning my vision has gone blurry in one eye",
      '64 year old with jaw ache when eating and now double vision',
    ];
    for (const m of messages) expect(firedRules(m), m).toContain('temporal_arteritis_sight');
  });

  it('back pain with both legs weak or numb alerts', () => {
    const messages = [
      'bad back for a week and now both my legs feel numb and keep giving way',
      '58 year old with prostate cancer, new back pain, his legs are weak and he is struggling to walk',
    ];
    for (const m of messages) expect(firedRules(m), m).toContain('cauda_equina');
  });

  it('tonsillitis glands, a teething baby, one weak leg with sciatica and a tired-eyed cold do not', () => {
    expectAlerts(
      [
        'my neck glands are swollen with this sore throat and it hurts to swallow',
        'tonsils swollen and a sore throat for 3 days, eating is painful',
        'teething, dribbling loads, gums swollen, a bit grumpy',
        'sciatica down my left leg, that leg feels a bit weak, back ache',
        "I'm 70 and my temples ache with this cold, my eyes are a bit tired",
      ],
      false,
    );
  });
});

// Regression: an older person's tummy pain going through to the back with faintness alerted only when
// told "sudden" and "severe" as well. Phrasings are our own.
describe('a tummy pain through to the back with faintness over 55', () => {
  it('alerts as a possible burst aneurysm; a young adult or no faintness does not', () => {
    expect(firedRules('my husband is 71, his belly pain goes straight through to his back and he nearly passed out')).toContain('aortic_aneurysm');
    expect(firedRules('I am 30, period pain going through to my back, a bit lightheaded')).not.toContain('aortic_aneurysm');
    expect(firedRules('I am 66, indigestion that goes through to my back after a big meal')).not.toContain('aortic_aneurysm');
  });
});
