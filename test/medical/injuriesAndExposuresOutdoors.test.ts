/**
 * Injuries and exposures found by a ninth-round set written by others (sports, mountains, water, DIY,
 * gardens, travel), pinned here in phrasings of our own, both sides of each line.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('injuries and exposures outdoors', () => {
  it('reads dives counted with their depth before numb legs', () => {
    expectRuleFires('decompression_illness', ['did three dives yesterday, the deepest 28 metres, and this morning my arms are tingling and my knee aches badly']);
  });

  it('reads a fingertip taken off by a tool', () => {
    expectRuleFires('amputation_or_crush', ['the mandoline sliced the tip of my thumb clean off, it is in a tissue']);
  });

  it('reads cola-coloured urine with muscles in agony after a workout', () => {
    expectRuleFires('muscle_breakdown_lay', ['first crossfit session on monday, now my arms are swollen and I am in agony and my pee looks like coca cola']);
    expectAlerts(['my urine is dark yellow after the run, I probably did not drink enough'], false);
  });

  it('reads a barbecue or stove burning inside a tent or a van', () => {
    expectRuleFires('carbon_monoxide', ['we cooked on the camping stove inside the van with the doors shut, now all four of us have banging heads and feel sick']);
  });

  it('reads pink frothy spit, and breathlessness at rest high up', () => {
    expectRuleFires('fluid_on_the_lungs', ['my grandad is so breathless tonight and coughing up pink frothy phlegm']);
    expectRuleFires('altitude_illness', ['trekking at 4,800 m, my friend is short of breath even resting and stumbling like he is drunk']);
    expectAlerts(['flying to Cusco next week, any tips for altitude sickness?'], false);
  });

  it('reads sickness hours after a meal of wild mushrooms', () => {
    expectRuleFires('wild_mushrooms', ['we cooked mushrooms I picked in the forest, 8 hours later I have cramps and keep vomiting']);
    expectAlerts(['I ate some mushrooms from the supermarket and have a bit of wind'], false);
  });

  it('does not let "not even" head a denied list', () => {
    expectRuleFires('hypothermia', ['found my nan in the garden this morning, freezing cold to touch, not even shivering, confused and very slow']);
  });

  it('does not alert for a short dunk with normal breathing ever since, or a fear of "dry drowning"', () => {
    expectAlerts(["my son went under at the pool on saturday and coughed a bit, he's been breathing normally and playing ever since, I saw a post about dry drowning"], false);
    expectAlerts(['my daughter nearly drowned an hour ago and is now coughing and breathing fast'], true);
  });
});
