import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

// The same fresh set missed a screwdriver that "slipped and went into my side between my ribs", a
// friend's dog that "bit my 2 yr old on the face" (the clause was read as the dog's story: a child
// told by age was not a person), and a brother who believes the neighbours put poison in the water
// and carries a kitchen knife.
describe('a wound into the trunk, a bite to the face, a persecuted person with a weapon', () => {
  it('alerts on a sharp thing driven into the chest, side, belly or neck', () => {
    expectRuleFires('penetrating_injury', [
      'fell onto a metal spike in the garden and it went into my belly, only a small hole',
      'a chisel slipped and stuck into the side of his neck',
    ]);
    expectAlerts(['knife slipped chopping onions and went into my finger, small cut'], false);
  });

  it('alerts on an animal bite to the face, whoever owns the animal', () => {
    expectRuleFires('face_bite', [
      "my sister's dog bit my 4 year old on the cheek, there are two puncture marks",
      'I was bitten on the nose by the neighbours cat',
    ]);
    expectAlerts(['our cat scratched my arm playing, a thin red line'], false);
  });

  it('alerts on a belief of being poisoned or hunted with a weapon carried', () => {
    expectRuleFires('mental_health_danger', [
      "dad thinks the neighbours are putting poison in our food and he's carrying a hammer around the house",
      'she says the police are trying to kill her and she is holding a knife at the door',
    ]);
    expectAlerts(['my husband thinks the neighbours are putting rubbish in our bin, very annoying'], false);
  });
});

// The fifth fresh set: "the neighbours are putting voices in his head ... carrying a kitchen knife".
describe('voices put in the head by others, with a weapon', () => {
  it('alerts', () => {
    expectRuleFires('mental_health_danger', ['she says her boss is beaming thoughts into her mind and she has taken a knife to work to stop him']);
  });
});
