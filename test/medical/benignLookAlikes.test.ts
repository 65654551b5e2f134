import { describe, expect, it } from 'vitest';
import { findConcepts } from '../../plugins/medical/safety/concepts.ts';
import { decide, expectAlerts } from './urgencyHelpers.ts';

// Regression: self-care messages with alarming words alerted: a chest "a bit tight" with a week's cough,
// lips "a bit swollen and cracked from the cold wind" (read as anaphylaxis), and "a 35-year-old woman"
// counted as an older person ("old woman"). The emergencies beside them still alert. Phrasings are our own.
describe('benign look-alikes stay calm, their emergencies still alert', () => {
  it('a chest a bit tight with a cough; chest tightness with sweating still alerts', () => {
    expectAlerts(["I've had a cough for a week and my chest feels a bit tight when I cough, but I can breathe fine"], false);
    expectAlerts(['my chest feels a bit tight and im sweating and feel sick', 'i have chest pain, a bit worried'], true);
  });

  it('chapped lips; lips or tongue swelling after a food still alert', () => {
    expectAlerts(['My lips are a bit swollen and cracked from the cold wind', 'my lips are dry and split, a little puffy'], false);
    expectAlerts(['my lips and tongue are swelling up after a prawn curry', 'my lips swelled up after eating peanuts'], true);
  });

  it('"year-old woman" is not an old woman', () => {
    expect(findConcepts('a 35-year-old woman has a headache').has('olderWord')).toBe(false);
    expect(findConcepts('an old man fell in the street').has('olderWord')).toBe(true);
    expect(decide('A 35-year-old woman has a headache for two days').level).not.toBe('emergency');
    expect(decide('my grandad is confused today and has a water infection').level).toBe('emergency');
  });
});
