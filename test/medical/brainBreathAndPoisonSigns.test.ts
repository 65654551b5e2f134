/**
 * Emergencies of the brain, the breath, the hormones and poisons told in lay words: confusion with a
 * headache and vomiting (the brain affected now, whatever the cause), weakness or tingling climbing both
 * legs or a face weak on both sides (Guillain-Barré), symptoms that lift away from home (carbon
 * monoxide), vomiting in someone who cannot make their own steroid (adrenal crisis), a stiff jaw after a
 * puncture wound (tetanus), a voice gone hoarse after a sting or a fire, a sudden headache told by a
 * simile, a meter that reads "HI", a racing heart with the feeling of being about to pass out.
 * Found by probes of our own; the phrasings below are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('the brain and the nerves', () => {
  it('confusion with a headache and vomiting alerts at any age', () => {
    expectRuleFires('confusion_headache_vomiting', ['my flatmate is muddled, has a pounding headache and has vomited twice']);
  });

  it('weakness climbing both legs, or a face weak on both sides, alerts', () => {
    expectRuleFires('guillain_barre', [
      'numbness in both my feet that has crept up to my knees since Monday',
      'both her legs are weak and it is moving up into her arms',
    ]);
    // Regression (review): plural legs count as both sides, and weak legs with breathlessness alerted.
    expectAlerts(['my legs ache on both sides after the hike', 'my legs feel weak and I get out of breath on hills'], false);
  });

  it('a sudden headache told by a simile alerts', () => {
    expectAlerts(['I was straining on the toilet and suddenly got a blinding headache, like being hit with a hammer'], true);
  });
});

describe('poisons, hormones and wounds', () => {
  it('symptoms that lift away from home with an appliance or confusion alert', () => {
    expectRuleFires('carbon_monoxide', ['since the boiler was serviced we all feel sick at home and fine once we go out', 'my nan is confused and has headaches that ease when she is out of the flat']);
  });

  it('vomiting or collapse with Addison\'s or steroid replacement alerts; a steroid cream does not', () => {
    expectRuleFires('adrenal_crisis', ['she is on fludrocortisone for Addisons and has had diarrhoea and vomiting all night']);
    expectAlerts(['I use hydrocortisone ointment on my hands and had one loose stool'], false);
  });

  it('a stiff jaw after a puncture wound alerts; a stiff jaw alone does not', () => {
    expectRuleFires('tetanus', ['I trod on a garden fork two weeks ago and now I can\'t open my mouth properly']);
    expectAlerts(['my jaw clicks and feels stiff in the mornings'], false);
  });
});

describe('breath and heart', () => {
  it('a hoarse voice after a sting or a fire alerts', () => {
    expectRuleFires('anaphylaxis', ['a bee stung my neck and now my voice is hoarse']);
    expectRuleFires('smoke_inhalation', ['we got out of the house fire but my son is coughing up black spit']);
    // Regression (review): a throat "on fire" and a gas fire (a heater) are not smoke.
    expectAlerts(['I lit the barbecue and the smoke made my eyes water', 'my throat feels like it is on fire and my voice is husky', 'sitting by the electric fire all day, my voice is croaky'], false);
  });

  it('a meter reading "HI" with vomiting in a diabetic alerts', () => {
    expectRuleFires('diabetic_ketoacidosis', ['type 1 diabetic, my meter just says HI and I\'ve been sick twice']);
  });

  it('a racing heart with the feeling of being about to pass out alerts', () => {
    expectRuleFires('palpitations_ongoing', ['my heart is pounding and I feel like I could pass out any second']);
  });
});

describe('whose clause tells of the home', () => {
  it('a pet unwell too, or an appliance told of "our" home, counts for carbon monoxide', () => {
    expectRuleFires('carbon_monoxide', ['I keep getting headaches and feel sick, and the dog has been lethargic too since we lit our gas heater']);
  });

  it('a jaw that aches when chewing, told pain first, with sight changes over 50, alerts', () => {
    expectRuleFires('temporal_arteritis_sight', ['I am 72 and get an ache in my jaw while I eat, and my sight went dim in my left eye']);
  });
});
