/**
 * Chest pain with its own explanation is not undifferentiated chest pain: a burning that has come with
 * meals, lying flat or a sour taste for weeks (a pattern of reflux, not an event), or a pain made worse
 * by pressing on the spot. Anything that points at the heart, the lungs or shock keeps the alert, and so
 * does the same pain told as new. Found by probes of our own; the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

describe('a reflux pattern told over weeks', () => {
  it('asks for a doctor, without an emergency frame', () => {
    expectLevel(
      [
        'For six weeks I have had a burning feeling in the middle of my chest after big dinners, with a bitter taste in my mouth',
        'A 44-year-old man reports retrosternal burning when he lies flat at night for the past month, with acid coming up into his throat. No dyspnoea.',
        'my chest burns after spicy food and when I bend over, it has been like this for three weeks',
      ],
      'non_emergency',
    );
  });

  it('still alerts with exertion, sweating, breathlessness or fainting, or when it is new', () => {
    expectRuleFires('chest_pain_adult', [
      'burning chest pain after meals for a month, and today it came on when I was climbing the stairs',
      'I have had a burning pain in my chest after meals for a month and now I am sweating and breathless with it',
      'my chest has been burning since lunch and I have a sour taste',
      'burning pain in my chest after eating, started an hour ago',
    ]);
  });
});

describe('a chest pain made worse by pressing on it', () => {
  it('is the chest wall, even when the pressing comes a few words after the pain', () => {
    expectAlerts(
      [
        'a sharp pain on the right side of my chest that gets worse when I press on that spot',
        'A 30-year-old woman has a sore area at the front of the chest that worsens when she pushes on her breastbone; vital signs normal.',
      ],
      false,
    );
  });

  it('is not, when the heart speaks too', () => {
    expectRuleFires('chest_pain_adult', ['the pain in my chest is worse when I press on it and I am sweating and feel sick']);
  });
});
