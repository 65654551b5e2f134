/**
 * A fever with rigors or a racing heart in the weeks after an operation or an invasive procedure (NICE NG51's
 * risk criteria). Found by the one emergency left of session 36's sets (a tooth out, fever, chills, a racing
 * heart) and a session 37 set of ten such messages, one of which alerted before. Phrasings here are new ones.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a fever after a procedure', () => {
  it('alerts with shivers or a racing heart, the procedure told with when it was', () => {
    expectRuleFires('post_procedure_sepsis', [
      'I had two teeth extracted on Wednesday and tonight I have a fever and uncontrollable shivering',
      'my wife had a hysteroscopy procedure 3 days ago, now she has a temperature of 38.6 and a heart rate of 118',
      'five days after my bowel surgery I have a high fever and my heart is pounding',
      'since my catheter was changed I have had rigors and a temperature',
    ]);
  });

  it('leaves a fever alone, a procedure long ago or still to come, and chills without a fever', () => {
    expectAlerts(
      [
        'I had a wisdom tooth out last month and now I have a sore throat and a temperature',
        'I had a biopsy 6 months ago and now flu, fever and the shivers',
        'my knee operation is on Friday and I keep getting palpitations from nerves',
        "my hernia op's booked for Monday and now I have a fever and a racing heart with this flu",
        'had a coil fitted yesterday, cramps and feeling shivery, no fever',
        'I had a colonoscopy in 2020 and now I have a fever and chills with a cold',
      ],
      false,
    );
  });
});
