import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: period pain whose pattern is told in another sentence ("started with her period this
// morning ... This happens with most periods", "similar painful periods since she was 13") alerted as
// an acute abdomen, and a sudden start at the period's onset as a sudden severe abdominal pain: the
// monthly-pattern exception only knew one phrase holding both. A pain tied to the period's start beside
// a recurrence anywhere in the message is the period's; pregnancy, a pain unlike the usual, a rigid
// belly or a collapse still alert. Phrasings are our own.
describe('period pain with its recurrence told apart', () => {
  it('is not an acute abdomen', () => {
    expectAlerts(
      [
        '17 year old female. Presenting complaints: lower abdominal pain, nausea. The patient has severe cramping pain in her lower abdomen that started with her period this morning, spreading to her lower back and thighs. She vomited once and felt faint. This happens with most periods. Negatives: no fever, no abnormal vaginal discharge, not sexually active.',
        "I'm a 19 year old woman. I've got abdominal pain, nausea and vomiting. I have sudden onset severe cramping pain in the lower abdomen which started a few hours before my period began. I vomited and feel lightheaded. I have had similar painful periods since I was 13. I don't have fever or vaginal discharge.",
        "sudden severe cramps a few hours before my period started, threw up once, I've had painful periods like this since I was 13",
        'my period pain is really bad, severe cramps and I was sick, same as every month',
      ],
      false,
    );
  });

  it('still alerts when pregnant, unlike the usual, with a rigid belly or a collapse', () => {
    expectAlerts(
      [
        "severe cramping pain with my period and I've been vomiting, this is different from my usual periods, much worse",
        "I get period pain every month but today there's sudden severe pain low in my tummy with vomiting and my pregnancy test was positive",
        '22 year old female. Sudden severe lower abdominal pain that started with her period, she vomited and collapsed. She has painful periods every month.',
        "I've had painful periods since I was 13 but now severe pain with my period, vomiting, and my tummy is rigid and hurts to touch",
        'sudden severe abdominal pain with vomiting, my period is late',
      ],
      true,
    );
  });
});
