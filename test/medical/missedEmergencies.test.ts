import { describe, expect, it } from 'vitest';
import { alerts, decide } from './urgencyHelpers.ts';

// Emergencies that used to have no path to an alert, each in several phrasings (none from the issue).
const CASES: Record<string, readonly string[]> = {
  'heart attack felt outside the chest': [
    'ache in my jaw going down my left arm, I am drenched in sweat',
    'dad says it is just the worst indigestion he has ever had, he is pale and clammy',
    'heavy feeling in both arms and my jaw, feeling sick and sweaty',
  ],
  'sepsis without the word fever': [
    'my 79 year old mother has a water infection and today she is confused and not herself',
    'he has cellulitis on his leg and now his skin is mottled and he is breathing really fast',
    'kidney infection, on antibiotics, now drowsy and muddled',
  ],
  'low blood sugar in type 1 diabetes without a reading': [
    'my son is type 1, shaky, clammy and talking nonsense',
    'wife is T1D and she is very drowsy and confused after skipping lunch',
  ],
  'aortic dissection': [
    'sudden ripping pain in my chest that goes straight through to my back',
    'tearing pain between my shoulder blades came on suddenly',
  ],
  'cauda equina in lay words': [
    'sciatica for a week and now the area between my legs feels numb',
    'my back is agony and I wet myself without knowing',
  ],
  'a child scald larger than their hand': [
    'my daughter spilled hot tea, the burn on her tummy is bigger than her hand',
    'my 3 year old scalded his arm with boiling water, the whole arm is red and blistered',
  ],
  'carbon monoxide described indirectly': [
    'the gas heater has been on all night and we all woke up with headaches and feeling sick',
    'since the new boiler went in the whole family keeps getting dizzy and headaches',
  ],
  'stridor at rest': [
    'my toddler has a harsh noise when breathing in even when resting',
    'croupy cough and a squeaky sound breathing in while asleep',
  ],
  'bowel obstruction': [
    'not been able to pass wind or poo for two days, tummy swollen and vomiting',
    "my belly is distended, I'm being sick and haven't opened my bowels since Monday",
  ],
  'a stroke warning whose symptoms passed': [
    'my vision in one eye went black for a few minutes this morning then came back',
    'earlier today my arm went numb and weak for ten minutes, it is fine now',
    'my speech was slurred for about 5 minutes at lunch but it passed',
  ],
  'new confusion in an older adult': [
    'grandma suddenly confused today, she does not know where she is',
    'my 88 year old dad has been disorientated since yesterday',
  ],
  'a swallowed button battery': [
    'I think my toddler swallowed a watch battery',
    'my son ate a coin battery from the car key fob',
    'baby put one of the tiny silver batteries from the kitchen scales in her mouth and now it is gone',
  ],
};

describe('emergencies that need more than one trigger word', () => {
  for (const [kind, messages] of Object.entries(CASES)) {
    it.each(messages)(`${kind}: %s`, (message) => {
      const d = decide(message);
      expect(d.emergency.fired).toBe(true);
      expect(d.level).toBe('emergency');
    });
  }

  it.each([
    'my jaw aches after the dentist',
    'we had the boiler serviced today, all fine',
    'our toddler has a runny nose and a mild cough',
    'a small burn on my finger from the oven, smaller than a coin',
    "I'm 70 and was confused by the new bus timetable",
    'changed the battery in the remote',
  ])('the same words without the emergency do not alert: %s', (message) => {
    expect(alerts(message)).toBe(false);
  });
});

describe('undifferentiated chest pain in an adult', () => {
  it.each(['I have chest pain', 'pain in my chest since this afternoon', 'my chest hurts'])('%s: urgent frame that says what would make it critical', (message) => {
    const d = decide(message);
    expect(d.emergency.fired).toBe(true);
    expect(d.severity).toBe('urgent');
    expect(d.emergency.advice).toMatch(/arm, jaw/);
    expect(d.emergency.advice).toMatch(/sweating, breathlessness/);
  });

  it('a child with chest pain on coughing, or a mild twinge, does not alert', () => {
    expect(alerts('my 6 year old says his chest hurts when he coughs')).toBe(false);
    expect(alerts('a mild twinge in my chest when I stretch')).toBe(false);
  });
});
