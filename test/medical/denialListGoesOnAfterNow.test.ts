import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// "He doesn't have bleeding now, bruising elsewhere, bleeding gums, head injury, dizziness or
// blood-thinning medicines" alerted for a head injury on a blood thinner: the clause splitter cut at
// "now" as at a turn ("it was mild, now it's worse"), and the rest of the denied list became findings.
// A "now" that closes its words dates them; one that opens a new statement still cuts.
describe('a denied list with "now" in it', () => {
  it('stays denied to its end', () => {
    const clauses = analyzeMessage("She doesn't have any pain now, a rash, a fever or a head injury.").clauses;
    expect(clauses.filter((c) => /rash|fever|head injury/.test(c.text)).every((c) => c.negated)).toBe(true);
    expectAlerts(
      [
        'Nosebleed earlier that stopped with pressure. He has no bleeding now, no bruises, no head injury or blood thinners.',
        "My mum doesn't have chest pain now, shortness of breath, sweating or sickness; it was a twinge when she lifted the shopping yesterday and pressing there hurts.",
      ],
      false,
    );
  });

  it('a "now" that opens a new statement still turns the clause', () => {
    const clauses = analyzeMessage('it was a mild ache, now the pain is crushing').clauses;
    expect(clauses.some((c) => /crushing/.test(c.text) && !c.negated)).toBe(true);
    expectAlerts(["I didn't have any pain at first, now I have crushing chest pain and I'm sweating"], true);
  });
});
