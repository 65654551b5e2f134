import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// A usual panic attack "felt like I couldn't get a breath", and one "feeling I could not get a deep
// breath", alerted as severe breathing trouble: only "can't breathe" was known as a sensation told.
// A panic attack with blue lips or a collapse still alerts.
describe('a panic attack that felt like no breath would come', () => {
  it('is the breathlessness of panic', () => {
    expectAlerts(
      [
        'I have panic attacks, had one in the car park, felt like I could not catch my breath and my hands tingled, it passed in 10 minutes',
        "Panic attack at work, felt as if I couldn't take a deep breath, heart racing, settled after a while and I'm fine now",
      ],
      false,
    );
  });

  it('with blue lips or a collapse it still alerts', () => {
    expectAlerts(['panic attack and I felt I could not get a breath, now my lips look blue'], true);
  });
});
