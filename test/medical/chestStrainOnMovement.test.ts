/**
 * A sore chest after a strain that a movement of the trunk or arms brings on is the chest wall's: it
 * lowers instead of alarming. Pain that comes during exertion, or with breathlessness, sweating or
 * spread to the arm, stays an emergency. Our own phrasings.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('chest pain a movement brings on', () => {
  it('does not alert after a strain', () => {
    expectAlerts([
      'my chest has been sore since the gym yesterday and it hurts when I twist round',
      'did a lot of push ups on Sunday, now my chest aches whenever I lift my arms',
      'helped a friend move a sofa, left side of my chest is sore and worse when I turn in bed',
      'chest muscles ache after rowing, only twinges when I reach for things',
      'took a knock at rugby and my chest hurts if I rotate my upper body',
      'his chest is sore since the gym, it hurts when my husband twists',
      'her ribs ache after pilates and it hurts when she presses on them',
    ], false);
  });

  it('still alerts when the pain comes during exertion or with heart signs', () => {
    expectAlerts([
      'chest pain while jogging that made me stop, and I was short of breath',
      'I get a heavy chest when I walk uphill and I break out in a sweat',
      'my chest hurts when I twist but I am also clammy and it goes down my left arm',
      'sore chest after the gym, worse when I turn, and now I am really breathless',
    ], true);
  });
});
