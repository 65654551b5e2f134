/**
 * Readings found by a tenth round of sets written by others (Spanish and French parents of small
 * children, older adults and their carers, pregnancy and the first weeks after birth), pinned here in
 * phrasings of our own.
 */
import { describe, expect, it } from 'vitest';
import { extractVitals } from '../../plugins/medical/language/extractVitals.ts';
import { glossToEnglish } from '../../plugins/medical/language/glossToEnglish.ts';
import { decide, expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

describe('French words folding made into others', () => {
  it('reads "à", "là" and "où" as written, not as "a", "la" and "ou"', () => {
    expect(glossToEnglish('le petit est là, il est à 38 depuis ce matin', 'fr')).toMatch(/\bis there\b.*\bat 38\b/);
    expect(glossToEnglish('où est le thermomètre', 'fr')).toMatch(/^where\b/);
  });

  it('reads Quebec "pu" as "plus", but keeps "pu" after avoir as "could"', () => {
    expect(glossToEnglish('ma fille mange pu depuis hier', 'fr')).toMatch(/(?:isn't|not) eating anymore|no longer eats/);
    expect(glossToEnglish("j'ai pu dormir un peu", 'fr')).toMatch(/able to sleep/);
  });
});

describe('verb forms no glossary phrase holds', () => {
  it('glosses a Spanish gerund and imperfect and a French imperfect from the infinitive', () => {
    expect(glossToEnglish('mi papá está transpirando mucho', 'es')).toContain('sweating');
    expect(glossToEnglish('el nene tiritaba en la cama', 'es')).toContain('was shivering');
    expect(glossToEnglish('le bébé tétait mal toute la journée', 'fr')).toMatch(/was (?:suckling|sucking|feeding)/);
  });
});

describe('a temperature read off a thermometer told in the next clause', () => {
  it('reads the number the thermometer shows', () => {
    expect(extractVitals('we put the thermometer under her arm | it shows 38.4').temperatureC).toEqual([38.4]);
  });

  it('alerts for a young baby whose thermometer reads a fever, in English and Spanish', () => {
    expectRuleFires('infant_fever', ['my 7 week old felt warm so I got the thermometer out and it says 38.2']);
    expectRuleFires('infant_fever', ['mi nena tiene 5 semanas, le puse el termómetro y marca 38,4']);
  });

  it('does not alert when the reading taken is normal, whatever was feared', () => {
    expectAlerts(["I was scared my 3 week old had a fever because his head felt hot but the thermometer shows 36.9 and he's feeding well"], false);
  });

  it('alerts for a young child colder than 36 degrees', () => {
    expectRuleFires('young_child_cold', ["my 2 month old's temperature is 35.5 under the arm"]);
  });
});

describe('denials and findings told with their own negation', () => {
  it('reads "not breathing fast" as a denial and "not breathing" as a finding', () => {
    expectLevel(["my son has a cold but he's not breathing fast and he's running around"], 'self_care');
    expectAlerts(["he's not breathing and his lips look grey"], true);
  });

  it('reads "isn\'t making any sense" as confusion, so an infection with it is sepsis', () => {
    expectAlerts(["my nan isn't making any sense today, she's burning up and her legs have gone blotchy and purple"], true);
  });
});

describe('what parents see', () => {
  it('reads a body going stiff and then jerking, or eyes rolling back while twitching, as a fit', () => {
    expectRuleFires('seizure', ['my daughter went rigid and then her arms started jerking']);
    expectRuleFires('seizure', ['his eyes rolled back and he was twitching on the sofa']);
  });

  it('lets a child woken from sleep, not knowing the parent for a minute, be a night terror, not new confusion', () => {
    expectAlerts(["my 5 year old sat up screaming in his sleep, he doesn't recognise me for a couple of minutes, then he falls back asleep and remembers nothing"], false);
    expectAlerts(['my 6 year old woke in the night with a temperature of 39.4 and did not recognise me'], true);
  });

  it('reads stools like strawberry jam in a baby with bouts of screaming', () => {
    expectAlerts(['my 10 month old has bouts of screaming and pulling her knees up, and her poo looks like strawberry jam'], true);
  });

  it('reads a young baby barely wetting nappies, a lump in the groin with vomiting, and jaundice in the first day', () => {
    expectRuleFires('infant_dehydration', ['my 3 month old has been sick all day and is barely wetting her nappies']);
    expectRuleFires('strangulated_hernia', ['my 6 week old has a lump in his groin and keeps vomiting']);
    expectRuleFires('jaundice_first_day', ['our son is 15 hours old and his face looks yellow']);
  });

  it('reads weeks of thirst told as drinking loads, with vomiting and deep breaths', () => {
    expectRuleFires('new_diabetes_ketoacidosis', ['my 12 year old drinks loads of water and wees constantly, she has lost weight and today she is vomiting and breathing really deeply']);
  });

  it('reads an eye poked with something and vision gone blurry', () => {
    expectAlerts(['my son poked his eye with a pencil and now everything looks blurry'], true);
  });

  it('reads a child who cannot bend the head forward, with a fever', () => {
    expectAlerts(['my daughter has a fever and says she cannot bend her head forward'], true);
  });

  it('reads a child who stayed under the water for a moment at the pool and is now coughing', () => {
    expectRuleFires('near_drowning', ['my son stayed a moment under water at the pool, now he is coughing and very sleepy']);
  });
});

describe('older adults and pregnancy', () => {
  it('reads a very slow pulse with a blackout', () => {
    expectRuleFires('heart_rate', ['my watch says my heart rate is 36 and I blacked out on the stairs this morning']);
  });

  it('reads pills being put aside with an intent to take them tonight as a plan', () => {
    const decision = decide("I've been putting aside my tablets for months and I intend to take them all tonight");
    expect(decision.level).toBe('emergency');
    expect(decision.emergency.crisis).toBe(true);
  });

  it('reads fluid lost and still trickling before 37 weeks as waters broken', () => {
    expectRuleFires('preterm_waters', ["I'm 33 weeks and I've lost a lot of clear fluid, it's still trickling out"]);
  });

  it('reads weeks since giving birth, a fever and a racing heart as an infection after birth', () => {
    expectAlerts(['10 days since I gave birth, temp 38.9, heart racing at 125 and my tummy is really sore'], true);
  });

  it('reads an operation wound that has split open', () => {
    expectRuleFires('surgical_wound_burst', ['had my gallbladder out last week and now the wound has split open']);
  });
});
