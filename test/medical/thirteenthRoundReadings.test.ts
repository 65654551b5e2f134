/**
 * Readings found by a thirteenth round of sets written by others (the belly and bowels; the head,
 * nerves and back; fevers, infections, heat and cold), pinned here in phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { decide, expectAlerts, expectLevel, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('a denied action before a comma', () => {
  it('does not carry "not easing off" or "won\'t settle down" over to the finding after the comma', () => {
    expectRuleFires('later_pregnancy_bleeding', ["I'm 34 weeks, the cramping won't settle down at all, some bleeding as well"]);
    expectAlerts(["my belly pain isn't letting up at all, blood in my sick now"], true);
  });

  it('still carries a denial along a list of findings', () => {
    expectAlerts(['no headache at all, stiff neck or rash, just a runny nose and a temperature of 37.9'], false);
  });
});

describe('a past event dated by a season or a month', () => {
  it('reads "had a stroke in the spring" as history, not a stroke now', () => {
    expect(firedRules('my mum had a stroke back in March and now she gets tired easily')).not.toContain('stroke_fast');
    expect(firedRules('he had a heart attack over the summer, now he is short of breath walking uphill')).not.toContain('kb_named:heart_attack');
  });

  it('does not date what happens every season, and still reads a symptom now', () => {
    expect(analyzeMessage('my eyes stream in the summer every year').clauses.some((c) => c.historical)).toBe(false);
    expectRuleFires('stroke_fast', ['my face went droopy in the winter and now it has dropped again on the left']);
  });
});

describe('a condition asked about against what is told', () => {
  it('does not alert for a condition asked about when the findings rank others and some of its signs are denied', () => {
    expectAlerts(['windy cramps all over my belly after a curry, they ease when I fart. Is this appendicitis? no temperature, not vomiting'], false);
  });

  it('still alerts for a condition asked about alone, with nothing denied, or with findings that fit it', () => {
    expectAlerts(['am I having a heart attack?', 'could this be meningitis? he has a headache and a high temperature', 'could it be appendicitis? pain went from my belly button to the lower right, no diarrhoea'], true);
  });
});

describe('sepsis told by its moderate criteria', () => {
  it('alerts for an infection with two or more of: rigors, a fast pulse, a recent operation, an infected wound, little urine', () => {
    expectRuleFires('sepsis_moderate_criteria', [
      'my hip op was 9 days ago, the scar is red and weeping and my pulse is 118',
      'kidney infection, shaking uncontrollably under two duvets and I have barely peed today',
    ]);
  });

  it('does not alert for a flu with a temperature, the shivers and a pounding heart', () => {
    expectAlerts(['flu since yesterday, temp 38.6, shivery, heart pounding a bit, drinking loads, 29 and healthy'], false);
  });

  it('reads a spleen taken out as a weak immune system, so a fever alerts', () => {
    expectRuleFires('immunosuppressed_fever', ['they took my spleen out after a bike accident, temp 38.7 and achy', 'I have no spleen, temperature 38.3 since lunch']);
  });
});

describe('carers acting on the writer', () => {
  it('reads "they took my ... out" as the writer\'s own, and "they gave my son ..." as the son\'s', () => {
    expect(analyzeMessage('they took my appendix out on Friday').clauses[0]?.subject).toBe('self');
    expect(analyzeMessage('they gave my son antibiotics yesterday').clauses[0]?.subject).toBe('third_party');
  });
});

describe('cold water and a body that stopped shivering', () => {
  it('reads a fall into a reservoir or a quarry as cold exposure', () => {
    expectRuleFires('hypothermia', ['he went into the quarry for a swim, got out blue, no longer shivering and talking rubbish']);
  });
});

describe('a sudden severe pain low on one side', () => {
  it('alerts for a sudden severe pain low on one side of the belly with vomiting', () => {
    expectRuleFires('acute_abdomen', ['out of nowhere an awful pain low down on the left, I keep throwing up and cannot get comfy']);
  });

  it('does not read a pain in the lower back on one side as the belly', () => {
    expectAlerts(['sharp pain in my lower right back after gardening, sick once from the painkillers'], false);
  });
});

describe('a plain short fever', () => {
  it('keeps a fever under three days in a well adult or an older child at home', () => {
    expectLevel(['temp 38.4 since last night with a sore throat and aches, 31, no health problems, drinking fine', 'my 6 year old has had 38.2 since this morning after his jabs, playing happily'], 'self_care');
  });

  it('still asks for a doctor for a fever of three days, a baby under six months, or in the weeks after a birth', () => {
    expectLevel(
      ['fever of 38.5 for four days now with a cough, 40 years old', 'my 4 month old has a temperature of 38.3, feeding ok', 'breastfeeding my 2 week old, temp 38.1 and a sore red patch on my breast'],
      'non_emergency',
    );
  });
});

describe('dizziness, spinning and tingling with their cause told', () => {
  it('keeps dizziness after standing too fast or a missed meal, spinning after a fair ride, and a knocked funny bone at home', () => {
    expectLevel(
      [
        'got up too quickly from the bath and went lightheaded for a moment, fine now',
        'skipped breakfast and felt a bit dizzy at 11, had a banana and it passed',
        'my hand went all tingly when I banged my funny bone on the table, already going off',
      ],
      'self_care',
    );
  });

  it('still asks about dizziness and tingling with no cause', () => {
    expectLevel(['keep getting dizzy out of nowhere for a fortnight', 'tingling in my left hand on and off for two weeks'], 'non_emergency');
  });
});

describe('"fit" that is not a seizure', () => {
  it('does not rank a seizure for someone "otherwise fit" or "fit and well"', () => {
    for (const text of ['pulled a muscle in my calf running, 35, otherwise fit', 'fit and well usually, just a runny nose']) {
      expect(diagnose({ analysis: analyzeMessage(text) }).possibilities.map((p) => p.conditionId)).not.toContain('seizure');
    }
  });

  it('still ranks a seizure told as a fit', () => {
    for (const text of ['my son had a fit for two minutes this morning', "she's fitting and her lips are blue"]) {
      expect(diagnose({ analysis: analyzeMessage(text) }).possibilities[0]?.conditionId).toBe('seizure');
    }
  });
});

describe('weakness climbing to the hands, food stuck with no swallow, sickness that keeps nothing down', () => {
  it('alerts for tingling then weakness from the legs to the hands', () => {
    expectRuleFires('guillain_barre', ['after a chest infection my legs went weak and numb, and now my hands are weak as well']);
  });

  it('alerts for food stuck in the throat with spit that will not go down', () => {
    expectRuleFires('swallowed_object_stuck', ['a lump of chicken stuck in my throat since dinner and I keep drooling, cannot swallow my spit']);
  });

  it('reads "can\'t even keep water down" as nothing kept down', () => {
    expect(decide("8 weeks pregnant and I can't even keep water down since yesterday").level).toBe('emergency');
  });
});

describe('heatstroke named', () => {
  it('alerts for heatstroke named as happening, without reading it as a stroke', () => {
    const rules = firedRules('pretty sure my grandad has heatstroke, he was in the greenhouse all afternoon');
    expect(rules).toContain('kb_named:heat_stroke');
    expect(rules).not.toContain('stroke_fast');
  });
});
