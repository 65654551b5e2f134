import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// A second round of fresh sets by others (session 39: K to N, scored once with the first round's fixes
// in) missed fifteen emergencies; each mechanism is pinned here in other words than the sets'.
describe('emergencies after an operation, in care notes and in long-term conditions', () => {
  it('alerts on a belly getting worse with a fever days after bowel surgery', () => {
    expectRuleFires('post_operative_abdomen', ['sent home Friday after they took out my gallbladder, the tummy pain is getting worse each day, swollen belly and a temperature of 38.5']);
  });

  it('alerts on rigors under a duvet and a sense that something is badly wrong with an infected wound', () => {
    expectAlerts(["had my hip replaced 10 days ago, the wound is hot and oozing, I'm shaking under two blankets and I feel like something is seriously wrong"], true);
  });

  it('alerts on dialysis missed on named days with weakness', () => {
    expectRuleFires('missed_dialysis', ['I have haemodialysis three times a week but missed monday and wednesday, now my legs feel like lead and I am so weak']);
  });

  it('alerts on vomiting in someone on long-term steroids', () => {
    expectRuleFires('adrenal_crisis', ['been taking prednisolone for 3 years for arthritis, got norovirus and cannot keep my tablets down, feel faint when I get up']);
  });

  it('alerts on an older resident found on the floor, and on a shortened, turned-out leg that cannot bear weight', () => {
    expectAlerts(['Mrs K, 92, found on the floor of her room this morning by staff, says she is fine'], true);
    expectRuleFires('older_fall_cannot_stand', ['Mr T 84, leg turned outwards and looks shorter, cannot weight bear, crying with pain']);
  });

  it('alerts on a bladder that feels like bursting and cannot empty', () => {
    expectRuleFires('acute_urinary_retention', ["haven't been able to wee since lunchtime, my bladder feels like it's going to burst"]);
  });

  it('alerts on a kettle pulled over a child with blisters', () => {
    expectRuleFires('large_burn', ['my 2 year old knocked the kettle off the side, his arm and shoulder are red and blistering']);
  });

  it('alerts on tiny purple dots that do not fade under a glass', () => {
    expectRuleFires('meningitis', ["she has a temperature and little purplish dots on her legs, I pressed a glass on them and they don't fade"]);
  });

  it('alerts on a child who bit into a laundry pod', () => {
    expectRuleFires('overdose_poisoning', ['my 2 year old was biting a washing machine capsule, some liquid went in her mouth']);
  });

  it('alerts on a toddler found with an adult\'s named tablets under a longer name', () => {
    expectRuleFires('overdose_poisoning', ["found my 20 month old on the landing with grandad's heart rhythm tablets, flecainide, one chewed"]);
  });

  it('alerts on a belly blown up like a pregnancy with no wind and green vomit, and does not read the simile as a pregnancy', () => {
    expectRuleFires('bowel_obstruction', ["dad's stomach is blown right up, he hasn't opened his bowels or passed wind since saturday and he's bringing up green fluid"]);
  });

  it('alerts on a cold, pale foot with no pulses told as a list of sites', () => {
    expectAlerts(['76F, AF, sudden L foot pain 2h, foot cold and pale, no dorsalis pedis or posterior tibial pulses'], true);
  });

  it('alerts on pain worse than the wound looks with the skin changing colour', () => {
    expectAlerts(['grazed my knee three days ago, barely anything, but the pain is horrendous, much worse than it looks, and I feel feverish'], true);
  });
});
