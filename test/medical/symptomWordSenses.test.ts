import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found by telling each non-emergency condition of the knowledge base as a note of its own symptoms: a
// word that names an alarm in one sense alerted in another. Phrasings are our own.
describe('alarm words in their other senses', () => {
  it('"electric shock" pain is a sensation, not circulatory shock', () => {
    expectAlerts(
      [
        'Stabbing electric shock pain in my cheek when I brush my teeth, lasting seconds.',
        '40 year old female. Presenting complaints: electrical shock feeling down the spine when bending the neck.',
        'Pain like an electric shock in my jaw when I chew.',
      ],
      false,
    );
    expectAlerts(['He was in a crash and is in shock, pale and clammy.', 'Post-operative patient, looks shocked and cold, pulse thready.'], true);
  });

  it('sleepy during the day is daytime sleepiness, not drowsiness; a drowsy child with a fever still alerts', () => {
    expectAlerts(
      [
        '48 year old male. Presenting complaints: loud snoring, stops breathing during sleep, very sleepy during the day.',
        'I snore and my wife says I stop breathing at night. I am very sleepy in the daytime.',
        'Very drowsy during the day since I started night shifts.',
      ],
      false,
    );
    expectAlerts(['My 2 year old has a fever and is very sleepy, hard to keep awake.', 'She is 80 and very drowsy and confused since this morning.'], true);
  });

  it("fingers white then blue in the cold are Raynaud's; blue lips or blue fingertips while breathless alert", () => {
    expectAlerts(['My fingers go white then blue in the cold and tingle.', '33 year old female. Presenting complaints: fingers turning white or blue in the cold, tight skin on the hands.'], false);
    expectAlerts(['His lips are blue and he is struggling to breathe.', 'Her fingertips are blue and she is gasping.'], true);
  });

  it('a nipple pulled in is a breast sign, not chest recession; a child\'s ribs sucking in alerts', () => {
    expectAlerts(['55 year old female. Presenting complaints: breast lump, skin dimpling or nipple pulled in.', 'The skin over the lump is puckered and the nipple has pulled in.', 'My nipple has pulled in over the last month.'], false);
    expectAlerts(['My baby is breathing fast and the skin between her ribs is sucking in.'], true);
  });
});

// Found the same way: "not have urine leakage with numbness around the bottom" read "not ... urine" as
// urine not passed, a finding, so the numbness it denied was asserted (cauda equina alerted).
describe('an absent-function noun used as a modifier', () => {
  it('"no urine retention" and "not have urine leakage" deny a finding; "not passed urine since yesterday" reports one', () => {
    expectAlerts(
      [
        'Leaking when I cough or sneeze. I do not have urine leakage with numbness around the bottom or leg weakness.',
        'Low back ache after gardening. No urine retention, no numbness around the bottom, no leg weakness.',
      ],
      false,
    );
    expectAlerts(['Back pain and I have not passed urine since yesterday, numb around my bottom.', 'My 6 month old has had no wet nappies since this morning and is floppy.'], true);
  });
});

// Found the same way (acute bronchitis in lay words): a chest only tight, with a cough, in a young adult
// counted as undifferentiated chest pain.
describe('a tight chest with a cough', () => {
  it('in an adult under 50 with nothing pointing at the heart or the breathing, is the airways', () => {
    expectAlerts(
      [
        '35 year old female. Presenting complaints: chesty cough for 5 days, tight chest. Negatives: no blood in phlegm, no shortness of breath.',
        "I'm 30, I've had a cough with green phlegm all week and my chest feels tight.",
      ],
      false,
    );
  });

  it('alerts with pain, pressure or breathlessness, from 50, or when the age is not told', () => {
    expectAlerts(
      [
        "I'm 30, I have a cough and my chest feels tight and I'm short of breath.",
        "I'm 30, I have a cough and a heavy pressure on my chest.",
        "I'm 55, I have a cough and my chest feels tight.",
        'I have a cough and my chest feels tight.',
      ],
      true,
    );
  });
});

// Found the same way (a breast abscess note): "no feeling very unwell or confused" read "no feeling" as
// numbness reported, so the confusion it denied was asserted (sepsis alerted).
describe('"no feeling"', () => {
  it('denies what follows unless a place follows it', () => {
    expectAlerts(['Red hot lump in the breast with pus. Negatives: no feeling very unwell or confused.', 'Sore throat. No feeling of sickness, no fever.'], false);
    expectAlerts(['Back pain and there is no feeling around my bottom.', 'Sudden: no feeling in my left arm and my face is drooping.'], true);
  });
});
