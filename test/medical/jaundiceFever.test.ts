import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

// Found by a probe of our own: "my grandad is yellow, has a high fever and pain under his ribs on the
// right, and he's shivering" came out non_emergency. A person told yellow was not read as jaundice, and
// Charcot's triad (fever, jaundice, pain under the right ribs) or jaundice with rigors had no rule: the
// bile duct infection's own entry matched only "jaundice and fever" written so. Yellowing with a fever
// alone, or with the pain alone, is a doctor the same day (hepatitis, a gallstone), not an ambulance.
// A first version that alerted on jaundice with any one of them lowered the held-out half's triage by
// two cases per rendering (counts only; the cases were not read) and was narrowed to this.
describe('yellow skin with a fever and pain under the right ribs, or with shivering fits', () => {
  it('raises jaundice_fever', () => {
    expectRuleFires('jaundice_fever', [
      "my grandad is yellow, has a high fever and pain under his ribs on the right, and he's shivering",
      'my dad has gone yellow, has a temperature of 39 and pain under his right ribs',
      "I'm yellow and have uncontrollable shivering",
      "she's yellow, has a fever and keeps shivering",
    ]);
  });

  it('yellow alone, or with one of them, is a doctor within days; yellow things are not a person', () => {
    expectLevel(
      [
        "I've been yellow for a week but feel fine otherwise",
        "she's gone yellow and has a temperature of 39",
        'I look a bit yellow and have a fever',
      ],
      'non_emergency',
    );
    expectAlerts(
      ['I have a fever and my phlegm is yellow', 'I have yellow snot and a temperature', 'my wee is dark yellow and I have a temperature', 'I have a cold and yellow mucus'],
      false,
    );
    expect(decide('I have a cold and yellow mucus').level).toBe('self_care');
  });
});
