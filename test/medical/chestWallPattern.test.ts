/**
 * A chest pain that follows the ribs with tingling, numbness or blisters on the skin there is the
 * pattern of a nerve or shingles in the chest wall: like pain reproduced by pressing, it does not call
 * for an ambulance on its own, and any sign that points at the heart or lungs keeps the alert. Our
 * own phrasings, both sides of the line.
 */
import { describe, expect, it } from 'vitest';
import { alerts, expectAlerts, expectLevel } from './urgencyHelpers.ts';

describe('a chest-wall nerve pattern', () => {
  it('does not alert without a sign pointing at the heart or lungs', () => {
    expectLevel([
      'For five days a burning chest pain has run along my ribs on the right, and the skin over it tingles.',
      'Sharp chest pain between two ribs on my left side, with a numb patch of skin there, since the weekend.',
      'A chest pain that wraps around my ribs on one side, and now a line of small blisters on the skin.',
    ], 'non_emergency');
  });

  it('reads a band of pain on one side or along the ribs as the nerve, a band across the chest as the heart', () => {
    expectLevel([
      'Stabbing pain in a band around one side of my chest, and the skin there hurts to touch since my shingles.',
      'A band of burning pain following my ribs on the left, the skin tingles.',
    ], 'non_emergency');
    expectAlerts(['It feels like a tight band around my chest.', 'A band of pressure across my chest since an hour ago.'], true);
  });

  it('still alerts when the heart or lungs may be involved', () => {
    expectAlerts([
      'Chest pain along my ribs with tingling in the skin, and I am sweating and short of breath.',
      'Heavy pressure in my chest around the ribs and my left arm has gone numb.',
      'Chest pain between my ribs with pins and needles, and I nearly passed out.',
    ], true);
  });

  it('keeps the undifferentiated adult chest pain alert when the skin signs are missing', () => {
    expect(alerts('A burning chest pain along my ribs since this morning.')).toBe(true);
  });
});
