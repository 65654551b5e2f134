/**
 * Signs of pregnancy, birth and childhood told in lay words: clots larger than a plum after a birth or
 * in pregnancy are heavy bleeding (with a period they are a heavy period, a doctor's appointment); a
 * birth "last week" is the weeks after a birth, however the sentence dates it; any two signs of
 * pre-eclampsia, the headache not needed; a cord felt "like the cord"; green vomit in a son or daughter
 * whose age is not told; a child who ate berries of a garden plant; nappies and feeds tell of a baby.
 * Found by probes of our own; the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('after a birth and in pregnancy', () => {
  it('large clots are heavy bleeding', () => {
    expectRuleFires('postpartum_haemorrhage', ['I had our baby last week and today I passed a clot the size of an orange']);
    expectRuleFires('pregnancy_bleeding_pain', ['I am 24 weeks pregnant and passing golf ball sized clots']);
  });

  it('with a period they are not an emergency', () => {
    expectAlerts(['my periods come with large clots and last 7 days', 'clots bigger than a 50p with my period, is that normal?'], false);
  });

  it('two signs of pre-eclampsia alert without a headache', () => {
    expectRuleFires('preeclampsia', ['34 weeks pregnant, my vision has gone blurry and my fingers are suddenly puffy', 'I\'m in my third trimester with sudden swelling of my face and pain under my ribs on the right']);
  });

  it('one sign alone does not', () => {
    expectAlerts(['I am 28 weeks pregnant and my feet swell by the evening'], false);
  });

  it('a cord told by a likeness alerts', () => {
    expectRuleFires('cord_prolapse', ['my waters went and there is something coming down, I think it is the cord']);
  });
});

describe('a child', () => {
  it('green vomit in a son or daughter of untold age alerts; in a grown-up after many bouts it does not', () => {
    expectAlerts(['our daughter keeps vomiting and it has turned green'], true);
    expectAlerts(['I am 35 and after being sick all night it is just green bile now'], false);
  });

  it('who ate berries or leaves of a garden plant alerts', () => {
    expectRuleFires('overdose_poisoning', ['my toddler chewed some leaves off a plant in the garden centre', 'the kids ate red berries from the hedge at the park']);
  });

  it('told by nappies or feeds counts as a child', () => {
    expectAlerts(['he is refusing his feeds and has a dry nappy since this morning and is very floppy'], true);
  });
});
