/**
 * Found by telling the knowledge base's emergency conditions with their findings' other synonyms
 * (session 30): a "no" that denies no finding ("no chance of an appointment") denied the list after it;
 * "making no sense" was read as a denial; a snake that bit, blood clots "after birth", belly pain with
 * the signs of shock, a dirty wound with trouble swallowing, symptoms worse on coming home and a wish to
 * hurt someone each had no path to an alert, while OCD's unwanted thoughts of harm alerted. Each beside look-alikes that must stay quiet.
 */
import { describe, it } from 'vitest';
import { expectAlerts, expectRuleFires } from './urgencyHelpers.ts';

describe('a "no" that denies no finding', () => {
  it('does not deny the findings listed after it', () => {
    expectAlerts(
      [
        'no chance of getting a GP appointment, crushing chest pain and sweating',
        'no time to wait for the doctor, my face has dropped on one side and my arm is weak',
        'no lift to the hospital, lips going blue and struggling to breathe',
      ],
      true,
    );
  });

  it('still denies a list of findings', () => {
    expectAlerts(['no fever, stiff neck or rash, just a mild headache', 'no chest pain, sweating or breathlessness, only a sore knee'], false);
  });

  it('reads "making no sense" as confusion', () => {
    expectRuleFires('new_confusion_older_adult', ['my 82 year old dad is suddenly making no sense', 'since this morning grandma has been making no sense, she is 79']);
  });
});

describe('emergencies told in other words', () => {
  it('alerts for a snake that bit someone', () => {
    expectRuleFires('venomous_bite', ['a snake bit me on the hand while I was gardening', 'my son got bit by a snake on the trail, his ankle is swelling']);
  });

  it('alerts for big clots or heavy bleeding after birth told as "after birth" or lochia', () => {
    expectRuleFires('postpartum_haemorrhage', ['passing clots the size of a plum a week after birth and I feel lightheaded', 'my lochia suddenly got heavy with big clots']);
  });

  it('alerts for belly pain with the signs of shock, not for a stomach bug or a period that makes someone faint', () => {
    expectRuleFires('acute_abdomen', ['bad stomach pain and he has gone pale and clammy', 'pain in my tummy, I look pale and I keep nearly fainting']);
    expectAlerts(['diarrhoea and tummy cramps since the takeaway, feel a bit faint and pale', 'period pain every month like this, I went pale and felt faint'], false);
  });

  it('alerts for trouble swallowing or a stiff neck after a dirty wound or a wound without tetanus cover', () => {
    expectRuleFires('tetanus', [
      'I had a dirty cut on my hand a week ago and now I have trouble swallowing',
      'gashed my leg on barbed wire, never had a tetanus jab, now my neck is stiff',
    ]);
    expectAlerts(
      ["I've stood on a rusty nail and never had a tetanus jab", 'never had a tetanus jab, sore throat and it hurts to swallow', 'never had a tetanus jab. My mouth is full of ulcers and I have trouble swallowing'],
      false,
    );
  });

  it('alerts for headaches and muddled thinking that are worse on coming home', () => {
    expectRuleFires('carbon_monoxide', ['the headaches are worse when we get home and mum is muddled']);
  });
});

describe('harm to others', () => {
  it('alerts for a wish or a plan to hurt someone, not only "going to"', () => {
    expectRuleFires('harm_to_others', ['I want to hurt my neighbour, I have a knife in my bag', 'he says he wants to kill his ex tonight', 'I am planning to attack my boss tomorrow']);
  });

  it('does not alert for thoughts told as unwanted or intrusive (OCD, a new parent), nor for hurting a back', () => {
    expectAlerts(
      [
        'I get intrusive thoughts about harming my baby and they terrify me, I would never do it',
        'unwanted thoughts about hurting someone keep popping into my head, and I check the locks over and over',
        "I'm going to hurt my back lifting these boxes",
      ],
      false,
    );
  });
});

describe('signs that tell of bleeding or a lung inside', () => {
  it('alerts for vaginal bleeding with low tummy pain and faintness, not for a monthly period pain', () => {
    expectRuleFires('bleeding_pain_faint', [
      'some spotting and a sharp pain low on my left side, and I feel dizzy',
      'bleeding down below with cramping in my lower belly and I nearly passed out',
      // Regression: a body part named elsewhere ("my head") had read as another source of the bleeding.
      'bleeding and pain low in my tummy, I feel faint and my head is spinning',
    ]);
    expectAlerts(['spotting between periods and a bit of cramping', 'period pain every month, some bleeding, I feel a bit lightheaded'], false);
  });

  it('alerts for a swollen belly held still with a fever or vomiting', () => {
    expectRuleFires('acute_abdomen', ['his belly is swollen and hard, he has to lie completely still and has a fever']);
    expectAlerts(['my tummy is bloated after dinner'], false);
  });

  it('alerts for pain on breathing in with fast breathing, not for either alone', () => {
    expectRuleFires('pleuritic_fast_breathing', ['it hurts when I breathe in and I am breathing really fast', 'sharp pain when I take a deep breath, breathing rate 28']);
    expectAlerts(['sore ribs, it hurts when I take a deep breath after a coughing fit', 'breathing fast after running for the bus'], false);
  });
});

describe('absences and statuses that are findings', () => {
  it('reads a limb without its pulse or feeling as told, and alerts with the limb cold, mottled or numb', () => {
    expectRuleFires('limb_ischaemia', ['no foot pulses, mottled skin on the foot and numb toes', 'my leg went white and painful, and there is no pulse in my foot']);
    expectAlerts(['no pedal oedema, no calf pain, pulses felt in both feet'], false);
  });

  it('does not read "not up to date" as a denial of what follows', () => {
    expectRuleFires('tetanus', ['stood on a nail, my tetanus jab is not up to date, trouble swallowing now']);
  });

  it("alerts for Addison disease named with vomiting or confusion", () => {
    expectRuleFires('adrenal_crisis', ['she has addison disease and has been throwing up all day and seems confused']);
  });
});

