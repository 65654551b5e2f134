import { describe, expect, it } from 'vitest';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: hypothermia told in lay words (a night outside, icy water, a broken heater, found on the
// floor, "freezing cold and mumbling") and sepsis told by its lay signs without a fever (extreme
// shivering, no urine all day, feeling about to die; a child drowsy and cold to the touch) got no alert.
// Phrasings are our own.
describe('hypothermia in lay words', () => {
  it('cold with confusion, drowsiness or slurred speech', () => {
    const messages = [
      'my grandad is cold and confused after being outside all night, very slow and sleepy',
      'found my neighbour on the floor, she is freezing cold and mumbling',
      'fell in an icy river and now shivering stopped and he is drowsy',
      'my nan is very cold to touch, drowsy and her speech is slurred, her heating broke',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('hypothermia');
  });

  it('a cold flat, cold hands, a child back from the snow who is fine', () => {
    expectAlerts(['its freezing cold in my flat and im a bit tired', 'my hands are very cold in winter', 'my son came in from the snow with cold hands, hes fine and playing'], false);
  });
});

describe('sepsis by its lay signs', () => {
  it('two lay signs with shivering or an infection; a child drowsy and cold to the touch', () => {
    expectAlerts(['feel like im going to die, shivering uncontrollably, havent peed all day, after my operation', 'my 3 year old is lethargic, cold to touch and has a rash'], true);
    expect(firedRules('feel like im going to die, shivering uncontrollably, havent peed all day, after my operation')).toContain('sepsis_lay_signs');
  });

  it('shivering after a swim, or panic, is not sepsis', () => {
    expectAlerts(['shivering uncontrollably after swimming in the sea, feel fine otherwise'], false);
    expect(firedRules('i feel like im going to die when im anxious, it passes in ten minutes')).not.toContain('sepsis_lay_signs');
  });
});
