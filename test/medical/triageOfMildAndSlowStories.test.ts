import { describe, it } from 'vitest';
import { expectLevel } from './urgencyHelpers.ts';

// The session 39 sets found self-care stories sent to a doctor by a word that meant nothing (a bump, a
// normal reading, "breathing is normal for him") and slow warning signs left at home. Both sides here.
describe('self-care stories with a word that asks for nothing', () => {
  it('keeps a head bump with nothing after it at home, and sends one with a headache or sickness to a doctor', () => {
    expectLevel(['my 6 year old bumped his head on the door frame, little red mark, playing happily since'], 'self_care');
    expectLevel(['knocked my head on a cupboard door two days ago and the headache is still there and I keep feeling sick'], 'non_emergency');
  });

  it('reads a normal reading told as a question or checked after the feeling', () => {
    expectLevel(['is 99.3 a fever for a 9 month old? he is feeding and smiling', 'I feel feverish, just checked and it is 37.2, bit of a sniffle'], 'self_care');
  });

  it('reads a heart that skipped a beat at a sight as surprise', () => {
    expectLevel(['my heart skipped a beat when I read the exam results, anyway can I take gaviscon for heartburn after a takeaway?'], 'self_care');
  });

  it('does not count breathing told as normal as a symptom of an older person', () => {
    expectLevel(['my mum is 84, she has a runny nose and a tickly cough, eating well, breathing is fine'], 'self_care');
  });
});

describe('slow warning signs that need a doctor within days', () => {
  it('sends bleeding after the menopause, blood in the wee, food sticking and weight lost to a doctor', () => {
    expectLevel(
      [
        'I am 64 and noticed a bit of bleeding from my vagina yesterday',
        'there was blood in my wee this morning, it does not hurt',
        'lately bread gets stuck on the way down when I swallow and I have to drink to shift it',
        'lost around 8 kilos since the summer without dieting',
      ],
      'non_emergency',
    );
  });

  it('sends a high INR, a sore mouth on chemotherapy and a fingertip that will not straighten to a doctor', () => {
    expectLevel(
      [
        'my INR came back at 6.1 today, I take warfarin, no bleeding',
        'I am on chemo and my mouth is really sore, eating is hard',
        'jammed my finger playing netball and the tip hangs down, I cannot straighten it',
      ],
      'non_emergency',
    );
  });
});
