import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: "I have never felt chest pain like this, crushing and spreading to my arm" was read as a
// denial ("never" opened a negation that ran on through the list), and so was "I've never had a
// headache like this" and "I haven't had anything like this before": self care. A "never had ... like
// this" or "never been this ill" is a comparison that tells a new, worse finding (the thunderclap's
// "never had one like it"). A plain "never had chest pain", or "I don't have chest pain like that",
// still denies. Found on our own mirror probes of period pain. Phrasings are our own.
describe('"never had one like this" tells a finding, it does not deny it', () => {
  it('the comparison keeps the findings that follow', () => {
    expectAlerts(
      [
        "I've never had a headache like this, it came on suddenly and it's the worst ever",
        'never had pain like this before, severe stomach pain and vomiting',
        'I have never felt chest pain like this, crushing and spreading to my arm',
        "I've never had a headache like this before, severe, with vomiting and a stiff neck",
        "I haven't had anything like this before, sudden crushing chest pain and sweating",
      ],
      true,
    );
  });

  it('a plain "never had" still denies', () => {
    expectAlerts(
      [
        'never had a headache before',
        'I have never had chest pain',
        "I don't have chest pain like that, it's just a cough",
        "no fever, never had anything like this rash before, it's itchy",
      ],
      false,
    );
  });
});
