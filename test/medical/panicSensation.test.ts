import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found by our own panic-attack notes in the external set's clinical style: "feeling that he cannot
// breathe" during episodes of intense fear read as severe breathing difficulty. A "can't breathe" told
// as a feeling, in a message that names panic, is the breathlessness of the episode; what is seen (a
// wheeze, blue lips, collapse), an allergen, or a "can't breathe" not told as a feeling still alerts.
describe('"I feel like I can\'t breathe" in a panic attack', () => {
  it('is breathlessness, not an airway failing', () => {
    expectAlerts(
      [
        "I'm having a panic attack, I feel like I can't breathe and my heart is pounding, this happens when I get anxious",
        '24 year old male. Presenting complaints: anxiety, palpitations. Episodes of sudden intense fear with racing heart, shaking and feeling that he cannot breathe, lasting 10 minutes, in crowded places. ECG normal.',
        'I get panic attacks where I feel as if I cannot breathe and my fingers tingle, they pass in 10 minutes',
        'She hyperventilates when stressed and says it feels like she can not breathe, it settles after a few minutes.',
      ],
      false,
    );
  });

  it('still alerts with a sign that is seen, an allergen, or breathing that fails', () => {
    expectAlerts(
      [
        "I'm having a panic attack and I can't breathe, my lips are going blue",
        "I have asthma and I'm having a panic attack, I'm wheezing and I feel like I can't breathe",
        "I ate peanuts and I'm panicking, I feel like I can't breathe",
        "I'm panicking, he can't breathe, he's choking on a sweet",
        "I feel like I can't breathe and my chest is tight",
      ],
      true,
    );
  });
});
