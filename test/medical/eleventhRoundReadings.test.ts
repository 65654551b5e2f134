/**
 * Readings found by an eleventh round of sets written by others (mental health and substance use,
 * Spanish and French adults with long-term conditions, messages typed in a hurry), pinned here in
 * phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractLabs } from '../../plugins/medical/clinical/extractLabs.ts';
import { glossToEnglish } from '../../plugins/medical/language/glossToEnglish.ts';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

const expectCrisis = (message: string) => {
  const decision = decide(message);
  expect(decision.level, message).toBe('emergency');
  expect(decision.emergency.crisis, message).toBe(true);
};

describe('a crisis told without its words', () => {
  it('reads things given away with a cord knotted into a loop, and letters to each of the family with pills saved', () => {
    expectCrisis("my daughter has given away her guitar and her clothes this week and there's a cord knotted into a loop under her bed");
    expectCrisis("he's written letters addressed to each of us and he's been stockpiling his tablets");
  });

  it('reads a way to die with a when, and a goodbye told as relief for others', () => {
    expectCrisis('gonna jump off the bridge after work lol');
    expectCrisis("my brother texted 'you won't need to worry about me any more, sorry for everything' and now his phone is off");
  });

  it('reads affairs put in order with a gun made ready, and the means at hand with "I don\'t think I\'m gonna be here"', () => {
    expectCrisis("I've put my affairs in order and my rifle is cleaned and ready in the garage");
    expectCrisis("got all my tablets on the bed and I don't think I'm gonna be here in the morning");
  });

  it('does not read a suicide in the past of someone else, or an overdose as a topic or a figure of speech, as a crisis', () => {
    expectAlerts(["it's two years since my brother died by suicide, I'm coping and would like ideas for a memorial walk"], false);
    expectAlerts(['we had a talk about overdoses at school today and it made me think, I am fine'], false);
    expectAlerts(['I overdosed on energy drinks lol, a bit shaky, will it pass?'], false);
    expectAlerts(['she overdosed on her sleeping pills an hour ago'], true);
  });

  it('reads a whole pack of a medicine the drug table does not name, by its name\'s stem', () => {
    expectRuleFires('overdose_poisoning', ['my mum swallowed an entire packet of lormetazepam']);
  });
});

describe('substances, weapons and bleeding', () => {
  it('reads blood soaking through what is pressed on it', () => {
    expectRuleFires('severe_bleeding', ["the cut on my leg has bled through two tea towels and it's still going"]);
  });

  it('reads heavy drinking told, then stopped, with confusion', () => {
    expectRuleFires('alcohol_withdrawal_delirium', ["he drinks about a litre of vodka every day, stopped on Sunday and now doesn't know what day it is"]);
  });

  it('reads a toddler who got hold of methadone', () => {
    expectAlerts(['my toddler got hold of my methadone'], true);
  });

  it('reads someone armed and raging in the home', () => {
    expectRuleFires('attacked_or_threatened', ['my brother grabbed a knife and is raging, we locked ourselves in the bathroom']);
  });

  it('reads something sharp swallowed, but not a throat like swallowing glass', () => {
    expectRuleFires('swallowed_sharp_object', ['my son swallowed a drawing pin']);
    expectAlerts(["my throat is so sore it's like swallowing glass, day 3, eating ok"], false);
  });

  it('reads purging with a fluttering heart, and nothing drunk for days', () => {
    expectRuleFires('purging_with_heart_or_weakness', ["I've been making myself sick after every meal and now my heart is fluttering"]);
    expectRuleFires('no_fluids_for_days', ["mum hasn't drunk anything for two days and just stares at the wall"]);
  });
});

describe('long-term conditions', () => {
  it('reads dialysis not attended, puffs that do not help, and fluid loss on chemotherapy', () => {
    expectRuleFires('missed_dialysis', ["my husband has dialysis on Tuesdays but didn't go this week and now he is very weak"]);
    expectRuleFires('asthma_refractory', ["I've had 10 puffs and it isn't helping"]);
    expectRuleFires('chemotherapy_fluid_loss', ["I'm on chemo, diarrhoea 8 times today and dizzy when I stand up"]);
  });

  it('reads a very slow pulse in someone gone floppy', () => {
    expectRuleFires('heart_rate', ["gran's pulse is 38 and she's gone all floppy"]);
  });

  it('does not alert for another person\'s past stroke, a mild attack the person grades so, or a leaflet\'s listed risk', () => {
    expectAlerts(["my neighbour had a stroke last week and I'm scared, I have a small headache after work, I can speak and move normally"], false);
    expectAlerts(['small asthma attack after having done the dusting, 2 puffs and it went away'], false);
    expectAlerts(["the leaflet of my apixaban says it can give a brain haemorrhage, I'm scared, today I have a bruise on my arm where I hit the door"], false);
  });

  it('reads glucose in g/L, the French meters\' unit, as such', () => {
    expect(extractLabs('blood sugar 1.95 g/l').glucoseMmol[0]).toBeCloseTo(10.8, 1);
    expect(glossToEnglish('glycémie à 1,95 g/l ce matin', 'fr')).toContain('1.95 g/l');
    expectAlerts(["glycémie à 2,05 g/l après le repas de Noël, sous metformine, je me sens bien"], false);
  });
});
