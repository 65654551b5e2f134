import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found by telling each emergency condition of the knowledge base in the last lay synonyms of its
// strongest symptoms: painless bleeding in later pregnancy (placenta praevia) and a bladder that cannot
// empty got no alert. Phrasings are our own.
describe('bleeding in later pregnancy', () => {
  it('alerts from about 20 weeks, or told by the trimester or the placenta, with or without pain', () => {
    expectAlerts(
      [
        "I'm 32 weeks and I have bright red bleeding, no pain. The scan showed a low-lying placenta.",
        '35 year old female, 34 weeks pregnant. Painless vaginal bleeding since this morning.',
        "I'm in my third trimester and noticed some bleeding after sex.",
      ],
      true,
    );
  });

  it('does not alert for bleeding gums or a nosebleed in pregnancy', () => {
    expectAlerts(
      [
        "I'm 25 weeks pregnant and my gums are bleeding when I brush.",
        "I'm 28 weeks pregnant with bleeding gums and a stuffy nose.",
        "I'm 30 weeks pregnant and had a nosebleed this morning.",
      ],
      false,
    );
  });
});

describe('acute urinary retention', () => {
  it('alerts when no urine passes and the lower tummy hurts or swells', () => {
    expectAlerts(
      [
        "I can't pee at all since this morning and my lower tummy is painful and swollen.",
        '72 year old male. Unable to pass urine for 10 hours, suprapubic pain.',
        "I haven't peed since last night and my belly is swollen and hard.",
      ],
      true,
    );
  });

  it('does not alert for a burning UTI or a weak stream', () => {
    expectAlerts(["It burns when I pee and I keep needing to go, a bit of lower tummy ache.", "I can't pee properly, it stings, and my lower tummy aches."], false);
  });
});

// Found the same way (preterm labour told as contractions before 37 weeks): contractions before term
// had no path to an alert, and "no pain, baby moving well" read the baby's movements as denied.
describe('labour before 37 weeks', () => {
  it('alerts for contractions, tightenings or cramps every few minutes from about 20 weeks to before 37', () => {
    expectAlerts(
      [
        "I'm 33 weeks pregnant and having regular contractions every 5 minutes.",
        "I'm 28 weeks and I'm getting period-like cramps that come and go every few minutes.",
        '31 year old female, 32 weeks pregnant, tightenings every ten minutes since this morning.',
      ],
      true,
    );
  });

  it('does not alert for Braxton Hicks with a baby moving well, cramps early on, or contractions at term', () => {
    expectAlerts(
      [
        "I'm 26 weeks pregnant and I get Braxton Hicks tightenings now and then, no pain, baby moving well.",
        "I'm 12 weeks pregnant and have mild period-like cramps.",
        '34 weeks pregnant, no headache, baby kicking normally, just heartburn.',
      ],
      false,
    );
  });
});
