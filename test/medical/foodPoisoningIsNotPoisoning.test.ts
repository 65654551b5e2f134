import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: "food poisoning" alerted as an overdose or poisoning (critical, "call now"), twice over:
// the poisoning pattern matched its second word, and the named-emergency matcher knew only emergency
// names, so "poisoning" inside a self-care condition's name named one. Now the longest knowledge-base
// name at a place wins. Phrasings are our own.
describe('food poisoning is a stomach bug; a poison or an overdose still alerts', () => {
  it('food poisoning named, in several wordings and languages', () => {
    expectAlerts(
      [
        'Food poisoning I think, been sick 4 times since last night and diarrhoea, keeping water down now',
        'pretty sure its food poisoning from the kebab, cramps and the runs but drinking ok',
        'I think I have food poisoning after the buffet yesterday',
        'creo que tengo una intoxicación alimentaria, vómitos desde anoche',
        "je pense que c'est une intoxication alimentaire, diarrhée depuis hier",
      ],
      false,
    );
  });

  it('poisoning and overdoses still alert, named or told', () => {
    expectAlerts(
      [
        'I think my son has been poisoned, he drank something from under the sink',
        'my toddler swallowed bleach',
        'I think she has carbon monoxide poisoning, the whole house has headaches',
        'he took an overdose of his tablets an hour ago',
        'creo que mi hijo se ha intoxicado con lejía',
      ],
      true,
    );
  });
});
