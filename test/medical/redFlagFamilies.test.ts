/**
 * Round-2 red-flag families: each block checks a phrase family in several wordings and languages,
 * and the traps (negation, history, questions, accidents) that must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { assessEmergency } from '../../plugins/medical/assessEmergency.ts';
import type { PatientProfile } from '../../plugins/sdk/index.ts';

const safety = { emergencyNumber: '112', crisisLine: '0800 123 456' };
const assess = (message: string, profile?: PatientProfile) =>
  assessEmergency({ message, history: [], profile, sessionState: undefined, safety }).assessment;
const fires = (message: string, profile?: PatientProfile) => assess(message, profile).fired;
const rules = (message: string, profile?: PatientProfile) => assess(message, profile).rules.map((r) => r.rule);

describe('suicidal ideation and self-harm', () => {
  const crisis = [
    'I keep thinking about ending it all',
    'honestly everyone would be better off without me',
    'i dont want to be here anymore',
    "there's no reason to live anymore",
    'nothing left to live for since she left',
    'I wish I could just go to sleep and not wake up',
    'I just want to disappear',
    'I feel hopeless and I cannot go on anymore',
    "I've been cutting myself again to cope",
    'I have been stockpiling my painkillers',
    'thinking of jumping off the bridge near my flat',
    'No quiero estar aquí, me quiero morir',
    'no tengo razones para vivir',
    'Ya no aguanto más, me siento sin esperanza',
    "J'ai des idées suicidaires depuis une semaine",
    'je ne veux plus vivre',
    "je n'en peux plus, je suis désespérée",
  ];
  it.each(crisis)('alerts with crisis-line guidance: %s', (message) => {
    const a = assess(message);
    expect(a.fired).toBe(true);
    expect(a.crisis).toBe(true);
    expect(a.advice).toContain('0800 123 456');
  });

  it.each([
    'I hurt myself playing football, my knee is sore',
    "I cut myself shaving this morning, it's a nick",
    "I don't want to die, I'm just anxious about my heart",
    "I can't take it anymore with this back pain",
    'I have no thoughts of ending my life',
    'No tengo ideas de suicidio, solo estoy triste',
    "pas d'idées suicidaires, juste fatiguée",
    'what are the warning signs that someone is suicidal?',
    'I ran 5 kms today and my legs ache',
  ])('stays quiet for accidents, denials and questions: %s', (message) => {
    expect(fires(message)).toBe(false);
  });
});

describe('bleeding from the gut', () => {
  it.each([
    'black tarry stools for 2 days and feeling faint',
    'my stools are black and sticky and I nearly passed out getting up',
    'there was a lot of blood in the toilet and I feel lightheaded',
    'vomit looks like coffee grounds',
    'heces negras desde ayer y estoy muy mareada',
    "selles noires depuis hier et j'ai fait un malaise",
  ])('alerts with faintness or haematemesis: %s', (message) => {
    expect(fires(message)).toBe(true);
  });

  it('alerts on melaena with a racing heart or on a blood thinner', () => {
    expect(fires('maroon coloured stools this morning, pulse 115')).toBe(true);
    expect(fires('my poo has been black for two days', { currentMedications: [{ name: 'rivaroxaban' }] })).toBe(true);
  });

  // Black stools alone may be iron or food; stools like tar are digested blood (melaena), which alerts.
  it('does not alert on black stools alone, or on iron tablets denied; tar-like stools alert', () => {
    expect(fires('my poo has been black for two days')).toBe(false);
    expect(fires('my poo has been black like tar since yesterday')).toBe(true);
    expect(fires('no blood in my stool and no black stools, just constipation')).toBe(false);
  });
});

describe('bleeding that will not stop', () => {
  it.each([
    'my nose has been bleeding for 30 minutes and it will not stop',
    'the cut keeps bleeding through the bandage',
    'la herida no para de sangrar',
    "ça saigne beaucoup et ça ne s'arrête pas",
  ])('alerts: %s', (message) => {
    expect(fires(message)).toBe(true);
  });

  it('alerts for ongoing bleeding on a blood thinner', () => {
    expect(fires('my gums have been bleeding for an hour', { currentMedications: [{ name: 'warfarin' }] })).toBe(true);
  });

  it('stays quiet once bleeding stopped', () => {
    expect(fires('a small nosebleed that stopped after ten minutes')).toBe(false);
  });
});

describe('appendicitis pattern', () => {
  it.each([
    'sharp pain in my lower right belly that got worse over 12 hours and now I have a fever',
    'pain started around my belly button and moved to the right lower side, I threw up',
    'RLQ tenderness since last night, off his food, T 38.1',
    'dolor en la fosa ilíaca derecha con fiebre',
    'douleur en bas à droite du ventre qui s’aggrave depuis ce matin',
  ])('alerts: %s', (message) => {
    expect(rules(message)).toContain('acute_abdomen');
  });

  it('stays quiet for a mild central stomach ache after a big meal', () => {
    expect(fires('stomach ache around my belly button after eating too much')).toBe(false);
  });
});

describe('top red flags in Spanish and French', () => {
  it.each([
    ["j'ai une douleur thoracique intense depuis 20 minutes", 'cardiac_chest_pain'],
    ['tengo un dolor fuerte en el pecho', 'cardiac_chest_pain'],
    ['dolor de pecho desde hace una hora', 'cardiac_chest_pain'],
    ['mi hija tiene la boca torcida y no puede hablar bien', 'stroke_fast'],
    ['mon père ne peut plus lever le bras gauche et parle bizarrement', 'stroke_fast'],
    ['elle a du mal à respirer et ses lèvres deviennent bleues', 'severe_breathing'],
    ['no puede respirar, se está poniendo morado', 'severe_breathing'],
    ['il a mangé des arachides et il a du mal à respirer', 'anaphylaxis'],
    ['se comió un cacahuete y le cuesta respirar', 'anaphylaxis'],
    ["mon fils a fait une crise d'épilepsie et ne se réveille pas", 'seizure'],
    ['mi padre está inconsciente y no responde', 'unresponsive'],
    ['mi abuela no reacciona', 'unresponsive'],
  ])('%s → %s', (message, rule) => {
    expect(rules(message)).toContain(rule);
  });

  it('keeps negated es/fr findings quiet', () => {
    expect(fires('no tengo dolor de pecho ni dificultad para respirar')).toBe(false);
    expect(fires("pas de douleur à la poitrine, pas d'essoufflement")).toBe(false);
  });
});

describe('chest pain with severity or duration', () => {
  it('alerts on severe or ongoing chest pain without other features', () => {
    expect(fires('severe chest pain')).toBe(true);
    expect(fires('chest pain for the last 40 minutes')).toBe(true);
    expect(fires('he is clutching his chest and looks grey')).toBe(true);
  });

  it('stays quiet for mild or historical chest pain', () => {
    expect(fires('mild chest ache when I cough with my cold')).toBe(false);
    expect(fires('my chest pain from yesterday is gone now')).toBe(false);
  });
});

describe('stroke signs in other words', () => {
  it.each([
    'he is talking gibberish all of a sudden',
    "her hand keeps dropping things and she can't find her words",
    'one side of his face is drooping',
  ])('alerts: %s', (message) => {
    expect(rules(message)).toContain('stroke_fast');
  });
});

describe('fainting, heat, limbs and children who swallowed medicine', () => {
  it('alerts on a faint during exercise or with palpitations', () => {
    expect(rules('I fainted while running on the treadmill')).toContain('syncope_warning');
    expect(rules('passed out at dinner, my heart was racing before')).toContain('syncope_warning');
  });

  it('does not alert on a simple faint that has passed', () => {
    expect(fires('lost consciousness for a few seconds after standing up, feel ok now')).toBe(false);
    expect(fires('I had a blackout last year but none since')).toBe(false);
  });

  it('alerts on heat stroke and an acutely cold limb', () => {
    expect(rules('after hours in the sun he is confused and very hot')).toContain('heat_stroke');
    expect(rules('my leg suddenly went cold and pale and it hurts')).toContain('limb_ischaemia');
    expect(fires('my fingers go white in the cold in winter')).toBe(false);
  });

  it('alerts when a child swallowed medicine, not when an adult took a normal dose', () => {
    expect(rules('my toddler got into my blood pressure pills')).toContain('overdose_poisoning');
    expect(rules('Mi hijo de 3 años se tragó unas pastillas')).toContain('overdose_poisoning');
    expect(fires('I took two paracetamol for my headache')).toBe(false);
  });

  it('alerts on unrousable patients and opioid signs', () => {
    expect(fires('found him unrousable on the sofa')).toBe(true);
    expect(fires('she has pinpoint pupils and is barely breathing')).toBe(true);
  });
});
