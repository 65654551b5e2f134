/**
 * Readings found by a seventh round of sets written by others (Spanish and French as people text, English
 * from many communities, structured vignettes), pinned here in phrasings of our own, both sides of each line.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a denied effect of a treatment does not deny what follows it', () => {
  it('keeps the findings after "the tablets aren’t helping"', () => {
    expectRuleFires('preeclampsia', [
      '36 weeks pregnant, headache for two days that the tablets aren’t helping, blurry vision, ankles and hands swollen',
      'pregnant 33 weeks, bad head all day which ibuprofen doesn’t touch, seeing sparkles, my face has puffed up',
    ]);
  });

  it('still denies a list that a finding told as a verb heads', () => {
    const analysis = analyzeMessage('I have a headache, not vomiting, stiff neck or rash');
    const denied = analysis.clauses.filter((c) => c.negated).map((c) => c.text.trim());
    expect(denied).toEqual(expect.arrayContaining(['stiff neck or rash']));
    expectAlerts(['I have a headache, not vomiting, stiff neck or rash'], false);
  });
});

describe('a bladder that passes nothing', () => {
  it('alerts when not a drop passes, whatever the stream was like before', () => {
    expectRuleFires('acute_urinary_retention', [
      "my grandad hasn't been able to pass a drop of urine since last night, his lower tummy is tight and sore, he's had a slow dribbly stream for ages",
      "I can't pass any urine at all since this morning and my belly is swollen and painful, my flow has been weak for months",
    ]);
  });

  it('does not alert for a stream that only burns or is weak', () => {
    expectAlerts(["it burns when I pee and I can't pee much at a time, a bit of lower tummy pain", 'weak stream and getting up at night to pee for a year'], false);
  });
});

describe('a known panic pattern in an exam or an interview', () => {
  it('is not an emergency when it settled in minutes', () => {
    const level = decide(
      "I have panic disorder. In the middle of my job interview my heart pounded, my chest felt tight and my hands tingled; it settled in 10 minutes with slow breathing",
    ).level;
    expect(level).not.toBe('emergency');
  });

  it('stays an emergency when the tight chest goes on', () => {
    expectAlerts(['during my exam my chest went tight and heavy, it is still there 40 minutes later and I am sweaty and sick'], true);
  });
});

describe('dengue with a warning sign', () => {
  it('alerts for bleeding, repeated vomiting or a severe tummy pain in dengue', () => {
    expectRuleFires('dengue_warning_signs', [
      'my son has dengue, the fever broke yesterday but today his nose keeps bleeding',
      'diagnosed with dengue 4 days ago, now I keep vomiting and cannot keep water down',
      'dengue day 6, severe stomach pain since this morning',
    ]);
  });

  it('does not alert for dengue without one, or a negative dengue test', () => {
    expectAlerts(['I have dengue, day 2, high fever and aching joints, drinking plenty', 'the dengue test was negative, I have a mild fever and a rash'], false);
  });
});

describe('violence done or threatened now', () => {
  it('alerts for a weapon or a hand on the throat', () => {
    expectRuleFires('attacked_or_threatened', [
      'my partner came at me with a kitchen knife tonight, I locked myself in the bathroom',
      'my ex strangled me yesterday and my throat still hurts to swallow',
      'he put his hands around my neck and squeezed until I saw stars',
    ]);
  });

  it('does not alert for a figure of speech or a choke on food', () => {
    expectAlerts(['my dad is going to kill me when he sees the car, and I have a headache', 'I choked on a crisp earlier but it went down fine', 'that film choked me up'], false);
  });
});

describe('lay words for an ectopic pregnancy, an open fracture, speech and saved-up pills', () => {
  it('reads a late period, a pain low on one side and a shoulder that hurts', () => {
    expectRuleFires('pregnancy_bleeding_pain', ["I'm three weeks late, sudden sharp pain low on the left and I nearly passed out, it even goes up into my shoulder"]);
    expect(decide("I'm 2 weeks late for my period, is it too early to test?").level).not.toBe('emergency');
  });

  it('reads a bone that came out and speech told by its manner', () => {
    expectRuleFires('open_fracture', ['fell off my bike and a bit of bone came out through my shin']);
    expectRuleFires('stroke_fast', ['my uncle is suddenly talking weirdly and one side of his face has dropped']);
  });

  it('reads pills gathered up beside despair', () => {
    expectRuleFires('suicidal_intent', ["I can't cope anymore, I have gathered all of my nan's tablets in my room"]);
  });
});

describe('Spanish and French as people text', () => {
  it('reads spoken French’s doubled subject once', () => {
    const gloss = analyzeMessage('mon pere il parle bizarre et sa main elle lache tout').normalized;
    // The glossary gives "il parle" as "he's talking" since the supplement: the contraction keeps its verb.
    expect(gloss).toMatch(/^my (?:father|dad) (?:talks|is talking) strangely/);
    expect(gloss).not.toMatch(/\b(?:father|dad) he\b|\bhand she\b/);
  });

  it('puts a finding’s adjective before its noun', () => {
    expect(analyzeMessage("j'ai un bruit bizarre dans l'oreille depuis ce matin").normalized).toContain('strange noise');
    expect(analyzeMessage('il a une toux bizarre et une tache noire sur le bras').normalized).toMatch(/strange cough.*black spot/);
  });

  it('reads "va me tuer" as a figure of speech and "je veux me tuer" as intent', () => {
    expectAlerts(['ce boulot va me tuer, je dors mal et j ai mal au dos'], false);
    expectAlerts(["je veux me tuer, j'en peux plus"], true);
  });

  it('reads a French glucose in g/L', () => {
    expect(extractVitals('glycemie 1,05 g/l ce matin').glucoseMgDl).toEqual([105]);
    expect(extractVitals('hemoglobine 95 g/l').glucoseMgDl).toEqual([]);
  });

  it('reads Latin American slang for a testicle', () => {
    expectRuleFires('testicular_torsion', ['me empezo de repente un dolor muy fuerte en un huevo y vomite']);
  });

  it('reads a gas water heater in French', () => {
    expectRuleFires('carbon_monoxide', ['depuis que le chauffe-eau au gaz marche, toute la maison a mal a la tete et mon fils est somnolent']);
  });
});
