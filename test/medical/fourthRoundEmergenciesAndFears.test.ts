import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// The fourth round of sets by others (session 39: Q to S, scored once with the first three rounds'
// fixes in) missed six emergencies and raised two alarms; each mechanism here in other words.
describe('the fourth round: heart, clot, rhythm, birth, baby and belly emergencies', () => {
  it('alerts on "indigestion" past 40 that brings a sweat and breathlessness', () => {
    expectRuleFires('indigestion_with_shock', ['58, what felt like indigestion all afternoon, antacids did nothing, now drenched in sweat and a bit breathless']);
  });

  it('alerts on sudden breathlessness with a racing heart in the weeks after a birth or an operation', () => {
    expectRuleFires('breathless_clot_risk', ['had my caesarean two weeks ago and suddenly I am breathless lying in bed and my heart is racing']);
  });

  it('reads a pulse off a machine and alerts on a very slow one with blackouts', () => {
    expectAlerts(['dads pulse on his watch app shows 36, he keeps blacking out, he is 81'], true);
  });

  it('alerts on a cord hanging down after the waters went', () => {
    expectRuleFires('cord_prolapse', ['waters broke ten minutes ago at 38 weeks and there is something like a cord dangling down']);
  });

  it('alerts on a young baby\'s projectile vomiting with only one wet nappy had', () => {
    expectAlerts(['my 4 week old is projectile vomiting every feed and has only had one wet nappy since last night'], true);
  });

  it('alerts on belly pain settled low down on the right with a jolt that hurts and vomiting', () => {
    expectAlerts(['my 12 year old has tummy pain, low down on the right now, it hurts when the car goes over bumps and he has been sick'], true);
  });
});

describe('the fourth round: fears that name an emergency', () => {
  it('does not alert on a fear that comes from reading, or from a friend\'s illness, but does on one told as now', () => {
    expectAlerts(['9 weeks pregnant and worried it is an ectopic because I have been googling, but the scan showed the baby in the womb, mild cramps, no bleeding'], false);
    expectAlerts(["a friend had a blood clot after her operation so I'm worried, I'm having my knee done next week, any tips?"], false);
    expectAlerts(['I am 7 weeks pregnant and I think it is ectopic, sharp pain low on one side and I feel faint'], true);
  });
});

// The fifth round (T and U, scored once with the first four rounds' fixes in) missed four emergencies
// and raised one alarm.
describe('the fifth round', () => {
  it('alerts on letters to the children with a rope kept in the garage and no tomorrow, but not a last day at work', () => {
    expectRuleFires('suicidal_intent', [
      "I've left letters for my kids and I've got a rope in the shed, I don't think I'll be around tomorrow",
      "I feel so low and I don't think I'll be alive by the weekend",
    ]);
    expectAlerts(["I don't think I'll be here tomorrow, I'm off on holiday"], false);
  });

  it('alerts on a mug of tea pulled onto a toddler\'s chest that blisters', () => {
    expectAlerts(['my 20 month old knocked a mug of tea onto her tummy, it is red and blistering'], true);
  });

  it('alerts on an older relative found on any floor, muddled', () => {
    expectAlerts(['found my gran on the bedroom floor this morning, she is confused and cold'], true);
  });

  it('alerts on a sudden sharp pain low on the right that keeps someone bent and vomiting, not on a knee in a right lower limb', () => {
    expectAlerts(['sudden really sharp pain low down on the right an hour ago, being sick, I cannot stand up straight'], true);
    // Regression (external development case L372, patient rendering): "right lower extremity" was read as the belly.
    expectAlerts(['I am 70. I woke with severe right knee pain after my operation. Normal right lower extremity otherwise, no abdominal pain.'], false);
  });

  it('does not alert on a carbon monoxide alarm chirping for its battery, but does on one told with a collapse or shared headaches', () => {
    expectAlerts(['the carbon monoxide detector beeps once a minute, the leaflet says the battery is low, we all feel fine'], false);
    expectAlerts(['the carbon monoxide alarm is going off and we all have headaches and feel sick'], true);
  });
});
