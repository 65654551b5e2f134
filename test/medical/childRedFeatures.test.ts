import { describe, expect, it } from 'vitest';
import { alerts } from './urgencyHelpers.ts';

// NICE NG143's red features of a possibly seriously ill child, as parents and clinicians write them,
// beside the harmless look-alikes every parent of a baby meets.
describe("a child's red features alert", () => {
  it.each([
    '10 month old, grunting and nasal flaring, breathing fast',
    'my 2 year old is grunting with every breath and has a temperature',
    'toddler with a tracheal tug and a barking cough',
    'weak, high-pitched cry and she will not feed',
    'inconsolable high pitched cry, mottled, not feeding',
    '3 year old, mottled legs, temp 39.4, very sleepy',
    'newborn, yellow within the first 24 hours',
    'our baby has been jaundiced since birth and is sleepy',
    '4 year old fell from a second-floor window',
  ])('%s', (message) => {
    expect(alerts(message)).toBe(true);
  });
});

describe('harmless look-alikes do not', () => {
  it.each([
    'my 2 month old grunts and goes red when he strains to poo, happy otherwise',
    'newborn makes little grunting noises when asleep, feeding well',
    "4 month old's skin looks mottled when she's cold after a bath, otherwise well",
    'baby 6 days old, slightly yellow since day 3, feeding and weeing well',
    'toddler crying a lot with teething, settles with cuddles',
    'I went yellow within the first day of starting the new tablets, otherwise fine',
  ])('%s', (message) => {
    expect(alerts(message)).toBe(false);
  });
});
