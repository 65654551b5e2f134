import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: four emergencies told in our own vignette-style probes got no alert because none of their
// usual trigger words was there: a heart attack without chest pain (breathless or "indigestion" with
// sweating, older or diabetic), a clot in the lung that did not start suddenly (breathless on the pill
// with a racing heart), a stroke at the back of the brain (sudden vertigo with double vision or unable to
// walk straight), and a burst aortic aneurysm (a pulsating lump, or sudden severe back pain with
// faintness over 60). Each side of the line in several phrasings of our own.
describe('emergencies without their usual sign', () => {
  it('a heart attack without chest pain, older or diabetic, with sweating', () => {
    expectAlerts(
      [
        '78 year old female. Presenting complaints: breathlessness, fatigue. Unusually tired and short of breath since this morning, felt sick and clammy, no chest pain. Past history: diabetes.',
        '66 year old male. Upper abdominal discomfort and nausea for 2 hours, sweaty, took antacids without relief.',
        "my dad is 72, he's suddenly breathless and grey and sweaty, says he has no pain",
        "I'm diabetic, since an hour ago I've had pressure in my upper stomach and I'm drenched in sweat",
        "I'm a 60 year old man with diabetes, I've had a funny feeling in my upper stomach for an hour and I'm sweating buckets",
      ],
      true,
    );
    expectAlerts(
      [
        "I'm 55 and get hot flushes and night sweats, and I'm a bit breathless climbing stairs since I put on weight",
        "I'm 52, I had a heavy meal and now have upper stomach discomfort and burping, no sweating",
        '58 year old female. Upper abdominal pain after fatty meals for months, comes and goes. Negatives: no sweating, no breathlessness.',
      ],
      false,
    );
  });

  it('breathless with a clot risk and a racing heart or a swollen leg', () => {
    expectAlerts(
      [
        '39 year old female. Breathless on climbing stairs for 2 days, heart rate 112. Started the contraceptive pill 3 months ago.',
        "I had a hip operation recently and for two days I've been short of breath, my pulse is 118",
        "I'm on the pill, I've been breathless since yesterday and my calf is swollen and painful",
      ],
      true,
    );
    expectAlerts(["I'm on the pill and my calf aches after running yesterday", 'I had a long flight last week and now have a cold with a cough'], false);
  });

  it('sudden dizziness with double vision, slurred speech or unable to walk straight', () => {
    expectAlerts(
      [
        '58 year old male. Sudden onset vertigo this morning, cannot walk straight, vomiting, double vision.',
        'suddenly the room is spinning and I am seeing double',
        'my husband suddenly went dizzy and his speech is slurred',
        "I suddenly got really dizzy an hour ago and I can't walk in a straight line, I keep falling to one side",
      ],
      true,
    );
    expectAlerts(
      [
        "I get dizzy when I roll over in bed, the room spins for a few seconds, I'm a bit unsteady for a minute after",
        'I suddenly feel dizzy when I stand up too fast, then it passes',
        "my vision is blurry when I'm tired and I get a bit dizzy sometimes",
      ],
      false,
    );
  });

  it('a burst aortic aneurysm: a pulsating lump, or sudden severe back pain with faintness over 60', () => {
    expectAlerts(
      [
        '71 year old male. Sudden severe lower back pain for 2 hours, feels faint, pulsating mass in the abdomen.',
        "I'm 74, I suddenly got severe pain in my back and tummy and I nearly passed out",
        'there is a throbbing lump in my belly and it really hurts',
        "I'm a 75 year old man, sudden terrible pain in my back and I feel like I'm going to pass out",
      ],
      true,
    );
    expectAlerts(
      [
        "I'm 65 and have had lower back pain for a week after gardening, no fainting, can walk fine",
        'I can feel my pulse in my tummy when I lie down, I am slim, no pain',
        '72 year old man, told he has a small aortic aneurysm being monitored, no pain, wants advice on exercise',
      ],
      false,
    );
  });
});
