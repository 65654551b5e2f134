/**
 * Everyday complaints as people type them, with words that alarm out of context ("no chest pain", a
 * relative's stroke years ago, a blood thinner, a worry about cancer), must not alert; emergencies told
 * indirectly (what is seen, not named) must. Our own phrasings, tried through the engine by hand first.
 */
import { describe, it } from 'vitest';
import { expectAlerts } from './urgencyHelpers.ts';

describe('self-care complaints with alarming words nearby', () => {
  it('do not alert', () => {
    expectAlerts([
      'Got a cold, runny nose and sneezing for 3 days, no chest pain and breathing is fine',
      'stuffy nose and a scratchy throat, my dad had a stroke years ago so I worry about everything',
      'I think I have a cold but I\'m on warfarin, is it ok to take paracetamol',
      'rolled my ankle playing football, it\'s a bit swollen but I can walk on it, no numbness',
      'twisted my wrist yesterday, mild swelling, I can move my fingers fine',
      'heartburn after a big curry last night, burning behind my breastbone after eating, no sweating, no pain in my arm',
      'indigestion after a huge dinner, burning in my chest when I lie down, otherwise fine',
      'tension headache after a long day at the screen, feels like a band round my head, no vomiting no stiff neck',
      'I get headaches at the end of the work day, no vision problems, not the worst ever',
      'mild sunburn on my shoulders from the beach yesterday, a bit red and sore, no blisters',
      'sunburnt nose and cheeks, stings a little, no fever',
      'cold sore on my lip again, tingling before it came up',
      'I have a cold sore and I\'m worried it might be something worse like cancer',
      'period pain, crampy low tummy pain on day one like every month, paracetamol helps',
      'period cramps worse than usual this month but bleeding is normal, not pregnant',
      'hay fever is terrible this week, itchy eyes, sneezing, no wheeze',
      'itchy watery eyes and sneezing every spring, I\'m not short of breath at all',
      'small cut on my finger from a kitchen knife, it bled a bit and stopped when I pressed it',
      'grazed my knee falling off my bike, cleaned it, not bleeding now',
      'legs ache the day after a long run, no swelling, no redness',
      'sore muscles in my shoulders after lifting at the gym yesterday',
      'mosquito bites on my legs are itchy and a bit swollen, no fever',
      'got bitten by something in the garden, small itchy red bump',
      'I can\'t sleep, lying awake for hours the last two weeks, no thoughts of harming myself',
      'struggling to fall asleep since starting a new job, feel tired in the day, mood ok',
      'mild diarrhoea since this morning after a takeaway, drinking fine, no blood',
      'loose stools twice today, no fever, keeping fluids down',
      'I\'m on warfarin and have a mild sore throat',
      'on apixaban, I\'ve got a bit of a cough and a runny nose',
      'I have a stye on my eyelid, no problems with my vision',
      'dandruff and an itchy scalp, no rash anywhere else',
      'I had a heart attack 10 years ago and now I just have athlete\'s foot',
      'I was in hospital with pneumonia last year, now I have a mild cold',
      'my mum died of a brain tumour, I\'ve had a mild headache today after not drinking enough water',
      'I\'m worried I might have a blood clot because I watched a documentary, but my legs feel fine',
      'no chest pain, no breathlessness, just a tickly cough for two days',
      'ear ache after swimming, no fever, hearing fine',
      'mouth ulcer on my tongue for 4 days, painful when I eat',
      'constipated for 3 days, passing wind, no vomiting, tummy fine',
      'I feel a bit sick after too much wine last night, no vomiting',
      'my baby has nappy rash, she\'s feeding well and happy',
      'my 5 year old has a runny nose and a slight cough, playing normally',
      'I fainted years ago when I gave blood, now I just have a sore throat',
      'my wife says I snore, otherwise I feel fine',
      'I have a small bruise on my arm after bumping into a door, I\'m on aspirin',
      'I stubbed my toe, it\'s bruised but I can walk',
    ], false);
  });
});

describe('emergencies told indirectly', () => {
  it('alert', () => {
    expectAlerts([
      'my dad is slurring his words and can\'t lift his right arm',
      'mum\'s face looks lopsided and she can\'t find her words',
      'my husband is grey, sweaty and says his chest feels like a vice',
      'he\'s pressing on his chest and can\'t catch his breath',
      'my grandma is suddenly talking nonsense and has a temperature and is breathing fast',
      'my 3 month old is floppy and won\'t wake for feeds',
      'my toddler swallowed one of those small round batteries from the remote',
      'she ate peanuts and her lips are swelling and her voice sounds funny',
      'he took a whole packet of his sleeping pills and is very drowsy',
      'my friend said she\'s going to end it tonight and has the tablets ready',
      'the old gas boiler, and my whole family have headaches and feel sick, my son is confused',
      'my son fell off the trampoline onto his head, he was knocked out and now keeps vomiting',
      'my waters have broken and I\'m only 30 weeks',
      'I\'m pregnant and the baby hasn\'t kicked all day',
      'I\'m 8 weeks pregnant with sharp pain on one side and I feel faint',
      'my 2 year old has a rash that doesn\'t go away with the glass test and is very sleepy',
      'worst headache ever, came on like being hit with a bat, feel sick',
      'my dad\'s lips have gone blue and he\'s struggling to breathe',
      'he collapsed and isn\'t breathing',
      'my son has been vomiting green stuff and his tummy is swollen',
      'I\'ve been throwing up blood and I feel dizzy',
      'my leg is swollen and red since my flight yesterday and now I\'m short of breath',
      'my back is agony and I can\'t feel my bottom when I wipe and can\'t pee',
      'bitten by a snake on a walk, the leg is swelling fast',
      'my type 1 son is vomiting, breathing deep and fast and very sleepy',
      'my teenager is shaking, sweaty and not making sense, he\'s diabetic and skipped lunch',
      'I think I\'m having a stroke',
      'I think she\'s having an allergic reaction, her throat is closing',
      'the testicle pain came on suddenly this morning and I\'ve been sick',
      'my chest hurts when I breathe and I coughed up blood, I had surgery two weeks ago',
    ], true);
  });
});
