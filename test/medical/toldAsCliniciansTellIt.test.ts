import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regressions, phrasings our own: a headache "at its peak within a minute" (the definition of a
// thunderclap) did not alert without "sudden" and "worst"; a weakness told as "a transient episode"
// or "new onset ... resolved" was not a warning stroke without "today"; hives after a sting with a
// hoarse voice or a cough was not anaphylaxis without breathlessness or wheeze.
describe('emergencies told the way a clinician or a parent tells them', () => {
  it('a headache at full strength within a minute is a thunderclap headache', () => {
    for (const m of [
      'sudden headache during exercise that reached its peak within one minute',
      'her headache during the argument peaked in a few seconds and she is vomiting',
    ])
      expect(firedRules(m), m).toContain('thunderclap_headache');
    expectAlerts(['my headache builds slowly and peaks within 2 hours, like my usual migraine', 'the headache is at its worst first thing in the morning'], false);
  });

  it('stroke signs told as a new-onset or transient episode that resolved are a warning stroke', () => {
    for (const m of [
      'A 69 year old man had a transient episode of slurred speech and a weak left hand, now resolved.',
      'new onset facial droop that resolved within 15 minutes',
    ])
      expect(firedRules(m), m).toContain('stroke_warning');
    expect(firedRules('my leg went numb from sitting cross-legged and it resolved when I stood up')).not.toContain('stroke_warning');
  });

  it('hives after a sting or a food with a hoarse voice or a cough is anaphylaxis', () => {
    for (const m of ['ate a cashew, now hives everywhere and his voice has gone croaky', 'bee sting on her hand, hives on her chest and she keeps coughing'])
      expect(firedRules(m), m).toContain('anaphylaxis');
    expectAlerts(['a few hives on my arm after the wasp sting yesterday, otherwise fine'], false);
  });
});
