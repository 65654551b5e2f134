import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// A rabies exposure told as what happened, from probes of our own: a bat in the bedroom, a wild
// animal's bite, a dog bite abroad. A pet at home, a stray at home and bats seen outside stay calm.
describe('rabies exposure told as what happened', () => {
  it('alerts for a bat where someone slept or that touched them, a wild animal, or a bite abroad', () => {
    expectAlerts(
      [
        'I woke up and there was a bat flying around my bedroom',
        "We found a bat in my daughter's room this morning, she'd been asleep",
        'I was bitten by a stray dog in Thailand last week, it broke the skin',
        'a monkey scratched my arm in Bali two days ago',
        'a raccoon bit my hand when I was putting the bins out',
        'my son was bitten by a street dog while we were travelling in Vietnam',
        '45 year old male. Presenting complaints: hand wound. Bitten on the hand by a street dog while on holiday in Morocco 10 days ago. Negatives: no fever.',
      ],
      true,
    );
  });

  it('does not alert for a pet at home, a stray dog at home, bats seen outside, or denials', () => {
    expectAlerts(
      [
        'my cat scratched my arm while I was playing with her, it is a bit red',
        'my dog nipped my finger when I took his bone away',
        'a stray dog bit my ankle on the way to work, small puncture marks',
        'we watched bats flying around the garden at dusk',
        '30 year old male. Presenting complaints: sore throat. Negatives: no animal bites or scratches, no travel abroad, no bat exposure.',
      ],
      false,
    );
  });
});
