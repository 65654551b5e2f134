import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own case notes (round 13): "77F AF not anticoagulated, sudden severe abdominal pain out
// of proportion to examination, lactate 5" read every item after "not anticoagulated" as denied, as a
// list of negatives ("no fever, cough or rash") is. "Not" with a status participle denies that state;
// the next item of two or more words with a noun of its own is a finding, told as present.
// The same for a response denied ("not relieved by salbutamol, chest tight, SpO2 89%" lost the
// saturation); a participle that introduces findings ("not associated with ...") still heads its list.
describe('"not anticoagulated," denies the status, not the list after it', () => {
  const negated = (text: string): string[] =>
    analyzeMessage(text).clauses.filter((c) => c.negated).map((c) => text.toLowerCase().slice(c.start, c.end).trim());

  it('keeps the findings after a denied status', () => {
    expect(negated('77F AF not anticoagulated, sudden severe abdominal pain out of proportion to examination, lactate 5.')).toEqual(['not anticoagulated']);
    expectAlerts(
      [
        '77F AF not anticoagulated, sudden severe abdominal pain out of proportion to examination, lactate 5.',
        '30M not vaccinated, severe muscle spasms and lockjaw after a puncture wound 10 days ago',
        '17M HbSS, severe pain in back and legs not controlled by oral analgesia, chest pain, SpO2 91%.',
        '25F asthmatic, severe wheeze not relieved by salbutamol, chest tight, SpO2 89%',
      ],
      true,
    );
  });

  it('still carries a denial over a list of findings', () => {
    expect(negated('Not feverish, tachycardic or hypotensive').length).toBeGreaterThan(1);
    expect(negated('Chest pain not associated with nausea, night sweats or palpitations')).toContain('night sweats or palpitations');
    // "No change" is read by no negation cue: it is denied as the next item of the list, as before.
    expect(negated('Abdominal pain is not radiated, no change in bowel habit, no fever')).toContain('no change in bowel habit');
    expectAlerts(['No chest pain, shortness of breath or palpitations, mild cough for 2 days', 'Not vaccinated, no fever, mild runny nose'], false);
  });
});
