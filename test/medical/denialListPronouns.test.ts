import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Found by listing the knowledge base's red flags as denials in notes retold in the first person (our
// own rendering of clinical negatives): "I don't have fever, pain in my chest or weight loss" read the
// second item as a statement of its own, because "my" counted as a new subject. A pronoun after a
// preposition or "when" completes the denied phrase; one that opens the item is still a new statement.
describe('a pronoun inside a denied list item', () => {
  it('stays denied when it completes the phrase', () => {
    expectAlerts(
      [
        "I'm a 37 year old woman. I've got a headache. I don't have fever, pain in my chest or weight loss.",
        "I'm a 52 year old man. I've got low back pain. I don't have fever, chest pain when I breathe or weight loss.",
        "I'm a 30 year old man. I've got a sore elbow. I don't have numbness, pain in my testicle or swelling.",
        "I'm a 61 year old man. I've got knee pain. I don't have sweating, pain radiating to my arm or jaw or shortness of breath.",
        'My 6 year old son has got a cough. He doesn\'t have fever, pain in his chest when he breathes or a rash.',
      ],
      false,
    );
  });

  it('ends the denial when it opens a statement of its own', () => {
    expectAlerts(
      [
        "I don't have a temperature, my lips went blue",
        'No fever, he collapsed and we cannot wake him',
        "He doesn't have a fever, he vomited blood this morning",
        "I don't have any diarrhoea, crushing pain in my chest though",
        'no cough, my chest hurts badly and I am sweating',
      ],
      true,
    );
  });
});
