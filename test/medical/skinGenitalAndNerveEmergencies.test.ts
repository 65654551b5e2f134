/**
 * Found by three sets written for session 36 and scored once before any change aimed at them, with the
 * session's earlier fixes in: the skin and the eye (6 of 12 emergencies alerted), the genitals and
 * pelvis (5 of 10) and the nerves (6 of 10). The phrasings here are new ones, each beside look-alikes.
 */
import { describe, expect, it } from 'vitest';
import { decide, expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('the skin and the eye', () => {
  it('reads a pierced eye, a chemical on the skin, eczema with blisters and a fever, skin red all over and peeling, shingles at the eye', () => {
    expectRuleFires('eye_pierced', ['a bit of wire is stuck in his eye and he is holding it']);
    expectRuleFires('chemical_skin_burn', ['I splashed drain cleaner on my arm and it is stinging badly']);
    expectRuleFires('eczema_herpeticum', ["my son's eczema has crusted sores and blisters spreading over his neck and he has a temperature of 38.7"]);
    expectRuleFires('erythroderma', ['all of my skin has gone red and hot and it is peeling off']);
    expectRuleFires('shingles_eye', ['shingles came up on my forehead two days ago and today my eye is red and sore']);
    expectAlerts(
      [
        'there is an eyelash stuck in my eye, it is irritating',
        'I got a drop of caustic soda on my glove but none on my skin',
        'my baby has eczema and a small blister from her new shoes, no fever',
        'I had shingles on my back last year and my eyes are a bit red from hay fever',
      ],
      false,
    );
  });

  it('reads a pain out of all proportion to a scrape', () => {
    expect(decide('I grazed my arm on a bramble, barely a scratch, but the pain is excruciating and I feel awful').level).toBe('emergency');
  });
});

describe('the genitals and the pelvis', () => {
  it('reads a twisted ovary, infection after a miscarriage, a boy woken by pain in his privates, and swelling growing after a procedure', () => {
    expectRuleFires('ovarian_torsion', ['sudden severe pain over my left ovary and I have been vomiting for an hour']);
    expectRuleFires('postpartum_infection', ['I had a miscarriage 4 days ago and now I have a temperature of 38.5 and bad pelvic pain']);
    expectRuleFires('testicular_torsion', ['my 10 year old woke up crying with pain in his privates']);
    expectRuleFires('post_procedure_swelling', ['I had a biopsy on my neck yesterday and the swelling keeps growing']);
    expectAlerts(
      [
        'I get a dull ache in my ovary area around my period every month',
        'I had a miscarriage 3 years ago and I have a cold with a fever now',
        'I had a vasectomy two weeks ago and the swelling is going down nicely',
      ],
      false,
    );
  });

  it('reads skin gone black at the groin with a fever', () => {
    expectRuleFires('necrotising_infection', ["he's diabetic and his groin has gone black and swollen, with a fever"]);
  });
});

describe('the nerves and the muscles', () => {
  it('reads weakness creeping up to the hands, rigid muscles with a fever after a medicine stopped, breathing gone weak, and a fall with vomiting', () => {
    expectRuleFires('guillain_barre', ['my legs went weak yesterday and the tingling has crept up to my hands']);
    expectRuleFires('rigidity_with_fever', ['since her Parkinson tablets were stopped she has gone rigid, burning hot and muddled']);
    expect(decide('I have myasthenia and now I can hardly swallow and my breathing is getting weak').level).toBe('emergency');
    expectRuleFires('fall_head_symptoms', ['my daughter fell off the climbing wall, she has a headache and keeps vomiting']);
    expectAlerts(
      [
        'my muscles are stiff after the gym and I feel hot after the sauna',
        'my grandad has Parkinson\'s and is stiff in the mornings, no fever',
        'my son fell off the sofa and bumped his knee, he was sick once after too much cake',
      ],
      false,
    );
  });

  it('keeps a finding told beside medicines that were stopped current (regression: "since his tablets were stopped" read as resolved)', () => {
    expect(decide("he's been confused since his tablets were stopped and he is burning hot and rigid").level).toBe('emergency');
  });
});

describe('typing slips', () => {
  it('leaves a regular inflection of a known word alone ("scabbed" is not "stabbed"), and still corrects slips that break the spelling rules', () => {
    expectAlerts(['I scraped my shin on a fence yesterday and it has scabbed over'], false);
    expect(decide('my nose is bleding and wont stop for an hour').level).toBe('emergency');
    expect(decide('he is wheezeing badly and his lips are blue').level).toBe('emergency');
    // Regression: a plural the lexicon lacks is its base when the patterns use the base ("fevers" is "fever").
    expect(decide('I have a replaced heart valve and have had fevers for a week').level).toBe('emergency');
  });
});
