import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: a chest sore, tight or burning from the coughing of bronchitis or COVID, told beside
// breathlessness on the stairs, alerted as a heart attack (cardiac_chest_pain), because any
// breathlessness ruled out the chest-wall exception. Breathlessness on ordinary exertion in a cough
// illness, with the pain told as the cough's doing, is the chest infection's; at rest, with the least
// effort, with a clot risk, an older age, abnormal vitals, or a pain that comes on exertion, it still
// alerts. Phrasings are our own.
describe('a chest strained by coughing, breathless only on exertion, is not a heart attack', () => {
  it('bronchitis and viral chest infections told with exertional breathlessness', () => {
    expectAlerts(
      [
        '45 year old male. Presenting complaints: cough, sputum, chest discomfort. The patient has had a cough for 10 days after a cold, bringing up yellow-green phlegm. His chest feels sore from coughing and he gets slightly short of breath when climbing stairs. He has a mild wheeze at night. Negatives: no blood in sputum, no chest pain at rest, no confusion. Social history: Ex-smoker.',
        "I'm a 31 year old woman. I've got cough, fever, chest tightness and shortness of breath. I have had a dry cough, fever of 38.3 and body aches for 3 days after a colleague tested positive for COVID. My chest feels tight when I cough and I am mildly short of breath walking upstairs. I don't have chest pain at rest, confusion or blue lips.",
        '40 year old male. Presenting complaints: fever, cough, chest pain. The patient tested positive for COVID 2 days ago. He has fever, dry cough, sore throat and headache. His chest aches after coughing fits. He feels a little breathless when he exerts himself. Negatives: no shortness of breath at rest.',
        '52 year old female. Presenting complaints: cough, shortness of breath, chest pain. The patient has had a productive cough for 2 weeks since a cold. She has a burning pain in the centre of her chest when she coughs and gets short of breath on exertion. She has been wheezy at night. Negatives: no fever, no haemoptysis, no leg swelling.',
        "my chest hurts from coughing and I get a bit breathless walking up stairs, I've had a chest cold for a week",
        'chest cold, ribs ache from all the coughing, only out of breath when I run for the bus',
      ],
      false,
    );
  });

  it('a tight, wheezy chest without pain in a cough illness is the airways\' (second regression of the round)', () => {
    expectAlerts(
      [
        "I'm a 58 year old man. I've got cough, wheeze and chest tightness. I have had a cough with white phlegm and a wheezy, tight chest for 10 days after a cold. I feel a little short of breath when I walk fast. I don't have fever, chest pain, haemoptysis or weight loss. About me: Ex-smoker.",
      ],
      false,
    );
    expectAlerts(
      [
        "I've got a cough and my chest is tight and wheezy, and I'm short of breath at rest",
        "tight chest and wheezing with a cough, I'm 70 and breathless walking",
        "cough, wheezy tight chest, and I'm sweating and feel sick",
        'cough and wheeze, my chest feels tight and heavy, and it spreads to my jaw',
        'wheezy tight chest with a cough since my flight from Sydney yesterday, breathless on the stairs',
        "my chest is tight and wheezy with a cough and I'm breathless walking up stairs, heart rate 120",
        "cough, wheeze, tight chest, and I can't finish my sentences",
      ],
      true,
    );
  });

  it('the same chest with a sign of the heart, a clot, the lungs failing or age still alerts', () => {
    expectAlerts(
      [
        'my chest hurts from coughing and I get breathless walking up stairs, I had knee surgery last week',
        "chest sore from coughing for a week but now I'm short of breath at rest",
        "my chest is tight when I cough and I'm breathless and sweating",
        "I'm 70, I've had a cough for a week, chest pain when I cough and I'm breathless on exertion",
        "chest pain when I cough and also when I walk up the stairs, and I'm short of breath",
        'chest aches from coughing, a bit breathless when I walk, heart rate 115',
        "chest pain worse when I cough, I'm short of breath when climbing stairs",
        "I've got a cough and chest pain from coughing, breathless on the slightest exertion",
        "my chest aches after coughing and I'm out of breath climbing stairs, my oxygen is 91%",
        'cough and chest pain from coughing, I get breathless climbing stairs, the pain spreads to my left arm',
        '62 year old male. The patient has had a tight pressure in the centre of his chest when he walks uphill for the past week, with shortness of breath, easing after 5 minutes of rest. He also has a smoker\'s cough.',
      ],
      true,
    );
  });
});
