/**
 * History and sleep scopes never take a current finding away. A time anchor ("in 2019", "years ago",
 * "as a kid", "used to") governs its clause only up to where the writer turns to the present (a time
 * of today, a subject with a present-tense verb, a contrast), with or without a comma or "and" between;
 * a sleep cue governs its own list of clauses, never one dated to today or past a contrast. The other
 * side holds too: a past illness told with nothing current does not alert. Our own phrasings.
 */
import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts } from './urgencyHelpers.ts';

describe('a past event and a present emergency in one message', () => {
  it('keeps the present finding when a comma or "and" separates them', () => {
    expectAlerts([
      'I had a blood clot in my calf two years back and since this morning I cannot get my breath and my chest hurts when I breathe in',
      'my father had a stroke in 2019, and now his arm has gone weak and his speech is slurred',
      'I used to get migraines as a teenager but this is the worst headache I have ever had and it came on in seconds',
      'Was in hospital last year with pneumonia. Today I am confused, burning hot and breathing really fast',
      'Two years ago I had surgery on my back, since yesterday I cannot pee and I am numb around my bottom',
      'he was admitted last month with a heart attack and tonight he has chest pain again and is sweating',
    ], true);
  });

  it('keeps the present finding when nothing separates them', () => {
    expectAlerts([
      'had a clot in my lung four years ago since an hour ago I am gasping and my chest hurts',
      'I had a heart attack in 2015 so I am terrified because I have crushing chest pain right now',
      'she had a stroke in 2020 today her face is drooping',
      'I had a DVT in 2017 my leg is swollen again and I am suddenly breathless',
      'My asthma was bad as a kid I am wheezing so hard I cannot speak',
      'my husband who had a heart attack in 2014 is clutching his chest and sweating',
      'Had a stroke last year it is happening again, my face is drooping and I cannot lift my arm',
      'known asthmatic her lips are blue and she cannot get a word out',
      'history of stroke his face has dropped on one side and his words are slurred',
    ], true);
  });

  it('keeps a present finding compared with a past one', () => {
    expectAlerts([
      'crushing chest pain and sweating, the same as my heart attack years ago',
      'my face is drooping just like when I had my stroke in 2020',
      'I have the worst headache of my life, similar to my brain bleed in 2016',
    ], true);
  });

  it('reads the past part as past history still', () => {
    const analysis = analyzeMessage('I had a stroke in 2020 today my face is drooping');
    const past = analysis.clauses.find((c) => c.text.includes('stroke'));
    const now = analysis.clauses.find((c) => c.text.includes('drooping'));
    expect(past?.historical).toBe(true);
    expect(past?.pastHistory).toBe(true);
    expect(now?.historical).toBe(false);
  });

  it('does not alert on a past illness told with nothing current', () => {
    expectAlerts([
      'I had a heart attack in 2016 and I am fine now, what should I eat?',
      'I had a stroke four years ago and recovered well; what foods lower cholesterol?',
      'I had a stroke in 2019 I am fully recovered now, can I fly?',
      'had a blood clot in my leg in 2018, treated, now just want to know if I can fly next month',
      'I used to get chest pains years ago but they went away after I quit smoking, any tips for running?',
      'I had a seizure in 2010 and I have been fine since then; can I drive?',
      'when I was little I had anaphylaxis to peanuts; what should be in my emergency kit?',
      'I had sepsis in 2019 and was in intensive care, now recovered, how can I avoid it again?',
    ], false);
  });
});

describe('a sleep pattern and a present emergency in one message', () => {
  it('keeps breathing findings told after a contrast or dated to today', () => {
    expectAlerts([
      'snored for years but today I am fighting for breath and my lips look blue',
      'I snore at night and this evening I cannot breathe at all and my lips are blue',
      'I snore, but at the moment my lips are blue and I am gasping',
      'She is gasping in her sleep right now and we cannot wake her.',
      'he snores and has sleep apnoea, this morning I could not wake him and his lips are grey',
    ], true);
  });

  it('keeps a sleep cue over the whole list it belongs to, on either side', () => {
    expectAlerts([
      'He makes gasping noises while asleep and seems to stop breathing for a few seconds, then snorts.',
      'he stops breathing and gasps when asleep, his wife says',
      'I snore and my wife says I stop breathing in my sleep; I am tired all day',
    ], false);
    const analysis = analyzeMessage('he snores and chokes and gasps while asleep. Today he is fine.');
    expect(analysis.clauses.filter((c) => c.sleep).map((c) => c.text.trim())).toEqual(['he snores', 'chokes', 'gasps', 'while asleep']);
  });

  it('alerts on an infant who stops breathing or turns blue, in sleep or not', () => {
    expectAlerts(['my baby stops breathing in her sleep and goes blue', 'our newborn keeps stopping breathing and turned blue'], true);
    // Fingers changing colour in the cold are a circulation sign, not a lack of oxygen.
    expectAlerts(['for a month her toes have been turning blue and then white whenever it is cold'], false);
  });
});
