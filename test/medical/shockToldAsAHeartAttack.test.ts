import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// A fresh set of others' messages alerted on "I nearly had a heart attack when I opened my electricity
// bill": a fright told as a heart attack. Only "nearly" or "almost" with what caused the fright, or "gave
// me a heart attack", is a figure of speech; a heart attack named as happening, nearly had on exertion,
// or had last year with chest pain now, is still read.
describe('a fright told as a heart attack', () => {
  it('is a figure of speech', () => {
    expectAlerts(
      [
        'I almost had a heart attack when I saw the price of the car repair, sweating buckets at the garage. Anyway, my question is about a dry cough I have had for 4 days',
        'haha my son nearly gave me a heart attack jumping out from behind the door, I went all clammy. Can you tell me what helps hay fever itchy eyes?',
        'I practically had a heart attack at the gas bill this month, the stress gives me a tight band of pressure round my head, my usual tension headache',
      ],
      false,
    );
  });

  it('a heart attack named now, or chest pain with one nearly had, still alerts', () => {
    expectAlerts(
      [
        'I think I am having a heart attack',
        'I nearly had a heart attack after climbing the stairs, crushing chest pain and sweating',
        'My dad almost had a heart attack last year and now he has tight chest pain going into his left arm',
      ],
      true,
    );
  });
});
