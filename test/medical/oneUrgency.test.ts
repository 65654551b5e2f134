import { describe, expect, it } from 'vitest';
import { decideUrgency } from '../../plugins/medical/urgency/decideUrgency.ts';
import { composeTurn } from './composeTurn.ts';
import { SAFETY } from './urgencyHelpers.ts';

const input = (message: string) => ({ message, history: [], profile: undefined, sessionState: undefined, safety: SAFETY });

describe('one urgency per turn', () => {
  it('the same inputs give the same decision object (agents share it)', () => {
    expect(decideUrgency(input('sore throat for two days')).decision).toBe(decideUrgency(input('sore throat for two days')).decision);
  });

  it('an emergency level always has a frame and a severity; other levels never do', () => {
    for (const message of ['my lips and tongue are swelling after peanuts', 'runny nose and sneezing', 'a lump in my neck for a month']) {
      const { decision } = decideUrgency(input(message));
      expect(decision.emergency.fired).toBe(decision.level === 'emergency');
      expect(decision.severity !== undefined).toBe(decision.level === 'emergency');
    }
  });

  it.each([
    'after eating prawns my face puffed up and I am wheezing',
    'I think my wife is having a heart attack',
    'my chest is tight and I feel like an elephant is sitting on it, sweating',
  ])('an emergency answer never offers a routine appointment or home care as the plan: %s', (message) => {
    const { level, answer } = composeTurn(message);
    expect(level).toBe('emergency');
    expect(answer).toMatch(/this needs emergency care/);
    expect(answer).not.toMatch(/day or two|can usually be looked after at home/);
  });

  it.each(['a bit of heartburn after a curry', 'mild cough for a couple of days', 'a small cut on my thumb'])(
    'a non-emergency answer never speaks of a waiting ambulance: %s',
    (message) => {
      const { level, answer } = composeTurn(message);
      expect(level).not.toBe('emergency');
      expect(answer).not.toMatch(/ambulance|while (?:you )?wait\w* for help/i);
    },
  );

  it('an emergency carried over from earlier stays an emergency (never downgraded)', () => {
    const first = decideUrgency(input('my dad collapsed and is not responding'));
    const next = decideUrgency({ ...input('ok what now'), history: ['my dad collapsed and is not responding'], sessionState: first.nextState });
    expect(next.decision.level).toBe('emergency');
    expect(next.decision.emergency.carriedOver).toBe(true);
  });
});
