/**
 * Antiplatelet medicines (aspirin, clopidogrel, ticagrelor, prasugrel) make a bleed or a head injury
 * more dangerous, as anticoagulants do: the bleeding and head-injury rules read them from the drug
 * table. A trivial complaint in someone on one does not alert. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { ANTICOAGULANT } from '../../plugins/medical/safety/drugClasses.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

describe('antiplatelet medicines as blood thinners', () => {
  it('are recognised by name, brand and class word', () => {
    for (const text of ['on low dose aspirin', 'takes clopidogrel 75mg', 'Brilinta since my stent', 'on prasugrel', 'antiplatelets after the stent']) {
      expect(ANTICOAGULANT.test(text), text).toBe(true);
    }
    expect(ANTICOAGULANT.test('aspirinate')).toBe(false);
  });

  it('make a head injury urgent', () => {
    for (const message of [
      'my husband takes a daily aspirin and slipped and knocked his head on the kitchen floor',
      'I have a stent and take clopidogrel, I walked into a door frame and hit my head hard',
      "gran is on aspirin for her heart and tripped, she's got a bump on her head",
      'on ticagrelor, banged my head getting out of the car',
    ]) {
      expect(firedRules(message), message).toContain('head_injury_anticoagulated');
    }
  });

  it('make a long bleed an emergency', () => {
    expectAlerts([
      'I take aspirin every day and my nose has been bleeding for 45 minutes',
      "I'm on clopidogrel and I've been bringing up blood",
    ], true);
  });

  it('do not alert with a trivial complaint', () => {
    expectAlerts([
      "I'm on aspirin and I've had a blocked nose for two days",
      'take clopidogrel since my stent, just want advice on hay fever',
      'on aspirin 75 mg, got a mild sunburn on my arms',
      'small paper cut that stopped bleeding straight away, I take aspirin',
    ], false);
  });
});
