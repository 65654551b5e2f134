/**
 * A sign of the skin that the same skin explains is not the emergency it can also mean: tingling of the
 * genitals with a sore, blister, rash or itch there (herpes, thrush) is not the numb saddle of cauda
 * equina, and fingers that change colour in turns (blue then white, white then blue: Raynaud's) are not
 * a body short of oxygen. The emergency stays where something else tells of it. Found by composing
 * each knowledge-base condition's own main findings into a message (systemic sclerosis and genital
 * herpes alerted); the phrasings below are our own.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('tingling of genital skin with a local cause', () => {
  it('is not cauda equina', () => {
    expectAlerts([
      'tingling in my genital area and now painful blisters on my penis',
      'itchy rash on my bottom and it tingles',
      'burning and tingling down below, I get herpes now and then',
      'my vulva tingles and itches with a white discharge, I think it is thrush',
    ], false);
  });

  it('is still cauda equina with the back, the bladder or numbness told alone', () => {
    expectRuleFires('cauda_equina', [
      'tingling around my genitals and a rash on my penis and I cannot pee',
      'I have back pain and numbness in my groin and a rash',
      'my bottom feels numb when I wipe',
      'numb around my bottom since this morning and my back hurts',
    ]);
  });
});

describe('fingers changing colour in turns', () => {
  it('is not cyanosis', () => {
    expectAlerts([
      'my fingers turn blue and white in winter',
      'the tips of my fingers go white then blue when it is cold',
      'tight shiny skin on my hands and my fingers turning blue then white',
    ], false);
  });

  it('blue fingers alone, or with breathing trouble or drowsiness, still alert', () => {
    expectAlerts([
      'my fingertips have gone blue',
      'his fingers are blue and he is struggling to breathe',
      'her fingers are blue and she is very drowsy',
      // Pale is the pallor of shock or cold, not the white of Raynaud's.
      'his fingers have gone blue and he is pale and cold',
      'my fingertips have gone blue and my hands look pale',
    ], true);
  });
});
