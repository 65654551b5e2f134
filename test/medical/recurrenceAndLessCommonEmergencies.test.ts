/**
 * Found by ten sets written for session 36 and scored once before any change aimed at them: emergencies
 * of the eye, throat, teeth, cold, heat and water (17 of 20 alerted); a past illness told beside the one
 * now (13 of 15); drink and drugs (8 of 11); crises without the words (11 of 15); pregnancy (12 of 14);
 * Spanish and French (14 of 16); older adults (12 of 15); children (12 of 15); the heart without chest
 * pain (9 of 12). The phrasings here are new ones, each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a past emergency told as happening again', () => {
  it('names the past condition now when the person says it is back or likens the present to it', () => {
    expect(decide('I had a stroke in 2021 and I think it is happening again').level).toBe('emergency');
    expect(decide('two years ago I had a clot in my lung and this feels just like that did').level).toBe('emergency');
    expect(decide("the pressure I've got feels exactly like my heart attack in 2017").level).toBe('emergency');
  });

  it('leaves a past emergency that is only history, denied, or feared as a habit', () => {
    expectAlerts(
      [
        'I had a heart attack in 2016 and want to get fit again, what exercise is safe?',
        'I had a stroke in 2020 and this headache is nothing like that was',
        'I had a clot in my leg years ago and I worry it is happening again whenever I fly',
        // Regression: another symptom happening again named the past heart attack.
        'I had a heart attack in 2019 and my cough is happening again',
      ],
      false,
    );
  });
});

describe('less common emergencies', () => {
  it('reads sight gone on waking, an eye struck in the passive voice, and a tooth infection reaching the neck', () => {
    expectRuleFires('sudden_vision_loss', ['I woke up this morning and I cannot see anything out of my right eye']);
    expectRuleFires('eye_blow_vision', ['his eye was struck by a golf ball and now everything looks double']);
    expectRuleFires('dental_infection_spreading', ['my wisdom tooth abscess has made my face swell and now it is swollen under my jaw and into my neck']);
    expectAlerts(
      [
        'I woke up and could not see out of my eye, it was glued shut with sleep',
        'I have a tooth abscess and my gum is a bit swollen',
        // Regression: swollen glands, and the "hard" of "hard to swallow", were read as a swollen, hard neck.
        "I've got tonsillitis, the glands are swollen under my jaw and it's hard to swallow",
        'sore throat and swollen glands in my neck, a bit hard to swallow',
      ],
      false,
    );
  });

  it('reads a drink spiked with drowsiness, injecting without the drug named, and a person gone blue', () => {
    expectRuleFires('drug_toxicity', ['I think someone drugged my drink, I can hardly stay awake']);
    expect(decide("my cousin had been injecting, he's blue and won't wake").level).toBe('emergency');
    expectAlerts(['she is blue about failing her driving test', 'he was blue in the face from arguing with the referee', 'I am injecting my insulin twice a day now'], false);
  });

  it('reads a child at the medicine cabinet with a sign, a hard groin lump with vomiting, and a belly blow with pallor', () => {
    expectRuleFires('overdose_poisoning', ["my 2 year old got into nana's tablets and now he's wobbly and drowsy"]);
    expectRuleFires('strangulated_hernia', ["my baby has a lump in her groin that's hard and she keeps vomiting"]);
    expectRuleFires('abdominal_blow', ['my daughter was kicked in the stomach at karate and now she is pale and the pain is worse']);
    expectAlerts(["my toddler got into my vitamins, one's missing but he is happy and playing", 'my son was hit in the tummy by a ball, it hurts a little but he is fine'], false);
  });

  it('reads a slow pulse told after a comma, indigestion with shock signs, and an ache across the shoulders', () => {
    expectRuleFires('heart_rate', ['my mother feels faint, her pulse is slow, around 36']);
    expectRuleFires('indigestion_with_shock', ['my husband is 61 with indigestion antacids do nothing for, he is grey and clammy']);
    expectRuleFires('cardiac_pain_elsewhere_at_risk', ["I'm 71, breathless and there's a heaviness across my shoulders since this afternoon"]);
    expectAlerts(['I had indigestion after a big meal and felt a bit sick and warm', 'I am 63 and my pulse is slow, around 52, I run marathons'], false);
  });

  it('reads a fall with a lump on the head on a blood thinner, and an older person more agitated than usual with a fever', () => {
    expectRuleFires('head_injury_anticoagulated', ['my dad is on apixaban, he fell in the garden and has a lump on his head']);
    expect(decide("my grandad is 86, he's far more agitated than usual and he's hot to the touch").level).toBe('emergency');
    expectAlerts(['my phone gets hot to the touch when it charges', 'my grandad has had a lump on his head for years, the GP says it is a cyst'], false);
  });
});

describe('crises and pregnancy told without the words', () => {
  it('reads a ligature, a way to die told as what comes next, talk of not being here, and voices telling someone to die', () => {
    expectRuleFires('suicidal_intent', ["my son has put a belt around his neck and locked his door"]);
    expectRuleFires('suicidal_intent', ["I can't take this anymore, tonight I'm going to wade into the river"]);
    expectRuleFires('suicidal_intent', ["my sister posted goodbye messages and keeps talking about not being around"]);
    expectRuleFires('mental_health_danger', ['she says the voices tell her she must die']);
    expectAlerts(
      ['I tied a scarf around my neck because it is cold', 'my dad keeps talking about not being here for my birthday because of work', 'the voices in the game tell you to die your armour red'],
      false,
    );
  });

  it('reads a crash in later pregnancy with pain, and a new mother disowning her baby', () => {
    expectRuleFires('pregnancy_abdominal_trauma', ["I'm 29 weeks, someone drove into the back of us and I've got pains now"]);
    expectRuleFires('postpartum_psychosis', ["my wife gave birth last week and keeps saying this is not her baby"]);
    expectAlerts(["I'm 29 weeks and had a car crash last year before I was pregnant", 'my sister had a baby last week and says she is not her old self, just tired'], false);
  });

  it('reads Spanish legs that do not move and French flashes before the eyes in pregnancy', () => {
    expect(decide('mi hermano se cayó del tejado y no puede mover las piernas').level).toBe('emergency');
    expect(decide("je suis enceinte de 35 semaines, j'ai mal à la tête et des mouches devant les yeux").level).toBe('emergency');
  });
});

describe('"one" for an episode named before it', () => {
  it('reads the episode in the anaphor\'s place', () => {
    expect(decide("my boy is epileptic and he's having a long one now, over 6 minutes").level).toBe('emergency');
    expect(decide("I had fits as a teenager, now my son just had his first one and it's lasted 8 minutes so far").level).toBe('emergency');
  });

  it('leaves a "one" that names nothing, or an episode that is not an emergency', () => {
    expectAlerts(['I get migraines and I am having a bad one today', 'my son has a cold and now my daughter has one too', 'one of my tablets fell on the floor'], false);
  });
});

describe('typing slips', () => {
  it('never corrects a word into one with another first letter ("vaping" is not "gaping")', () => {
    expectAlerts(['is vaping bad for my lungs?', 'my son started vaping at school'], false);
  });
});
