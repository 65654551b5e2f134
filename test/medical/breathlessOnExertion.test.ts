import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// An older person with a cold and a temperature who gets out of breath on the stairs alerted as
// "fever with breathlessness" (a pneumonia turning septic). Breathlessness told only with exertion is
// not breathlessness at rest; told at rest too, without exertion, or with fast breathing, it still
// alerts. Phrasings are our own.
describe('breathlessness told only on exertion', () => {
  it('does not make a fever in an older person an emergency', () => {
    expectAlerts(
      [
        '72 year old male. Presenting complaints: runny nose, cough. A 4-day history of runny nose, sneezing, dry cough and mild shortness of breath when climbing stairs. He feels feverish at night and wakes up sweating. Negatives: no chest pain, no confusion.',
        '68 year old female. Presenting complaints: fever, cough. Two days of fever and a dry cough after her grandchildren had colds. Slightly breathless on exertion. Negatives: no chest pain, no confusion, no vomiting.',
        "I'm 81 and I've had a cold with a temperature for 3 days, I get out of breath walking up the stairs but I'm fine sitting down",
      ],
      false,
    );
  });

  it('still alerts when the breathlessness is at rest, unqualified, or comes with fast breathing', () => {
    expectAlerts(
      [
        '75 year old female. Presenting complaints: cough, fever. Cough and a fever of 38.4 for two days, now short of breath even when sitting.',
        '80 year old man with a chest infection, breathless on exertion and now breathless at rest too, temperature 38.5',
        "I'm 70, I've got a fever and I get out of breath walking up the stairs, and last night I was breathless lying in bed",
        'My 78 year old mum has a fever and is short of breath',
        "my grandad is 84, he has a chest infection and he's breathing fast and out of breath climbing the stairs",
      ],
      true,
    );
  });
});
