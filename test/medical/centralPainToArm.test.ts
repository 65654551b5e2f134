/**
 * A heart attack's pain can start under the ribs, in the upper belly or as "indigestion" and spread
 * into either arm. Spread from the centre of the body to an arm, with a heart sign, alerts whichever
 * arm it is; an arm pain that starts in the neck or the shoulder (a trapped nerve) does not. Our own
 * phrasings, both sides of the line.
 */
import { describe, expect, it } from 'vitest';
import { splitClauses } from '../../plugins/medical/language/splitClauses.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('central pain spreading to an arm', () => {
  it('alerts when a crushing or heavy pain under the ribs or in the upper belly spreads to an arm', () => {
    expectAlerts([
      'Crushing pain under my ribs spreading to my arm.',
      'A heavy pressure in my upper stomach that is moving down my right arm, and I feel clammy.',
      'What I thought was indigestion is now going into his arm and he looks grey.',
      'Squeezing ache behind the breastbone that shoots into both arms.',
    ], true);
  });

  it('does not alert for an arm pain that starts in the neck or shoulder', () => {
    expectAlerts([
      'Since I slept on it wrong my neck pain shoots down my right arm when I turn my head.',
      'My shoulder ache spreads down my arm after a day of painting the ceiling.',
      'A trapped nerve in my neck: the pain radiates into my arm and two fingers tingle.',
    ], false);
  });
});

describe('"now" in a clause', () => {
  // Regression: "now" always opened a new clause, so "my indigestion is | now going into my arm" lost
  // the spread to the arm, and the alert with it.
  it('after an auxiliary it belongs to its verb; after a pause it turns to a new state', () => {
    const spans = (text: string) => splitClauses(text, 'en').map((s) => text.slice(s.start, s.end).trim());
    expect(spans('my indigestion is now going into my arm')).toEqual(['my indigestion is now going into my arm']);
    expect(spans('the rash has now spread to my legs')).toEqual(['the rash has now spread to my legs']);
    expect(spans('it was mild for days now it is much worse')).toEqual(['it was mild for days', 'now it is much worse']);
  });
});
