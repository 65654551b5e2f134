import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found on our own phrasings (round 13): emergencies the knowledge base knows, told in words its
// synonyms lacked, each with one finding matched where two are needed. Synonyms added (lay and
// case-note registers); each group has benign look-alikes on the other side of the line.
describe('emergencies told in other words', () => {
  it('alerts on a cold, pale, painful limb told as a case note', () => {
    expectAlerts(['72F with AF, sudden onset painful pale right leg 3 hours, foot cold, absent pedal pulses, reduced sensation.'], true);
  });

  it('alerts on a rigid belly, drug rashes, dark urine and a stuck foreskin told in lay words', () => {
    expectAlerts(
      [
        "My whole belly is rock hard and any movement is agony, I have a fever and I'm lying totally still",
        'I started a new antiepileptic two weeks ago and now my skin is blistering and peeling, and my mouth and eyes are full of sores',
        'After a really intense gym session my muscles are agony and my pee has gone dark like cola',
        "My foreskin got pulled back and now it's stuck, the tip of my penis is really swollen and painful",
        'I stood on a rusty nail a week ago and now my jaw is locked and my neck muscles keep spasming',
        "I fell on my outstretched arm and my shoulder looks out of place, I can't move it at all",
        'My friend took a lot of paracetamol a few days ago and now she is yellow and drowsy',
      ],
      true,
    );
  });

  it('alerts on a pneumothorax and a chronic subdural told as case notes', () => {
    expectAlerts(
      [
        '21M, sudden right-sided pleuritic pain and dyspnoea, reduced breath sounds, hyperresonant percussion.',
        '82M on warfarin, fall 3 weeks ago, progressive headache, drowsiness and confusion.',
        '68M, acutely hot swollen right knee, unable to weight bear, T 38.7, no trauma.',
      ],
      true,
    );
  });

  it('does not alert on their benign look-alikes', () => {
    expectAlerts(
      [
        "I'm bloated and my belly feels hard after a big meal",
        'My muscles ache after a hard workout at the gym yesterday',
        "I've had dark pee this morning after a long run in the heat, I feel fine and am drinking water now",
        'My foreskin is a bit tight, it has been like that for years',
        'I had some muscle spasms in my calf at night',
        "I've had a blister on my foot from walking, it's peeling now",
        'I broke my arm last week, it is in a cast and my fingers feel a bit itchy',
        'I fell a few weeks ago and my wrist still aches a little',
        "I twisted my ankle, it's hot and swollen and I can't stand on it",
      ],
      false,
    );
  });
});
