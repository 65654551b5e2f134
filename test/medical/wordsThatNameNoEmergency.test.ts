import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own benign phrasings (round 13): "I think I had a stroke of luck, but I have a mild
// cough" alerted as a stroke (named, and "think ... a stroke" read as the person's fear), and "my old
// sofa collapsed when I sat on it" as an unresponsive person. Figures of speech that spell "stroke"
// are blanked by the language layer (language/figuresOfSpeech.ts); "collapsed" said of furniture, a
// building or a plan is not a person collapsing (safety/concepts/neuroConcepts.ts).
describe('words that name no emergency', () => {
  it('does not alert on a figure of speech with "stroke" in it', () => {
    expectAlerts(
      [
        'I think I had a stroke of luck, but I have a mild cough',
        'It was a stroke of genius to bring the umbrella, now I just have a runny nose',
        'I pulled a muscle in my shoulder doing breaststroke yesterday',
        'At the stroke of midnight I started sneezing, probably hay fever',
        'My back stroke has got better since I stretched, only a mild ache now',
      ],
      false,
    );
  });

  it('still alerts on a stroke named or seen', () => {
    expectAlerts(
      [
        "I think I'm having a stroke, my arm has gone weak",
        'My dad might be having a stroke, his face has dropped on one side',
        'She had a stroke of some kind an hour ago, her speech is slurred and her left arm is weak',
      ],
      true,
    );
  });

  it('does not alert when a thing collapses', () => {
    expectAlerts(
      [
        'My old sofa collapsed when I sat on it and I bruised my bum',
        'The shelf has just collapsed onto my foot, it is a bit bruised but I can walk fine',
        'Our tent collapsed in the rain and I have a cold now',
        'The deal collapsed and I have had a tension headache all day',
      ],
      false,
    );
  });

  it('still alerts when a person collapses', () => {
    expectAlerts(
      [
        'My dad collapsed in the kitchen and is not responding',
        'She suddenly collapsed at the bus stop',
        'My husband just collapsed on the sofa and I cannot wake him',
      ],
      true,
    );
  });
});
