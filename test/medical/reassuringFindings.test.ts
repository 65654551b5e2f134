import { describe, expect, it } from 'vitest';
import { alerts, decide } from './urgencyHelpers.ts';

describe('reassuring findings lower the level instead of raising it', () => {
  it.each([
    'toddler has spots on his tummy, I pressed a glass on them and they faded',
    'did the tumbler test on the rash and it disappears',
    'red blotches on her legs but they blanch when I press them',
  ])('a rash that fades under pressure does not call meningitis: %s', (message) => {
    expect(alerts(message)).toBe(false);
  });

  it.each(['the spots do not fade when I roll a glass over them', 'rash on his legs, under a glass you can still see it'])(
    'a rash that stays under a glass still alerts: %s',
    (message) => {
      expect(alerts(message)).toBe(true);
    },
  );

  it.each([
    'my chest is sore but only when I press on my breastbone, I think I strained it lifting',
    'pain in the chest wall that hurts when I push on the ribs',
  ])('chest pain reproduced by pressing on the chest wall does not alert: %s', (message) => {
    expect(alerts(message)).toBe(false);
    expect(decide(message).level).not.toBe('emergency');
  });

  it('chest-wall tenderness does not hide a heart sign', () => {
    expect(alerts('chest hurts when I press on it but I am also sweaty and it spreads to my left arm')).toBe(true);
  });

  it.each(['heavy nosebleed for half an hour but it has stopped now', 'the bleeding has finally stopped after I pressed on it for 15 minutes'])(
    'a bleed that stopped does not alert: %s',
    (message) => {
      expect(alerts(message)).toBe(false);
    },
  );
});

describe('negatively phrased positive findings count', () => {
  it.each([
    ['have not had a poo or passed any wind since Friday and keep throwing up', 'bowel_obstruction'],
    ["he hasn't pooed for four days, his belly is swollen and hard and he is being sick", 'bowel_obstruction'],
    ["bad lower back pain and I haven't been able to wee since last night", 'cauda_equina'],
    ['my back went this morning and now I cannot feel my legs properly', 'cauda_equina'],
  ])('%s', (message, rule) => {
    expect(decide(message).emergency.rules.map((r) => r.rule)).toContain(rule);
  });

  it('an ordinary negation still removes the finding', () => {
    expect(alerts('no vomiting, no tummy pain, passing wind normally')).toBe(false);
  });
});
