import { describe, expect, it } from 'vitest';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// The sixth round of sets by others (session 40: V, a set of lay vignettes, and X, questions about
// medicines and home devices, scored once with every earlier round's fixes in) missed three emergencies
// and raised two alarms; each mechanism here in other words.
describe('readings from a home oximeter', () => {
  it('reads a percentage as the oximeter\'s when one is named anywhere in the message, a range by its lower end', () => {
    expect(extractVitals(normalizeText('is the pulse ox working? it shows 85-88% for my mum')).spo2).toEqual([85]);
    expect(extractVitals(normalizeText('got an oximeter from the chemist. reading 89 % on my husband')).spo2).toEqual([89]);
  });

  it('does not read a battery, a certainty or a share as an oxygen level', () => {
    expect(extractVitals(normalizeText('the oximeter battery is on 60% and I am 90% sure my sats are normal')).spo2).toEqual([]);
  });

  it('alerts on a low reading on an older relative who is breathless talking', () => {
    expectAlerts(['not sure the pulse oximeter is right, it keeps showing 87% on my grandad who is 80 and he gets breathless just talking'], true);
  });

  it('leaves out a low reading blamed on the probe when another reading is normal, never when it stands alone', () => {
    expectAlerts(['oximeter said 90% on the finger with gel nails, 97% on my thumb, no breathing trouble at all, I feel well'], false);
    expectAlerts(['my oximeter says 88% but my hands are cold, and I am short of breath'], true);
  });
});

describe('doses asked with a plan, and counts told without their medicine', () => {
  it('alerts on asking how many tablets it takes to die or not wake up', () => {
    expectRuleFires('suicidal_intent', ['how many of my citalopram would it take to never wake up', 'how much paracetamol would it take to die']);
  });

  it('does not alert on asking how many tablets are safe in a day', () => {
    expectAlerts(['how many ibuprofen can I take in a day for a sprained wrist?'], false);
  });

  it('alerts on pills saved up with "done with it all"', () => {
    expectRuleFires('suicidal_intent', ["my zopiclone, I've been saving them up. I'm just done with it all"]);
  });

  it('alerts on a count swallowed when the medicine is named in another clause', () => {
    expectRuleFires('overdose_poisoning', ['is sertraline dangerous in large amounts? my son told me he took about 25 this morning']);
  });

  it('does not read a time taken to work as a count swallowed', () => {
    expectAlerts(['the paracetamol took 40 minutes to work on my headache'], false);
  });
});

describe('a fear told as someone else\'s past illness, whoever is worried', () => {
  it('does not alert on a normal reading by someone worried because a relative had a stroke', () => {
    expectAlerts(['he had his blood pressure taken at the chemist, 124/80, he feels fine and was only anxious because his brother had a stroke'], false);
  });
});

// A Spanish and French set by others, read through the English gloss, showed the English reader's own
// gaps once the words were English: each mechanism here in English words of our own.
describe('English the glosses brought to light', () => {
  it('reads a present "have" with a date weeks back as a finding that runs on, not one that is over', () => {
    const [clause] = analyzeMessage('I have pain in my lower back two weeks ago').clauses;
    expect(clause?.historical).toBe(false);
    expect(analyzeMessage('I had pain in my lower back two weeks ago').clauses[0]?.historical).toBe(true);
  });

  it('reads "as a little boy" as a time long past', () => {
    expectAlerts(['as a little boy I had fits with fevers, now I am 40 with a runny nose'], false);
  });

  it('reads "I am 67 years old" as the writer\'s age, not someone else\'s', () => {
    expect(analyzeMessage('my knee aches. I am 67 years old').clauses.map((c) => c.subject)).toEqual(['self', 'self']);
    expect(analyzeMessage('my knee aches. she is 67 years old').clauses.map((c) => c.subject)).toEqual(['self', 'third_party']);
  });

  it('reads a baby that "has 5 weeks" as five weeks old', () => {
    expectRuleFires('infant_fever', ['my baby has 5 weeks and his temperature is 38.2']);
  });

  it('reads sight lost in one eye, a limb gone cold, and numbness between the buttocks', () => {
    expectAlerts(['since lunch I cannot see anything with my left eye'], true);
    expectAlerts(['his right foot has become icy cold and white and it really hurts'], true);
    expectAlerts(["my back has been bad for days and now I don't feel anything between the buttocks"], true);
  });

  it('reads breathing that is hard for someone else, a clot with any breathing trouble, boiling water told after the water', () => {
    expectRuleFires('anaphylaxis', ['she ate a cashew and now it is really hard for her to breathe']);
    expectRuleFires('pulmonary_embolism', ["my calf has been swollen and sore since the long flight and now I can't breathe climbing the stairs"]);
    expectRuleFires('large_burn', ['the milk that was boiling went over my 3 year old and his arm is blistering']);
  });

  it('pins the plan told in the present: pills kept back, taken all tonight, nobody will notice', () => {
    expectRuleFires('suicidal_intent', ["I have hidden my dad's sleeping tablets. nobody is going to notice, tonight I take them all"]);
    expectRuleFires('suicidal_intent', ["I don't see any reason to go on"]);
  });

  it('does not read a dream, a fit of giggles or a rib sore when squeezed as an emergency', () => {
    expectAlerts(['I had a dream that I was having a stroke and woke up sweating, I feel fine now'], false);
    expectAlerts(['had a fit of the giggles in class and now my tummy muscles ache'], false);
    expectAlerts(['I am 30, my ribs hurt when I squeeze them after moving house, breathing is fine'], false);
  });

  it('does not read food poisoning as a poisoning, nor a relative\'s stroke given as the reason for a check', () => {
    expectAlerts(['I have food poisoning I think, been sick twice since the takeaway'], false);
    expectAlerts(['I took my pressure because my uncle had a stroke and I got scared, it was 121/79, I feel great'], false);
  });
});
