import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Two self-care messages by others alerted as "severe difficulty breathing": a nose too blocked to
// breathe through (a cold), and a stomach making loud gurgling noises (a gut told at length before its
// noise). A person who cannot breathe, or whose breathing gurgles, still alerts.
describe('a blocked nose and a noisy tummy', () => {
  it('are not breathing failing', () => {
    expectAlerts(
      [
        "Bunged up with a cold, I can't breathe through my nose at night so I sleep badly. Is a saline spray ok?",
        'my 6 year old cannot breathe out of her nose because of a cold, otherwise fine and playing',
        'My stomach makes really embarrassing loud gurgling noises after lunch every day, no pain, normal bowels',
        'gurgling sounds from my tummy all evening after a curry, feel fine otherwise',
      ],
      false,
    );
  });

  it('breathing that fails or gurgles still alerts', () => {
    expectAlerts(
      [
        "I can't breathe, my chest is so tight",
        'he collapsed and is making gurgling noises when he breathes',
        "she can't breathe through her nose or her mouth properly, her lips are swelling after a bee sting",
      ],
      true,
    );
  });
});
