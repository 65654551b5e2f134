/**
 * Found by a batch of messages written for session 31 in the way people type on a phone (batch 12) and
 * scored once before any change: a collapse followed by not remembering, a kick to the testicles that
 * gets worse, black toes in diabetes, a sting inside the throat, a bad headache on blood thinners, a nut
 * up a child's nose, a faint with no period for two months, a limb and the face "on the same side", a
 * rash "like bruises" and a heart "beating irregularly" after a shock had no path to an alert. Each
 * beside look-alikes that must stay quiet.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('emergencies told in other words', () => {
  it('alerts for a faint followed by confusion or not remembering, not for a faint that passed', () => {
    expectRuleFires('syncope_high_risk', ['my son blacked out at school and now he cannot remember what happened', 'she collapsed in the shop and is confused since she came round']);
    expectAlerts(['I fainted at the concert, came round straight away and felt fine'], false);
  });

  it('alerts for pain after a blow to the testicles that grows or makes someone sick', () => {
    expectRuleFires('testicular_blow', ['I got kneed in the groin an hour ago and the pain keeps getting worse', 'he was hit in the balls by a cricket ball and has been sick twice']);
    expectAlerts(['got hit in the balls yesterday, it was sore for a minute and I am fine now'], false);
  });

  it('alerts for black toes or skin on the foot in diabetes', () => {
    expectRuleFires('diabetic_foot_gangrene', ["I'm type 2 diabetic and the tip of my big toe has turned black", 'my diabetic dad has a patch of black skin on his heel']);
    expectAlerts(["I'm diabetic and I have a bruise under my toenail from dropping a tin on it"], false);
  });

  it('alerts for a sting inside the throat with trouble swallowing or a changed voice', () => {
    expectRuleFires('anaphylaxis', ['a bee flew into my mouth and stung the back of my throat, now I can barely swallow']);
  });

  it('alerts for a bad headache with vomiting or a stiff neck on blood thinners', () => {
    expectRuleFires('anticoagulated_headache', ["I'm on apixaban and I've had a terrible headache since this morning and keep being sick"]);
    expectAlerts(["I'm on warfarin and have a mild headache with a cold"], false);
  });

  it('alerts for something stuck up a nose, not for one already out or a finger', () => {
    expectRuleFires('object_up_nose', ["my daughter stuck a bead up her nostril and we can't get it out"]);
    expectAlerts(['my little boy put a raisin up his nose and I got it out', 'my son puts his finger up his nose all the time'], false);
  });

  it('reads no period for weeks or months as a possible pregnancy', () => {
    expectAlerts(["I haven't had a period for six weeks, now terrible pain low down on the right and I fainted"], true);
  });

  it('reads a limb and the face told "on the same side" as one side of the body', () => {
    expectRuleFires('stroke_fast', ['my leg went weak and my face feels numb on the same side']);
  });

  it('reads a rash that looks like bruises with a fever as a rash that does not fade', () => {
    expectRuleFires('meningitis', ['my 2 year old has a temperature of 39.5 and spots that look like bruising']);
    expectAlerts(['my toddler has bruises on his shins from playing, no fever'], false);
  });

  it('reads a heart beating irregularly after an electric shock as palpitations', () => {
    expectRuleFires('electric_shock', ['after the shock from the socket his heart has been beating erratically']);
  });
});
