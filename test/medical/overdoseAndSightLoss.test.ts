import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: "I took about 40 paracetamol tablets an hour ago on purpose" came out non_emergency
// with no alert: a count was an overdose only when "tablets" came right after it, and saying it was
// meant did not count. Phrasings are our own.
describe('an overdose stated by count or by intent alerts', () => {
  it('a count of ten or more with the medicine a word or two after it', () => {
    expectAlerts(['i swallowed 24 of the ibuprofen tablets', 'she took 30 co-codamol about an hour ago', 'he has taken 16 sleeping tablets', 'took 12 extra strength tylenol'], true);
    for (const message of ['i swallowed 24 of the ibuprofen tablets', 'he has taken 16 sleeping tablets']) expect(firedRules(message), message).toContain('overdose_poisoning');
  });

  it('medicine taken on purpose, whatever the amount', () => {
    expectAlerts(['i took a few of my mum\'s pills deliberately to not wake up', 'I deliberately took my antidepressants all at once', 'he swallowed his tablets on purpose after the argument'], true);
  });

  it('a course counted in days or a dose in milligrams is not an overdose', () => {
    expectAlerts(['i took 10 days of the tablets the gp gave me and my cough is still there', 'I take 20 mg of citalopram every morning, can I drink coffee', 'took 2 paracetamol for a mild headache'], false);
  });
});

describe('sight lost suddenly alerts; blurring and old losses do not', () => {
  it('sight gone, suddenly or recently', () => {
    expectAlerts(['all of a sudden I cannot see out of my right eye', 'this morning my dad went blind in one eye, no pain', 'my vision suddenly went black on the left side and has not come back', 'i lost my sight in my left eye an hour ago'], true);
    expect(firedRules('all of a sudden I cannot see out of my right eye')).toContain('sudden_vision_loss');
  });

  it('blurred vision, sight lost long ago, or a figure of speech', () => {
    expectAlerts(['my vision is a bit blurry when I read late at night', 'I have been blind in one eye since childhood and my other eye feels dry', "suddenly I can't see the point of my diet"], false);
    expect(decide('my vision is a bit blurry when I read late at night').level).not.toBe('emergency');
  });

  // Regression: "blind" anywhere before "eye" read as a blind coming down over the eye (a warning stroke).
  it('a blind coming down over one eye is still a warning stroke; being blind in one eye for years is not', () => {
    expectAlerts(['it was like a blind being pulled down over my left eye, then it lifted'], true);
    expect(firedRules('it was like a blind being pulled down over my left eye, then it lifted')).toContain('stroke_warning');
    expect(firedRules('I have been blind in one eye since childhood and my other eye feels dry')).toEqual([]);
  });
});
