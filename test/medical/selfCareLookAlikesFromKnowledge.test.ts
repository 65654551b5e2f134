/**
 * Found by telling the knowledge base's own self-care conditions in their own words (`npm run -s
 * eval:kb -- --show`, session 30, and with the findings' other synonyms): a child who is hard to wake
 * at night to pee, heavy bleeding told beside the person's period, and a tight chest with a wheeze, a
 * fever or phlegm from a chest infection each raised an alert. The findings were read without what explains them: a sleeper's habit, the period, the
 * airways. Each is pinned with its dangerous neighbour, which must still alert.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('hard to wake, told as a habit', () => {
  it('does not alert when the child is hard to wake at night, in the mornings or for school', () => {
    expectAlerts(
      [
        'my 8 year old still wets the bed, he is so hard to wake at night',
        "she's always hard to wake up in the mornings, is that normal for a teenager?",
        'my son is difficult to wake for school every day and grumpy',
        'he is usually hard to rouse, a heavy sleeper like his dad',
      ],
      false,
    );
  });

  it('still alerts when someone is hard to wake now', () => {
    expectRuleFires('unresponsive', [
      'my toddler has a temperature and is really hard to wake',
      "grandad was hard to wake this morning and isn't making sense",
      'she is difficult to rouse after the fall',
    ]);
  });
});

describe('heavy bleeding beside a period', () => {
  it('does not alert for heavy bleeding told with the period and nothing else', () => {
    expectAlerts(
      [
        'cramps low in my belly on my period and really heavy bleeding',
        'heavy bleeding this month, my period started on Monday',
        "I'm menstruating and bleeding heavily with bad back pain",
      ],
      false,
    );
  });

  it('still alerts with faintness, pregnancy, hourly soaking, or a wound or other source', () => {
    expectRuleFires('severe_bleeding', [
      'on my period and bleeding heavily, I nearly fainted in the shower',
      "I'm on my period and sliced my finger with a knife, it's bleeding heavily",
      'heavy bleeding from my nose and my period started today',
      'soaking a pad every hour on my period',
      'my period came and now there is heavy bleeding, I am pregnant',
    ]);
  });

  it('reads "a period of" as a span of time, not a period (regression: it hid heavy bleeding)', () => {
    expectRuleFires('severe_bleeding', ['heavy bleeding for a period of two hours now', 'it has been bleeding heavily over a period of a day']);
  });
});

describe('a tight chest with a wheeze', () => {
  it('does not alert for a tight, wheezy chest with a cold or a fever and nothing more', () => {
    expectAlerts(['tight chest, a temperature and a wheeze since the weekend', 'my chest feels tight and wheezy with this cold'], false);
  });

  it('still alerts with pain, breathlessness at rest, blue lips or the heart signs', () => {
    expectRuleFires('chest_pain_adult', ['tight crushing chest and wheezing, I am 60', 'wheezy and tight chest, sweating and it spreads to my jaw']);
    expectRuleFires('severe_breathing', ['tight chest and wheeze and too breathless to talk', 'wheezing with a tight chest and my lips look blue']);
  });
});

describe('a tight chest with a cough, age not told', () => {
  it('does not alert when a fever or phlegm tells of the chest infection', () => {
    expectAlerts(['coughing all week with a temperature and my chest feels tight', 'bringing up yellow phlegm, coughing a lot, tight chest', 'chest is tight with this chesty cough'], false);
  });

  it('still alerts without them, in an older adult, with the heart signs or pink froth', () => {
    expectRuleFires('chest_pain_adult', ['coughing and my chest is tight', 'tight chest and a chesty cough, I am 70', 'tight chest and coughing up green phlegm, clammy and grey']);
    expectAlerts(['coughing up pink frothy sputum and my chest is tight'], true);
  });
});

describe('"a lot" as severity', () => {
  it('is the severity of a pain only (regression: "coughing a lot" and "peeing a lot" read as severe pain)', () => {
    expectAlerts(['kidney stones in the past, aching side and peeing a lot', 'coughing a lot with yellow phlegm and my chest is tight'], false);
    expectRuleFires('cardiac_chest_pain', ['my chest hurts a lot', 'pain in the middle of my chest, it aches a lot']);
  });
});

