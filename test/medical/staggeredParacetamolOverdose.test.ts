/**
 * More paracetamol than the daily maximum day after day (a staggered overdose) harms the liver silently;
 * the NHS sends it to A&E however well the person feels. Found by a session 37 set: "2 extra paracetamol
 * every day for 5 days" and "double the dose all week, 16 a day" did not alert. Phrasings here are new.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('a staggered paracetamol overdose', () => {
  it('alerts when extra or double doses were taken day after day, or more than eight tablets a day', () => {
    expectAlerts(
      [
        "I've been taking an extra couple of paracetamol each day for the past week for my migraine",
        'my dad took twice the usual paracetamol daily for a week after his fall',
        'she has been taking 12 paracetamol tablets a day for her back',
      ],
      true,
    );
  });

  it('leaves the usual dose taken daily, a question about doses, and other medicines', () => {
    expectAlerts(
      [
        'I take two paracetamol four times a day every day for my knees',
        'would it be safe to take extra paracetamol each day while my tooth is bad?',
        'I have been taking extra iron tablets every day for a week',
      ],
      false,
    );
  });
});
