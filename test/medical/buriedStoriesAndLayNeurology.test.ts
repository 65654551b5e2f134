/**
 * Found by three sets written for session 34 and scored once before any change: emergencies buried in
 * long, apologetic messages (23 of 25 alerted; 0 of 15 look-alikes), clinical vignettes in the external
 * set's shape, each told as case notes and in the first person (38 of 40), and two-message stories whose
 * second message completes the emergency (16 of 20; 0 of 10 look-alikes). The phrasings here are new
 * ones, each beside look-alikes that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { decideUrgency } from '../../plugins/medical/urgency/decideUrgency.ts';
import { decide, expectAlerts, expectLevel, expectRuleFires, firedRules, SAFETY } from './urgencyHelpers.ts';

/** The second message of a session, after the first (its state carried as the gateway carries it). */
function secondTurn(first: string, second: string) {
  const before = decideUrgency({ message: first, history: [], profile: undefined, sessionState: undefined, safety: SAFETY });
  return decideUrgency({ message: second, history: [first], profile: undefined, sessionState: before.nextState, safety: SAFETY }).decision;
}

describe('aphasia told in lay words', () => {
  it('reads wrong words coming out, or others no longer understood, as a stroke when it started suddenly', () => {
    expectRuleFires('stroke_fast', [
      'since about ten minutes ago mum keeps saying the wrong words, she asked for her shoe when she meant the kettle, it came on suddenly',
      "out of nowhere my husband can't understand a word of what we are saying to him",
      'all of a sudden jumbled words are coming out when I try to answer the phone',
    ]);
  });

  it('leaves wrong words without a sudden start alone: a toddler learning to talk, a nervous speaker', () => {
    expectAlerts(['my 20 month old calls things by the wrong names, is that normal?', 'the wrong words keep coming out when I give talks at work because of nerves'], false);
  });
});

describe('weakness that climbs', () => {
  it('reads weakness or tingling spreading from the feet or legs to the arms or body as Guillain-Barré', () => {
    expectRuleFires('guillain_barre', [
      'the tingling started in my toes and the weakness has been moving from my legs into my hands since Monday',
      'her legs went numb and the numbness is creeping from her feet up to her waist',
    ]);
  });

  it('does not read a rash or swelling that spreads from the legs as that', () => {
    expectAlerts(['the spots spread from her feet to her arms over the weekend, no fever', 'my ankle swelling has moved from my feet up to my shins and my legs feel heavy by evening'], false);
  });
});

describe('smoke told by soot', () => {
  it('reads soot around the nose or mouth with a changed voice or breathing as smoke inhalation, fire named or not', () => {
    expectRuleFires('smoke_inhalation', [
      'we got everyone out when the alarm went, but my dad has soot in his nostrils and his voice has gone croaky',
      'his lips and mouth are sooty after the garage went up and he is short of breath',
    ]);
  });

  it('does not alert on soot alone', () => {
    expectAlerts(['the kids have soot all over their faces from toasting marshmallows, they are fine', 'sooty nose after sweeping the chimney, feel normal'], false);
  });
});

describe('a hot, swollen joint', () => {
  it('reads the joint behind several words ("hot, swollen, tender left ankle") and asks for a doctor', () => {
    expectLevel(['my grandad has a red, swollen, very tender right knee since yesterday', 'a hot, swollen, throbbing left ankle for two days, no injury'], 'non_emergency');
  });

  it('still alerts when a fever comes with it', () => {
    expect(decide('a hot, swollen, painful right knee and a temperature of 39.1').level).toBe('emergency');
  });
});

describe('an emergency told over two messages', () => {
  it('reads a likely emergency condition from findings spread over the recent messages', () => {
    const meningitis = secondTurn("I've had a horrible headache since this morning", 'it is the worst I have ever had and now my neck has gone stiff');
    expect(meningitis.level).toBe('emergency');
    expect(meningitis.rules.map((r) => r.rule)).toContain('kb_likely:meningitis');
  });

  it('does not make an emergency of context and an ordinary question', () => {
    expect(secondTurn('my partner has type 1 diabetes and uses an insulin pump', 'which carbohydrate snacks are best to carry when hiking?').level).not.toBe('emergency');
    expect(secondTurn('I had a sore throat last week', 'today my neck is a bit stiff from the new pillow').level).not.toBe('emergency');
  });

  it('does not fire again on what the earlier messages had already made likely', () => {
    const first = 'my partner has type 1 diabetes, he missed dinner and now he is trembling, drenched in sweat and not making sense';
    const before = decideUrgency({ message: first, history: [], profile: undefined, sessionState: undefined, safety: SAFETY });
    expect(before.decision.level).toBe('emergency');
    const after = decideUrgency({ message: 'the paramedics are here now', history: [first], profile: undefined, sessionState: before.nextState, safety: SAFETY });
    expect(after.decision.rules.map((r) => r.rule)).not.toContain('kb_likely:hypoglycaemia');
    expect(after.decision.level).not.toBe('emergency');
  });
});

describe('a suicide plan told by what was made ready', () => {
  it('reads letters left for the family by someone low, and the means made ready with despair, as intent', () => {
    expectRuleFires('suicidal_intent', [
      "I've been so depressed this year. I wrote notes to my kids last night",
      "everything is hopeless and I've been stockpiling my sleeping tablets",
      'there is no way out, I have written letters for my wife and the paracetamol is lined up on the table',
    ]);
  });

  it('does not read a birthday letter or a pill organiser as a plan', () => {
    expectAlerts(['I wrote a letter to my gran for her 90th, she loved it', 'feeling a bit down, I keep my tablets ready in a dosette box for the week'], false);
  });
});

describe('a stomach bug told by its name', () => {
  it('reads no urine and drowsiness during a "tummy bug" as severe dehydration', () => {
    expectRuleFires('dehydration_no_urine', ['my daughter has gastroenteritis and is so drowsy, she has not had a wee since breakfast']);
  });
});

describe('words read inside other phrases', () => {
  it('does not read acid reflux as the drug acid', () => {
    expect(firedRules("I've had chest pains before from acid reflux")).not.toContain('drug_toxicity');
  });

  it('does not read "like I had been hit by a bus" as a collision', () => {
    expectAlerts(["I've felt like I've been hit by a truck since the flu started", 'woke up feeling as if I had been hit by a bus, aching everywhere'], false);
  });

  it('reads a headache that came on like a blow to the head as a sudden one', () => {
    expectAlerts(['a headache that felt like being hit with a hammer, now vomiting', 'the pain in my head started like someone whacked me with a bat and I feel sick'], true);
  });
});
