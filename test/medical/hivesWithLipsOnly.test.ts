import { describe, expect, it } from 'vitest';
import { decide, expectAlerts } from './urgencyHelpers.ts';

// Regression: hives with lips "slightly puffy" or swollen, breathing told as normal and the throat,
// tongue and dizziness denied, alerted as anaphylaxis (the rule's airway swelling counted the lips, and
// the knowledge base made lip swelling a hallmark of anaphylaxis). Skin and lips alone are not
// anaphylaxis (WAO 2020: the airway, breathing or circulation is involved); they need a doctor the same
// day. A food, sting or medicine just before, the tongue or throat, swallowing, the voice, breathing
// trouble, faintness or vomiting still alert, and so does "swollen lips" told with the adjective first,
// which the airway pattern did not read before. Phrasings are our own.
describe('hives with swollen lips and nothing of the airway, breathing or circulation', () => {
  const benign = [
    '30 year old female. Presenting complaints: itchy rash, wheals. The patient developed raised itchy red welts over her trunk and arms this morning, which come and go in different places over a few hours. She started a new shower gel yesterday. Her lips feel slightly puffy. Negatives: no difficulty breathing, no throat tightness, no wheeze, no tongue swelling, no dizziness. Past history: Eczema.',
    "I'm a 25 year old man. I've got hives and lip swelling. I have itchy welts all over my body and my lips are swollen since this morning. I am not sure of the cause. I am breathing normally and can swallow. I don't have throat tightness, wheeze, difficulty breathing or dizziness.",
    "I've got hives all over and my lips are a bit puffy, breathing is fine and no throat problems",
    'hives and swollen lips since I woke up, I can breathe normally and swallow fine',
  ];

  it('is not anaphylaxis, but needs a doctor', () => {
    expectAlerts(benign, false);
    for (const m of benign) expect(decide(m).level, m).toBe('non_emergency');
  });

  it('a trigger, the tongue or throat, swallowing, the voice, breathing, faintness or vomiting still alert', () => {
    expectAlerts(
      [
        'hives and my lips are swollen',
        "I've got hives and my lips are swelling, I'm finding it hard to breathe",
        'hives all over and my lips are swollen, I feel faint',
        'hives, my lips are swollen and my voice sounds hoarse, breathing is fine',
        "ate a prawn and now my lips are puffy and I've got hives, I can breathe fine",
        'hives and swollen lips, my tongue feels thick, no trouble breathing',
        'I took amoxicillin and now have hives and swollen lips, breathing normally',
        "hives and swollen lips and I can't swallow, breathing ok",
        "my son has hives and swollen lips and he's vomiting, breathing fine",
        'my tongue is swelling and I have hives',
        '8 year old male. Presenting complaints: hives, wheeze. The patient has hives, swollen lips and is wheezing after eating at a party. Past history: Asthma.',
      ],
      true,
    );
  });
});
