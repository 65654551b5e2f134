import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

// Regression: a chest sore from a week's coughing, or sore only when coughing, alerted as
// undifferentiated adult chest pain, and so did a rib strain "tender to press". The muscles between the
// ribs, strained by a cough or a lift, are the chest wall's, as long as nothing points at the heart or
// the lungs. Phrasings are our own.
describe('a chest sore from coughing or tender to press is the chest wall; alarm signs still alert', () => {
  it('sore from coughing, or only when coughing, with nothing else', () => {
    expectAlerts(
      [
        'my chest hurts when I cough, had a chest cold for a week',
        '52 year old male. Cough for 8 days after a cold, yellow sputum, chest feels sore from coughing. Negatives: no shortness of breath at rest, no haemoptysis.',
        '33 year old male. Presenting complaints: chest pain when coughing. Cough for a week with a cold, chest hurts when he coughs. Negatives: no shortness of breath, no sweating.',
        'my ribs ache from all the coughing this week',
        '38 year old male. Sharp pain between the ribs on the left for 2 days after moving furniture, worse twisting, tender to press. Negatives: no shortness of breath, no sweating.',
      ],
      false,
    );
  });

  it('chest pain with coughing and an alarm sign still alerts', () => {
    expectAlerts(
      [
        "my chest hurts when I cough and I'm short of breath and sweating",
        'crushing chest pain, worse when I cough',
        "chest pain when I cough, I coughed up blood and I'm breathless",
        '58 year old male, central chest pressure for an hour, hurts more when he coughs',
      ],
      true,
    );
  });
});
