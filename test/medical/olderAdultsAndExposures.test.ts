/**
 * Found by batches written for session 33 and scored once before any change: emergencies in older
 * adults and people with a long-term illness (20 of 25 alerted), poisonings, cold, heat, falls and
 * drugs (21 of 25), and clinical vignettes (17 of 20); then a batch held back until those were fixed
 * (families and carers, 21 of 25). The phrasings here are new ones, each beside look-alikes that must
 * stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { expectAlerts, expectRuleFires, firedRules } from './urgencyHelpers.ts';

describe('emergencies in older adults and long-term illness', () => {
  it('reads someone "hardly responding" as not responding', () => {
    expectRuleFires('unresponsive', ['grandad has been in bed all day and is hardly responding to us', 'she is scarcely responsive this morning']);
  });

  it('reads sight gone dark in one eye that came back as a warning stroke, not a blow to the eye', () => {
    expectRuleFires('stroke_warning', [
      'I am 70 and everything went dark in my right eye for about five minutes, now it is back',
      "my husband's sight went grey in his left eye for a minute this morning and then cleared",
    ]);
    expect(firedRules('everything went dark in my right eye for about five minutes, now it is back')).not.toContain('eye_hit_at_speed');
    expectAlerts(['my vision goes blurry in my left eye when I read for too long'], false);
  });

  it('reads confusion or marked drowsiness told as a change as new', () => {
    expectRuleFires('new_confusion', [
      'my father has become really confused since lunchtime and keeps asking where he is',
      'my wife has liver disease and she has turned very drowsy, we can barely keep her awake',
      'he has gone extremely sleepy and vague today',
    ]);
    expectAlerts(
      [
        'I have become very drowsy since starting the new hay fever tablets',
        'my son has gone really sleepy after his night out',
        'mum has become confused about how to use her new tablet computer',
      ],
      false,
    );
  });

  it('reads a missed dialysis with weakness or a changed heartbeat as an emergency', () => {
    expectRuleFires('missed_dialysis', [
      'I skipped dialysis on Friday and Monday and now my legs are weak and my heart is fluttering',
      "he's on dialysis, missed his last two sessions, and he's being sick and breathless",
    ]);
    expectAlerts(['I am on dialysis and missed a session in the summer when I was away, I feel well'], false);
    expect(firedRules('after dialysis I missed my bus home and now I feel weak and tired')).not.toContain('missed_dialysis');
  });
});

describe('cold, falls, drink and drugs', () => {
  it('reads shivering that stopped, or stumbling, after cold as hypothermia', () => {
    expectRuleFires('hypothermia', [
      'we were lost on the hill overnight and my friend has stopped shivering and keeps stumbling',
      'she fell into the canal and now she is no longer shivering and seems slow',
    ]);
    expectAlerts(['I was outside for hours in the cold and my hands were a bit clumsy doing up my coat'], false);
  });

  it('reads a fall told by a height of three metres or ten feet as a high-energy injury', () => {
    expectRuleFires('high_energy_injury', ['my brother fell about 4 m from the scaffolding onto concrete', 'she fell 15 feet off a climbing wall']);
    expectAlerts(['I fell about 1 metre off a step and grazed my knee', 'I fell 10 days ago and my knee is still a bit stiff'], false);
  });

  it('reads heavy drinking stopped days ago, the drink left unsaid, with hallucinations as withdrawal', () => {
    expectRuleFires('alcohol_withdrawal_delirium', [
      "he's a heavy drinker, he quit on Sunday and now he's seeing spiders on the wall",
      'my brother has been an alcoholic for ten years, he gave up three days ago and now he is confused and sweating',
    ]);
    expect(firedRules('my uncle was an alcoholic, he stopped years ago and now hears voices at night')).not.toContain('alcohol_withdrawal_delirium');
    expectAlerts(['my dad drank heavily for years, he stopped in the spring and he is doing really well'], false);
  });

  it('reads noisy breathing after drugs as a blocked airway, not a sleep pattern', () => {
    expectRuleFires('severe_breathing', ['she took some pills at a party and she is not breathing right, making snoring noises']);
    expectAlerts(['I take codeine for my back pain and my partner says I snore loudly and stop breathing at night'], false);
  });
});

describe('clinical pictures', () => {
  it('reads bloody diarrhoea with very little urine as kidney failure after a bowel infection', () => {
    expectRuleFires('bloody_diarrhoea_little_urine', [
      'A 4-year-old girl with bloody diarrhoea for four days is now barely passing urine.',
      'my son has had diarrhoea with blood in it since the barbecue and has hardly peed today',
    ]);
    expectAlerts(['I had some blood in my diarrhoea once yesterday after a spicy meal, I am peeing normally'], false);
  });

  it('reads weakness of both legs told as growing over days as Guillain-Barré', () => {
    expectRuleFires('guillain_barre', [
      'Progressive weakness of both legs over three days after a stomach bug, now struggling with the stairs.',
      'since Monday her legs have been getting weaker and weaker and now her hands tingle',
    ]);
    expectAlerts(['both my legs feel weak after running a half marathon yesterday'], false);
  });

  it('reads a blow to the eye with double vision as an injury to see now', () => {
    expectRuleFires('eye_blow_vision', [
      "I was elbowed in the eye playing rugby and now I'm seeing double",
      'his eye is swollen shut after being kicked and he has blurred vision',
    ]);
    expectAlerts(['I have a black eye after walking into a door, my vision is fine'], false);
  });

  it('counts only firmly told findings toward the two a likely emergency rests on', () => {
    // "A bit clumsy" with gloves on is a cold day, not hypothermia; told firmly it is.
    expect(firedRules('I was out in the cold for hours in the garden and my fingers are a bit clumsy')).not.toContain('kb_likely:hypothermia');
    expectAlerts(['he was out in the cold all night, he is clumsy and his speech is slurred'], true);
  });
});

describe('what families and carers report', () => {
  it('reads fresh blood after a tonsillectomy, even told days later, as an emergency', () => {
    expectRuleFires('bleeding_after_tonsillectomy', [
      'my son had a tonsillectomy 9 days ago and there is blood coming out of his mouth',
      'I had my tonsils removed last Tuesday and I just coughed up some fresh blood',
    ]);
    expectAlerts(['I had my tonsils out as a child and I get the odd nosebleed that stops quickly'], false);
  });

  it('reads a fall and then a headache on a blood thinner as a head injury', () => {
    expectRuleFires('head_injury_anticoagulated', ['mum takes rivaroxaban, she had a fall at lunchtime and now she has a bad headache']);
    expectAlerts(['I take warfarin and tripped over, grazing my elbow, it has stopped bleeding'], false);
  });

  it('reads an infection with cold clammy skin and a racing pulse or little urine as sepsis', () => {
    expectRuleFires('sepsis_circulation', [
      'he has a chest infection and has gone cold and clammy and his heart is racing',
      'my dad has a kidney infection, he is clammy and he has hardly passed any urine since yesterday',
    ]);
    expectAlerts(['I feel a bit clammy after my run and my heart is still beating fast'], false);
  });

  it('reads a baby who keeps vomiting and looks dehydrated as urgent', () => {
    expectRuleFires('young_baby_vomiting_dehydrated', ['my 7 week old keeps being sick after feeds, it shoots out, and she looks dehydrated']);
    expectAlerts(['my 9 month old has a tummy bug with some vomiting but is drinking well with plenty of wet nappies'], false);
  });
});
