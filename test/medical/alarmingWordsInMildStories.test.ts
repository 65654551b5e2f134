import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// The same fresh sets (session 39) raised nine false alarms on self-care stories: each mechanism is
// pinned both ways, in other words than the set's.
describe('alarming words in stories that are mild', () => {
  it('does not alert on an allergic reaction named with breathing fine and the face untouched, but does with swelling', () => {
    expectAlerts(["I think I'm having an allergic reaction to a new shampoo, itchy spots on my neck, lips and face are fine, breathing normal"], false);
    expectAlerts(["I think I'm having an allergic reaction to a new shampoo, my lips are swelling"], true);
  });

  it('does not read "have I overdosed?" about ordinary doses as an overdose, but still reads a large one', () => {
    expectAlerts(['had 2 co-codamol at lunch and then 2 paracetamol at 6, did I overdose?'], false);
    expectAlerts(['I took 30 paracetamol an hour ago, have I overdosed?'], true);
  });

  it('reads an anniversary as the past', () => {
    expectAlerts(["it's two years today since my dad had his heart attack and died, I keep crying, I'm safe"], false);
  });

  it('does not alert on a cut that bled a lot and stopped with pressure', () => {
    expectAlerts(['caught my finger on a tin lid, loads of blood at first, I held a towel on it for ten minutes and it has stopped'], false);
  });

  it('reads "a banging head" as a headache, not a blow to the head', () => {
    expectAlerts(["woke up with a banging head after the wedding and I've been sick twice, keeping water down now"], false);
    expectRuleFires('head_injury', ['banged my head on the cupboard and I have been sick three times']);
  });

  it('does not alert on a painful stripe of blisters on one side of the chest (shingles)', () => {
    expectAlerts(['painful burning stripe on one side of my chest and today a blistery rash along the same band, 69'], false);
  });

  it('does not alert on oxygen at a COPD patient\'s usual level, but does on a low one or one told worse', () => {
    expectAlerts(['I have emphysema, my oxygen reads 90% which is my usual, no change in my breathing'], false);
    expectAlerts(['I have emphysema, my oxygen reads 85% and I am more breathless than usual'], true);
  });

  it('does not alert on a hypo treated with sugar and over, but does on one that leaves someone confused', () => {
    expectAlerts(['had a hypo at 3.4 this morning, type 1, took glucose gel, now 6.0 and feel normal now'], false);
    expectAlerts(['type 1 diabetic, went low before lunch, had some jelly babies but he is still confused and not making sense'], true);
  });

  it('reads seizures counted over a month as a rising frequency, not a cluster', () => {
    expectAlerts(['I have epilepsy, 4 fits in the last month instead of my usual 2, each one brief and I came round fine'], false);
    expectAlerts(['I have epilepsy and I have had 3 fits today one after another'], true);
  });

  it('does not give a breastfeeding mother\'s fever to her baby, but does the baby\'s own', () => {
    expectAlerts(["breastfeeding my 5 week old, I've got a sore red lump in my breast and a temperature of 38.4"], false);
    expectRuleFires('infant_fever', ['breastfeeding my 5 week old and she has a temperature of 38.4']);
  });

  it('does not alert on a child out of breath after a sprint who was fine a minute later, but does on blue lips', () => {
    expectAlerts(['my 7 year old said he couldn\'t breathe after running round the park but was fine again after a minute'], false);
    expectAlerts(['my 7 year old can\'t breathe after running round the park and his lips are blue'], true);
  });
});

// The second round (K to N) raised seven false alarms; the mechanisms, both ways.
describe('alarming words in the second round\'s mild stories', () => {
  it('reads "can\'t breathe" after a blocked nose as congestion, but not breathlessness told alone', () => {
    expectAlerts(["nose so blocked I feel like I can't breathe, streaming cold, otherwise fine"], false);
    expectAlerts(['I can hardly breathe and my lips are going grey'], true);
  });

  it('reads a general claim about what a symptom means as no finding', () => {
    expectAlerts(['my dad reckons chest pain always means a heart attack, mine is a sharp twinge when I press on the rib I bruised at football'], false);
  });

  it('reads a heart attack believed then and settled as the past, but not one still feared now', () => {
    expectAlerts(['last night I thought I was having a heart attack but it was a panic attack and settled with breathing, fine today'], false);
    expectAlerts(['I think I am having a heart attack'], true);
  });

  it('reads "seizure free" as no seizure', () => {
    expectAlerts(['my son has epilepsy, seizure-free for two years on his tablets, can he go on a school trip abroad?'], false);
  });

  it('reads another person\'s illness told as the reason for the writer\'s worry as background, unless told as now', () => {
    expectAlerts(["my best friend had a stroke at 40 and it scared me, I get pins and needles in my hands when I type"], false);
    expectAlerts(['my brother had a blood clot in his leg so I am worried, I am flying to Spain next month, any tips?'], false);
    expectAlerts(['my mum had a stroke this morning and I am panicking, she cannot lift her arm'], true);
  });

  it('reads a hypo told over with "feel fine" as treated', () => {
    expectAlerts(['type 1, had a hypo at work, 3.2, had some lucozade, 15 mins later 7.4 and I feel fine'], false);
  });

  it('reads "90F" in a care note as age and sex, not a temperature, but reads a temperature named as one', () => {
    expectAlerts(['Nursing home: resident 91F, constipated 4 days, eating and drinking, passing wind, tummy soft'], false);
    expectAlerts(['temp 93F, found outside in the snow, shivering'], true);
  });

  it('reads a bowel still passing wind as constipation, not obstruction, unless sick or in severe pain', () => {
    expectAlerts(["on codeine, haven't pooed for 5 days even with lactulose, not being sick, still passing wind, tummy a bit bloated"], false);
    expectAlerts(["no poo for 5 days, still passing wind but I've been vomiting all morning and my tummy is swollen"], true);
  });

  it('reads "not going to hurt myself" as a denial of intent', () => {
    expectAlerts(["my baby is 6 weeks old, I've felt flat and tearful for weeks, I'm not going to hurt myself or her"], false);
  });

  it('reads a band of blisters on one side of the chest, told as left or right, as shingles', () => {
    expectAlerts(['70M, painful band of blisters on L side of chest wrapping round to his back, started yesterday'], false);
  });

  it('gives a breastfeeding mother her own findings when the child is not named in them', () => {
    expectAlerts(['Breastfeeding my 2 week old. Left breast has a hot red lump, temp 38.3 and I feel achy all over'], false);
    expectAlerts(["breastfeeding my 2 week old, I'm worried, baby is floppy and hot, temp 38.3"], true);
  });

  it('reads a bleed ended a few clauses after it was told, and a question whether something is poisoning', () => {
    expectAlerts(['my son had a nosebleed in PE, lots of blood, the nurse held his nose and it stopped after 10 minutes, he is fine now'], false);
    expectAlerts(['my 4 year old ate a bit of soap in the bath, could that be poisoning?'], false);
    expectAlerts(['my 2 year old drank some bleach, is that poisoning?'], true);
  });
});

// Session 38's set B, left then: a usual attack of known panic disorder, chest tight, read as cardiac.
describe('a known panic disorder\'s usual attack', () => {
  it('does not alert on the usual attack with a tight chest and nothing of the heart, but does on one told different or with cardiac signs', () => {
    expectAlerts(["I've got panic disorder, this is one of my normal attacks, tight chest and tingly fingers, it always settles after a while"], false);
    expectAlerts(["I have panic attacks but this is different, heavy chest pain spreading to my left arm and I'm sweating"], true);
    expectAlerts(['my usual panic attack I think, chest tight, but I am grey and clammy'], true);
  });
});

