/**
 * Readings found by a twelfth round of sets written by others (sexual, reproductive and urological
 * health; eyes, ears, mouth and skin; clinical vignettes), pinned here in phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { decide, expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('a feeling told as a collision', () => {
  it('does not read "like I was hit by a bus" as a collision, and still reads one told as it happened', () => {
    expectAlerts(
      [
        "I feel like I've been run over by a steamroller, every muscle aches after the flu jab",
        'she says it feels like she has been hit by a train, three days after her first spin class, legs stiff',
      ],
      false,
    );
    expectRuleFires('high_energy_injury', ['my dad got knocked down by a van in the car park twenty minutes ago']);
  });
});

describe('a belly pain told as "killing me"', () => {
  it('reads the belly told as killing someone as its pain, so a faint with grey sweaty skin after it alerts', () => {
    expectRuleFires('acute_abdomen', ["my wife's tummy has been killing her all afternoon and she just keeled over, now she's clammy"]);
  });
});

describe('labour well under way', () => {
  it('alerts for contractions a few minutes apart, waters told as fluid coming out with contractions, or an urge to push', () => {
    expectRuleFires('labour_advanced', [
      'no idea I was pregnant, but these cramps come every two minutes now and my belly is rock hard',
      "I'm 40 weeks, contractions since 6am and a load of fluid gushed out onto the kitchen floor",
      'my sister is 38 weeks and says she has to push, the midwife is an hour away',
    ]);
  });

  it('does not alert for early labour at term, or for needing to push on the toilet', () => {
    expectAlerts(["41 weeks, tightenings every 12 minutes since breakfast, my waters haven't gone, when do I go in?"], false);
    expectAlerts(['constipated for 4 days and I need to push really hard to go, no blood'], false);
  });
});

describe('drooling told as dribbling', () => {
  it('reads a feverish child dribbling with a high-pitched breath in as the airway', () => {
    expectAlerts(['my 4 year old has a high temperature, is dribbling and making a squeaky noise when he breathes in'], true);
  });

  it('does not read urine or a football dribbling as drooling', () => {
    expectAlerts(['my son has a cold and a temperature of 38.2, and he was dribbling the ball round the garden all day'], false);
  });
});

describe('"a lot" is not a severity word on its own', () => {
  const levelOf = (message: string) => decide(message).level;
  it('keeps a cold with a lot of coughing or sneezing at home', () => {
    expect(levelOf("been coughing a lot with this cold for 3 days, no fever, eating and sleeping fine")).toBe('self_care');
    expect(levelOf('sneezing a lot and a runny nose since yesterday, no fever')).toBe('self_care');
  });

  it('still reads a pain that hurts a lot as severe', () => {
    expect(levelOf('my wrist hurts a lot since I fell on it this morning')).not.toBe('self_care');
  });
});

describe('bleeding that recurs is not bleeding that will not stop', () => {
  it('does not read a little bleeding that keeps coming back after sex as uncontrolled', () => {
    expect(firedRules('I keep bleeding a little after intercourse, on and off since the summer')).not.toContain('severe_bleeding');
  });

  it('still reads a wound that keeps on bleeding as uncontrolled', () => {
    expectRuleFires('severe_bleeding', ['cut my palm on a broken glass and it keeps bleeding through the tea towel']);
  });
});

describe('a yellow discharge is not jaundice', () => {
  it('does not read eyes stuck with yellow crust or goo as yellow eyes', () => {
    expect(decide("my son's eyes were glued shut with yellow goo when he woke, he's fine otherwise").reasons.join(' ')).not.toMatch(/jaundice/i);
  });

  it('still reads the whites of the eyes gone yellow', () => {
    expect(decide('the whites of my eyes have gone yellow this week and my pee is dark').level).not.toBe('self_care');
  });
});

describe('morning sickness with food and drink kept down', () => {
  it('keeps sickness in early pregnancy at home when fluids stay down', () => {
    expect(decide("8 weeks pregnant, nauseous all day and sick twice this morning, but I'm keeping toast and water down and weeing fine").level).toBe('self_care');
  });

  it('still asks for a doctor when fluids barely stay down, and alerts when none do', () => {
    expect(decide('11 weeks pregnant, vomiting since yesterday and hardly keeping any drinks down').level).toBe('non_emergency');
    expect(decide("10 weeks pregnant and I can't keep even sips of water down since last night").level).toBe('emergency');
  });
});

describe('risk factors are not a condition\'s hallmark symptoms', () => {
  it('does not rank a clot in the brain for someone who only mentions the pill', () => {
    const ranked = diagnose({ analysis: analyzeMessage("split condom last night, I'm on the pill and haven't missed any, do I need anything else?"), profile: undefined });
    expect(ranked.possibilities.map((p) => p.conditionId)).not.toContain('cerebral_venous_sinus_thrombosis');
  });

  it('does not read red cheeks as a cortisol excess', () => {
    const ranked = diagnose({ analysis: analyzeMessage('my 9 month old has red cheeks and is chewing on everything'), profile: undefined });
    expect(ranked.possibilities.map((p) => p.conditionId)).not.toContain('cushing_syndrome');
  });
});

describe('a temperature told as what a child "is"', () => {
  it("reads \"she's 39.1\" as a temperature, and a weight or a gestation with its unit as none", () => {
    expect(extractVitals("she's 39.1 and her eye is puffy and red").temperatureC).toEqual([39.1]);
    expect(extractVitals("he was 38.7 an hour ago").temperatureC).toEqual([38.7]);
    expect(extractVitals("she's 38.5 weeks and has a backache").temperatureC).toEqual([]);
    expect(extractVitals("he's 36.5 kg now").temperatureC).toEqual([]);
  });
});

describe('a tooth knocked out is not a person knocked out', () => {
  it('does not read teeth knocked out as unconsciousness, and still reads a person knocked out', () => {
    expect(firedRules('my 5 year old fell off the slide and knocked out one of his baby teeth, bleeding a little, otherwise happy')).not.toContain('unresponsive');
    expect(firedRules('her front tooth got knocked out by a swing, she is 12 and we have it in milk')).not.toContain('unresponsive');
    expectRuleFires('unresponsive', ['my brother got knocked out in a fight and is still groggy']);
  });
});

describe('the French urge to push', () => {
  it('reads "envie de pousser" in late pregnancy as labour well on', () => {
    expectRuleFires('labour_advanced', ["je suis à 38 semaines et j'ai envie de pousser, la sage-femme n'est pas là"]);
  });
});

describe('emergencies the knowledge base now knows by their lay words', () => {
  it('alerts for an assault just told, a penis that snapped, something flying into an eye, a permanent tooth out, a chemical splash and a lens wearer\'s white spot', () => {
    expectAlerts(
      [
        "I was raped at a party last night and I'm bleeding and sore down there",
        'heard a snap during sex an hour ago, went soft instantly and now my penis is purple and swelling',
        'grinding metal without goggles and something flew into my eye, now the pupil is a funny shape and vision is blurry',
        'my 15 year old had his adult front tooth knocked out at hockey, we have the tooth',
        'splashed oven cleaner in my eye 5 minutes ago',
        "I wear contact lenses and my eye is really painful, red, can't stand light and there's a white spot on it",
      ],
      true,
    );
  });
});
