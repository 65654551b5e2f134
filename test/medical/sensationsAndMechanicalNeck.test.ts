import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Two self-care look-alikes of our own that alerted: "neck stiffness" with a headache after sleeping
// awkwardly, worse on turning the head (read as meningism), and "a feeling of choking" in a panic
// attack (read as a blocked airway). Meningism with fever, light sensitivity or vomiting, a choking
// person, and a choking sensation after a food or a sting still alert.
describe('a mechanical stiff neck and a choking sensation', () => {
  it('a neck stiffened by sleep, posture or strain does not make a headache meningitis', () => {
    expectAlerts(
      [
        '35 year old female. Presenting complaints: neck pain, headache. She has neck stiffness and a tension-type headache after sleeping awkwardly, worse on turning the head. Negatives: no fever, no rash, no photophobia, no vomiting.',
        '42 year old male. Presenting complaints: headache, neck stiffness. Headache with neck stiffness for 2 days, worse with turning his head; he works at a computer all day. Negatives: no fever, no photophobia.',
      ],
      false,
    );
  });

  it('meningism with fever, light sensitivity or vomiting, or without a mechanical pattern, still alerts', () => {
    expectAlerts(
      [
        '19 year old female with headache, neck stiffness and a fever of 39, worse on turning her head',
        '22 year old male. Headache and neck stiffness after sleeping awkwardly, with vomiting and he dislikes the light.',
        '22 year old male. Presenting complaints: headache, neck stiffness. Severe headache and neck stiffness since this morning.',
      ],
      true,
    );
  });

  it('a choking sensation told in a panic attack is not a blocked airway', () => {
    expectAlerts(
      [
        '29 year old female. Presenting complaints: palpitations, anxiety. A pounding heart, shaking and a feeling of choking during a panic attack before an exam, lasting 10 minutes. Negatives: no chest pain, no syncope.',
        "I get a choking sensation in my throat when I'm stressed, it passes when I calm down",
      ],
      false,
    );
  });

  it('someone choking, or a choking feeling after a food or a sting, still alerts', () => {
    expectAlerts(
      [
        'my son is choking on a grape',
        'she was choking and coughing after swallowing a sweet',
        'I ate shrimp and now I have a choking sensation in my throat',
        'I was stung by a wasp and have a feeling of choking',
      ],
      true,
    );
  });
});
