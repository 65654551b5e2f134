/**
 * Found by five sets written for session 35 and scored once before any change, with the session's
 * earlier fixes in: 15 pregnancy and after-birth emergencies (8 alerted), 15 injuries (12), 15 heart
 * emergencies without the textbook chest pain (9), 15 medicine side effects (10) and 15 Spanish and
 * French crises, babies and older adults (12). The phrasings here are new ones, each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('pregnancy and the weeks after birth', () => {
  it('reads psychosis after birth, a blow to the bump, itchy palms and fluids that will not stay down', () => {
    expectRuleFires('postpartum_psychosis', ["my partner gave birth 6 days ago and now she's convinced the baby has been swapped"]);
    expectRuleFires('pregnancy_abdominal_trauma', ['I am 31 weeks pregnant and got kicked in the bump by my toddler, it feels tight']);
    expectRuleFires('pregnancy_itch', ['19 weeks pregnant and the soles of my feet are so itchy I cannot sleep']);
    expectRuleFires('pregnancy_fluids_not_kept', ["I'm 9 weeks pregnant and I can't keep any fluids down since yesterday"]);
    expectAlerts(["I'm 33 weeks and have occasional painless tightenings that go away when I rest", 'I had a baby a month ago and feel tired but happy'], false);
  });

  it('reads a cord out in labour, a gush of blood late in pregnancy, and a caesarean wound infected with a fever', () => {
    expectRuleFires('cord_prolapse', ["she's gone into labour in the car and we can see the cord"]);
    expect(decide("35 weeks pregnant, a sudden gush of blood and my tummy is rock hard and painful").level).toBe('emergency');
    expectRuleFires('postpartum_infection', ['my caesarean was ten days ago, the scar is oozing pus and I have a temperature of 38.6']);
  });
});

describe('injuries', () => {
  it('reads a limb run over or crushed, a jaw out of line, and a wrist like a dinner fork with cold fingers', () => {
    expectRuleFires('crush_injury', ['a forklift ran over his foot at the warehouse']);
    expectRuleFires('jaw_injury', ["after the fight her jaw is off to one side and she can't shut her mouth"]);
    expectRuleFires('limb_deformity', ['I fell off my skateboard and my wrist looks like a dinner fork']);
    expectAlerts(['my little boy ran over my toes with his scooter, they are a bit red', 'my jaw clicks when I chew gum'], false);
  });
});

describe('the heart without the textbook chest pain', () => {
  it('reads upper tummy pain with a grey sweat, a faint in a diseased heart, and an older racing heart with sweats', () => {
    expectRuleFires('indigestion_with_shock', ['I am 58, I have pain at the top of my stomach and I feel sick and sweaty']);
    expectRuleFires('syncope_heart_disease', ['my husband has heart failure and he passed out in the kitchen']);
    expectRuleFires('palpitations_older_sweating', ['my father is 80, his heart is racing and he is clammy and exhausted']);
    expectAlerts(['I am 58 and get heartburn at the top of my stomach after big meals', 'my grandad is 78 and his heart pounds when he walks up the hill'], false);
  });
});

describe('medicines', () => {
  it("reads a double dose with confusion, a marrow medicine with a fever or ulcers, and an SGLT2 medicine's ketoacidosis", () => {
    expectRuleFires('drug_toxicity', ['my mum took twice her dosulepin by mistake and now she is confused']);
    expectRuleFires('medicine_danger:neutropenia_risk', ['I take carbimazole for my thyroid and I have mouth ulcers and a sore throat']);
    expectRuleFires('medicine_danger:sglt2_inhibitor', ["I'm on empagliflozin and I keep being sick and my breathing is fast"]);
    expectRuleFires('medicine_danger:ssri', ['I started an antidepressant last week and now I have muscle jerks and I am sweating buckets']);
    expectAlerts(['I took an extra dose of my vitamin tablets by mistake', "I'm on clozapine and I've put on some weight"], false);
  });
});

describe('Spanish and French crises, babies and injuries', () => {
  it('alerts on each and leaves the look-alikes', () => {
    expectAlerts(
      [
        'mi hija se golpeó la cabeza con la mesa y ya no nos reconoce',
        "je n'en peux plus, j'ai laissé une lettre d'adieu sur la table",
        'ma fille de 3 semaines est toute molle et elle ne boit plus',
      ],
      true,
    );
    expectAlerts(["je n'en peux plus de ce rhume", 'mi hijo se golpeó el codo, está bien'], false);
  });
});
