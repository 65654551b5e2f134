import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13), in clinicians' shorthand and carers' words:
// - "very muddled" is confusion (with "burning up", an older person's sepsis);
// - "fell off the top bunk onto his head" is a head injury;
// - "OD 40x paracetamol" is an overdose ("20mg OD" stays a once-daily dose);
// - a child who drank methadone or another named medicine, not only "pills";
// - "+ve UPT, LIF pain, PV spotting" and "acute testicular pain, N&V" in the ectopic and torsion entries.
describe("clinicians' shorthand and carers' words", () => {
  it('alerts on each', () => {
    expectAlerts(
      [
        "Mum (89) has gone off her legs today, very muddled and her urine smells strong, she's burning up",
        "my 3 year old fell off the top bunk onto his head, he's been sick twice and is very drowsy",
        'OD 40x paracetamol 2h ago',
        'my 2 year old drank some of my methadone',
        '+ve UPT, LIF pain, PV spotting, shoulder tip pain, BP 90/60',
        '14M, acute L testicular pain 1hr, N&V',
      ],
      true,
    );
  });

  it('does not alert on their everyday look-alikes', () => {
    expectAlerts(
      [
        "I'm a bit muddled about which day to take my tablet",
        'Paracetamol 1g QDS, omeprazole 20mg OD',
        'N&V after a curry last night, fine now',
        'Mild LIF pain with constipation for a week, not pregnant',
        'My son fell on the grass and grazed his knee, he is fine',
      ],
      false,
    );
  });
});
