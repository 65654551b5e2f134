/**
 * Found by a fifth batch of probes of our own (session 29): an opioid's slow breathing and tiny pupils,
 * a cast gone too tight, a cut that spurts or bleeds through its towel, a fingertip left hanging, and
 * the liver's pain of pre-eclampsia, a whole-body reaction after stings; beside their everyday look-alikes.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectLevel, expectRuleFires } from './urgencyHelpers.ts';

describe('an opioid overdose', () => {
  it('alerts for slow breathing on an opioid, or tiny pupils with slow breathing or drowsiness', () => {
    expectRuleFires('opioid_toxicity', [
      "grandad's gone a funny colour, he's breathing really slowly and his pupils are tiny, he takes morphine patches",
      'my brother uses heroin and he is barely breathing',
      "her pupils are pinpoint and we can't wake her",
    ]);
  });

  it('not for a calm breath, small pupils on codeine, or a patch with constipation', () => {
    expectAlerts(
      [
        'I try to breathe slowly when I feel anxious',
        'I take codeine for my back and my pupils look small, otherwise fine',
        "I'm on morphine patches and feel a bit constipated",
        'I take codeine and do slow breathing exercises',
      ],
      false,
    );
  });
});

describe('a limb in a cast', () => {
  it('alerts when its toes or fingers go numb, blue or white, or will not move', () => {
    expectRuleFires('cast_too_tight', [
      "I can't feel or move my foot after the cast was put on, the toes are blue and it's agony",
      'my wrist is in plaster and my fingers have gone white and numb',
    ]);
  });

  it('not for a snug cast with pink toes, or an itch under it', () => {
    expectAlerts(['my foot feels a bit tight in the new cast but toes are pink and I can wiggle them', 'my arm is in a cast and it itches like mad'], false);
  });
});

describe('bleeding that is not stopping', () => {
  it('alerts for a cut that spurts, or a towel or dressing bled through', () => {
    expectRuleFires('severe_bleeding', [
      "my wife cut herself with the mandoline and it's spurting, I've got a towel on it",
      'I gashed my leg on some glass and the bandage is soaking through already',
    ]);
  });

  it('not for a small cut that stopped', () => {
    expectAlerts(['the tip of my finger has a small cut, bleeding a bit', 'I cut my finger chopping onions, stopped bleeding with pressure after a few minutes'], false);
  });
});

describe('a part nearly cut off', () => {
  it('alerts for a tip left hanging or a part nearly cut off', () => {
    expectRuleFires('amputation_or_crush', ['the kid next door got his finger caught in the car door and the tip is hanging off', 'he nearly sliced off the tip of his thumb with the bread knife']);
  });

  it('not for the idiom', () => {
    expectAlerts(['I nearly cut off my nose to spite my face haha, anyway I have a cold'], false);
  });
});

describe("pre-eclampsia's liver pain", () => {
  it('alerts for pain under the right ribs in later pregnancy with vomiting or a high blood pressure', () => {
    expectRuleFires('preeclampsia_features', [
      "she's 36 weeks pregnant, has terrible pain under her right ribs and is being sick, her blood pressure is high at home",
      "I'm 33 weeks pregnant with pain under my right ribs and my bp is really high",
    ]);
  });

  it('not for heartburn after meals, nor a high reading with nothing else', () => {
    expectAlerts(["I'm 32 weeks pregnant and have heartburn under my ribs after meals"], false);
  });
});

describe('a reaction of the whole body after a sting, or many stings', () => {
  it('is for a doctor soon', () => {
    expectLevel(
      [
        "I've been stung loads of times by wasps, about 20, and I feel sick and my whole body is itchy and hot",
        'I was stung by a wasp and now I have hives all over',
        'got caught by a swarm of bees this afternoon',
      ],
      'non_emergency',
    );
  });

  it('not a swelling round the sting, nor mosquito bites all over the legs', () => {
    expectLevel(["I got stung by a wasp on my arm, it's red and swollen around the sting, about 3cm"], 'self_care');
    expectAlerts(["I've been bitten by mosquitoes all over my legs on holiday"], false);
  });
});
