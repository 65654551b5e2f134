/**
 * The external-format pieces of eval:triage, on small fixtures written here: reader and split,
 * renderings, diagnosis-name matching, the urgency lookup (and the shipped mapping), contradictions
 * and scoring.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createDiagnosisMatcher, normalizeName } from '../../plugins/medical/eval/createDiagnosisMatcher.ts';
import { findContradictions } from '../../plugins/medical/eval/findContradictions.ts';
import { getHalf } from '../../plugins/medical/eval/getHalf.ts';
import { createUrgencyLookup, loadDiagnosisUrgency } from '../../plugins/medical/eval/loadDiagnosisUrgency.ts';
import { parseVignetteFile } from '../../plugins/medical/eval/loadVignetteFile.ts';
import type { ExternalVignette } from '../../plugins/medical/eval/parseExternalVignettes.ts';
import { parseDemographics, renderClinical, renderPatient, toFirstPerson } from '../../plugins/medical/eval/renderVignette.ts';
import { scoreExternalVignettes, type ExternalOutcome } from '../../plugins/medical/eval/scoreExternalVignettes.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';

const line = (o: Record<string, string>) => JSON.stringify(o);
const base = {
  demographics: '47 year old Female',
  chief_complaints: 'Headache, Nausea',
  presentation: 'She describes a throbbing pain behind her left eye since this morning.',
  absent_findings: 'No fever, No neck stiffness',
  physical_history: '-',
  family_history: 'Mother with migraines',
  social_history: '',
};
const fixture = [
  line({ correct_diagnosis: 'Alpha Disease', ...base }),
  line({ correct_diagnosis: 'Beta Syndrome', ...base }),
  '',
  line({ correct_diagnosis: 'Gamma Fever', ...base }),
].join('\n');

describe('reading vignette files', () => {
  it('detects the external format and numbers cases by physical line, blank lines included', () => {
    const file = parseVignetteFile(fixture, 'x.jsonl');
    expect(file.format).toBe('external');
    if (file.format !== 'external') return;
    expect(file.cases.map((c) => [c.line, c.half, c.diagnosis])).toEqual([
      [1, 'heldout', 'Alpha Disease'],
      [2, 'dev', 'Beta Syndrome'],
      [4, 'dev', 'Gamma Fever'],
    ]);
    expect(file.cases[0]?.familyHistory).toBe('Mother with migraines');
  });

  it('still reads the chat-message format', () => {
    const chat = '{"id":"c1","message":"my ankle hurts","expected_triage":"self_care","acceptable":["self_care"],"emergency_alert":false}';
    const file = parseVignetteFile(chat, 'chat.jsonl');
    expect(file.format).toBe('chat');
    expect(file.cases[0]?.id).toBe('c1');
  });

  it('names the file and line of a bad line', () => {
    const bad = [line({ correct_diagnosis: 'Alpha Disease', ...base }), line({ correct_diagnosis: 'Beta', ...base, demographics: '' })].join('\n');
    expect(() => parseVignetteFile(bad, 'set.jsonl')).toThrow(/set\.jsonl line 2: not an external vignette: demographics/);
    expect(() => parseVignetteFile(`${line({ correct_diagnosis: 'A', ...base })}\n{oops`, 'set.jsonl')).toThrow(/set\.jsonl line 2: not JSON/);
    expect(() => parseVignetteFile('{"foo":1}', 'odd.jsonl')).toThrow(/odd\.jsonl line 1: unknown vignette format/);
  });

  it('rejects a file that mixes the two formats', () => {
    const mixed = `${line({ correct_diagnosis: 'A', ...base })}\n{"id":"c1","message":"m","expected_triage":"self_care","acceptable":["self_care"],"emergency_alert":false}`;
    expect(() => parseVignetteFile(mixed, 'mixed.jsonl')).toThrow(/mixed\.jsonl line 2: not an external vignette/);
  });
});

describe('the fixed split', () => {
  it('puts even lines in the development half and odd lines in the held-out half', () => {
    expect([1, 2, 3, 10, 399, 400].map(getHalf)).toEqual(['heldout', 'dev', 'heldout', 'dev', 'heldout', 'dev']);
    expect(() => getHalf(0)).toThrow(/1-based/);
  });
});

describe('renderings', () => {
  const fields = {
    demographics: '47 year old Female',
    chiefComplaints: 'Headache, Nausea, Blurred vision',
    presentation: 'She describes a throbbing pain behind her eyes. The patient reports that light bothers her.',
    absentFindings: 'No fever, No neck stiffness, No rash',
    physicalHistory: 'Hypothyroidism',
    familyHistory: '-',
    socialHistory: '',
  };

  it('clinical: a referral, skipping "-" and empty fields', () => {
    expect(renderClinical(fields)).toBe(
      '47 year old female. Presenting complaints: headache, nausea, blurred vision. She describes a throbbing pain behind her eyes. ' +
        'The patient reports that light bothers her. Negatives: no fever, no neck stiffness, no rash. Past history: Hypothyroidism.',
    );
  });

  it('patient: first person, with a profile from the demographics', () => {
    const turn = renderPatient(fields);
    expect(turn.message).toBe(
      "I'm a 47 year old woman. I've got headache, nausea and blurred vision. I describe a throbbing pain behind my eyes. " +
        "I report that light bothers me. I don't have fever, neck stiffness or rash. My medical history: Hypothyroidism.",
    );
    expect(turn.profile).toEqual({ age: 47, sex: 'female' });
  });

  it('patient: a young child is described by a parent in the third person', () => {
    const turn = renderPatient({ ...fields, demographics: '3 year old Male', presentation: 'The patient has a barking cough. He is off his food.' });
    expect(turn.message).toMatch(/^My 3 year old son has got headache, nausea and blurred vision\. My son has a barking cough\. He is off his food\. He doesn't have fever/);
    expect(turn.profile).toEqual({ age: 3, sex: 'male' });
  });

  it('parses demographics in several forms', () => {
    expect(parseDemographics('61 year old Male')).toEqual({ age: 61, sex: 'male' });
    expect(parseDemographics('8 months old female')).toEqual({ age: 0, sex: 'female' });
    expect(parseDemographics('adult')).toEqual({ age: undefined, sex: undefined });
  });

  it('turns third-person prose into the first person with agreeing verbs', () => {
    expect(toFirstPerson("He denies chest pain. His wife says he's been tired and he often wakes at night.")).toBe(
      "I deny chest pain. My wife says I've been tired and I often wake at night.",
    );
    expect(toFirstPerson('She presents with a cough. Her cough keeps her awake and she washes her hands often.')).toBe(
      'I have a cough. My cough keeps me awake and I wash my hands often.',
    );
  });
});

describe('diagnosis name matching', () => {
  const matcher = createDiagnosisMatcher([
    { id: 'gastro_oesophageal_reflux', name: 'Acid reflux', aliases: ['GORD'] },
    { id: 'heart_attack', name: 'Heart attack', aliases: ['Myocardial infarction'] },
    { id: 'anaemia_iron', name: 'Iron deficiency anaemia' },
    { id: 'renal_colic', name: 'Kidney stones', aliases: ['renal colic'] },
    { id: 'colic_baby', name: 'Infant colic', aliases: ['colic renal'] },
    { id: 'faint', name: 'Fainting (vasovagal syncope)' },
  ]);

  it('matches through id, name and aliases after normalising case, punctuation and ae/oe spellings', () => {
    expect(matcher.match('Gastro-Esophageal Reflux')).toEqual(['gastro_oesophageal_reflux']);
    expect(matcher.match('MYOCARDIAL INFARCTION')).toEqual(['heart_attack']);
    expect(matcher.match('Iron Deficiency Anemia')).toEqual(['anaemia_iron']);
    expect(matcher.match("Heart-attack's")).toEqual(['heart_attack']);
  });

  it('reads a parenthetical in a knowledge-base name as a second name', () => {
    expect(matcher.match('Vasovagal Syncope')).toEqual(['faint']);
    expect(matcher.match('Fainting')).toEqual(['faint']);
    expect(matcher.match('Syncope')).toEqual([]);
  });

  it('ignores word order only when that finds a single condition', () => {
    expect(matcher.match('Anemia Iron Deficiency')).toEqual(['anaemia_iron']);
    // "colic renal" (an alias) and "renal colic" sort alike but belong to two conditions: exact wins, reorder refuses.
    expect(matcher.match('Renal Colic')).toEqual(['renal_colic']);
    expect(matcher.match('colic, renal')).toEqual(['colic_baby']);
    expect(matcher.match('Unknown Disease')).toEqual([]);
  });

  it('normalises spelling variants alike', () => {
    expect(normalizeName('Oesophagitis')).toBe(normalizeName('Esophagitis'));
    expect(normalizeName('Haemorrhage')).toBe(normalizeName('hemorrhage'));
    expect(normalizeName('Pre-eclampsia')).toBe('pre eclampsia');
  });

  it('reads the real knowledge base', () => {
    const kb = loadKnowledgeBase();
    const any = kb.conditions[0];
    expect(any).toBeDefined();
    if (any) expect(createDiagnosisMatcher(kb.conditions).match(any.name.toUpperCase())).toContain(any.id);
  });
});

describe('urgency lookup', () => {
  it('looks names up ignoring case and punctuation, and always accepts the expected level', () => {
    const lookup = createUrgencyLookup(
      { diagnoses: { 'Alpha Disease': { expected: 'emergency', acceptable: ['non_emergency'], why: 'a fixture entry' } } },
      'fixture',
    );
    expect(lookup.get('alpha-disease')).toEqual({ expected: 'emergency', acceptable: ['emergency', 'non_emergency'], why: 'a fixture entry' });
    expect(lookup.get('Beta')).toBeUndefined();
  });

  it('rejects entries that collide after normalising, and invalid levels', () => {
    const entry = { expected: 'self_care', acceptable: ['self_care'], why: 'a fixture entry' };
    expect(() => createUrgencyLookup({ diagnoses: { 'Ear Wax': entry, 'ear-wax': entry } }, 'fixture')).toThrow(/duplicates/);
    expect(() => createUrgencyLookup({ diagnoses: { X: { ...entry, expected: 'urgent' } } }, 'fixture')).toThrow(/invalid urgency mapping/);
  });

  it('the shipped mapping gives the textbook emergencies and non-urgent conditions their level', () => {
    const lookup = loadDiagnosisUrgency();
    for (const name of ['Aortic Dissection', 'Pulmonary Embolism', 'Unstable Angina', 'Ectopic Pregnancy', 'Epiglottitis', 'Meningitis']) {
      expect(lookup.get(name)?.expected, name).toBe('emergency');
    }
    for (const name of ['Cataract', 'Irritable Bowel Syndrome', 'Tension Headache']) {
      expect(lookup.get(name)?.acceptable, name).not.toContain('emergency');
    }
  });

  it('the shipped mapping covers every diagnosis of the external file', () => {
    const path = fileURLToPath(new URL('../../../shared/vignettes/external/avey-vignettes.jsonl', import.meta.url));
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return; // the shared folder is not part of every checkout
    }
    const file = parseVignetteFile(text, path);
    if (file.format !== 'external') throw new Error('expected the external format');
    const lookup = loadDiagnosisUrgency();
    // Counted, not named: the held-out half's names are not printed.
    expect(file.cases.filter((c) => lookup.get(c.diagnosis) === undefined).length).toBe(0);
  });
});

describe('contradictions', () => {
  it('flags ambulance talk in a non-emergency answer but not conditional safety advice', () => {
    expect(findContradictions({ level: 'non_emergency', alerted: false, answer: 'Lie down while you wait for the ambulance.' })).toEqual([
      'ambulance_without_emergency',
    ]);
    expect(findContradictions({ level: 'self_care', alerted: false, answer: 'Use your adrenaline auto-injector now.' })).toEqual([
      'ambulance_without_emergency',
    ]);
    const safe = '**What to do now:** see a doctor within a few days.\n\n**Call 911 if:**\n- You faint — call an ambulance.';
    expect(findContradictions({ level: 'non_emergency', alerted: false, answer: safe })).toEqual([]);
  });

  it('flags an emergency answer that offers an appointment in days, and a frame whose level is not emergency', () => {
    expect(findContradictions({ level: 'emergency', alerted: true, answer: 'Call 911 now. Book an appointment with your GP.' })).toEqual([
      'appointment_in_emergency',
    ]);
    expect(findContradictions({ level: 'emergency', alerted: true, answer: 'Call 911 now. See a doctor (sooner if it gets worse) within the next day or two.' })).toEqual([
      'appointment_in_emergency',
    ]);
    expect(findContradictions({ level: 'non_emergency', alerted: true, answer: 'Call 911 now.' })).toContain('frame_without_emergency_level');
  });

  it('regression: findings quoted back in knowledge-base words are not an appointment', () => {
    const quoted = [
      '**Emergency: call 911 now.**',
      '',
      '**Why this is urgent:**',
      '- What you describe (worsening headache over days, on the pill) fits cerebral venous sinus thrombosis, which needs emergency care',
      '',
      'These are some of the causes a doctor would consider:',
      '- **Cerebral venous sinus thrombosis** (more likely) — fits: worsening headache over days, on the pill',
    ].join('\n');
    expect(findContradictions({ level: 'emergency', alerted: true, answer: quoted })).toEqual([]);
    expect(findContradictions({ level: 'emergency', alerted: true, answer: `${quoted}\n\nSee your GP within a few days.` })).toEqual(['appointment_in_emergency']);
  });
});

describe('scoring external vignettes', () => {
  const vignette = (line: number, diagnosis: string): ExternalVignette => ({
    id: `L${line}`,
    line,
    half: getHalf(line),
    diagnosis,
    demographics: '40 year old Male',
    chiefComplaints: '',
    presentation: '',
    absentFindings: '',
    physicalHistory: '',
    familyHistory: '',
    socialHistory: '',
  });
  const matcher = createDiagnosisMatcher([
    { id: 'alpha', name: 'Alpha Disease' },
    { id: 'beta', name: 'Beta Syndrome' },
  ]);
  const entry = (expected: 'emergency' | 'non_emergency' | 'self_care') => ({ expected, acceptable: [expected], why: 'a fixture entry' });
  const urgency = createUrgencyLookup(
    { diagnoses: { 'Alpha Disease': entry('emergency'), 'Beta Syndrome': entry('self_care'), 'Gamma Fever': entry('non_emergency') } },
    'fixture',
  );
  const cases = [vignette(2, 'Alpha Disease'), vignette(4, 'Alpha Disease'), vignette(6, 'Beta Syndrome'), vignette(8, 'Gamma Fever')];
  const out = (o: Partial<ExternalOutcome>): ExternalOutcome => ({ alerted: false, level: 'non_emergency', ranked: [], contradictions: [], ...o });

  it('counts top 1 / top 5, unmatched names, emergencies caught, over-triage and contradictions', () => {
    const s = scoreExternalVignettes({
      cases,
      matcher,
      urgency,
      outcomes: new Map([
        ['L2', out({ alerted: true, level: 'emergency', ranked: ['alpha', 'beta'] })],
        ['L4', out({ level: 'emergency', ranked: ['x1', 'x2', 'x3', 'x4', 'alpha'] })],
        ['L6', out({ alerted: true, level: 'emergency', ranked: ['x1', 'x2', 'x3', 'x4', 'x5', 'beta'], contradictions: ['frame_without_emergency_level'] })],
        ['L8', out({ level: 'non_emergency', ranked: ['alpha'] })],
      ]),
    });
    expect(s.diagnosis).toEqual({ top1: 1, top5: 2, unmatchedNames: ['Gamma Fever'], unmatchedCases: 1, missed: [{ id: 'L6', diagnosis: 'Beta Syndrome' }] });
    expect(s.emergencies).toEqual({ cases: 2, triagedEmergency: 2, framedFirst: 1 });
    expect(s.overTriage).toEqual({ selfCareCases: 1, alerted: 1 });
    expect(s.triage.correct).toBe(3);
    expect(s.contradictions.total).toBe(1);
  });

  it('fails loudly on a diagnosis missing from the mapping', () => {
    expect(() =>
      scoreExternalVignettes({ cases: [vignette(2, 'Delta')], matcher, urgency, outcomes: new Map([['L2', out({})]]) }),
    ).toThrow(/no entry in the urgency mapping/);
  });
});
