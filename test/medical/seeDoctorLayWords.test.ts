import { describe, it } from 'vitest';
import { expectLevel } from './urgencyHelpers.ts';

// Regression: see-a-doctor findings in lay words came out self_care: weight lost "a stone" without
// trying, an injured ankle someone "can barely walk on", a parent who "keeps forgetting things and
// getting lost". Phrasings are our own.
describe('see-a-doctor findings in lay words', () => {
  it('are non_emergency', () => {
    expectLevel(
      [
        'ive lost a stone without trying over the last few months',
        'my clothes are hanging off me and i havent been dieting',
        'my ankle is really swollen after i twisted it and i can barely walk on it',
        'my dad keeps forgetting things and getting lost lately',
      ],
      'non_emergency',
    );
  });

  it('their look-alikes stay self_care', () => {
    expectLevel(['i lost my keys again, so annoying', 'i walked so far today i can barely feel my legs, they ache from the hike'], 'self_care');
  });
});
