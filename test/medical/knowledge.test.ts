import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_SYSTEMS, conditionSchema } from '../../plugins/medical/knowledge/conditionSchema.ts';
import { loadDrugClasses } from '../../plugins/medical/knowledge/loadDrugClasses.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { KNOWLEDGE_BASE_VERSION } from '../../plugins/medical/knowledge/version.ts';

const kb = loadKnowledgeBase();

const thinEntry = {
  id: 'thin_condition',
  name: 'Thin condition',
  system: 'skin',
  summary: 'A condition described too briefly to be useful for anybody reading it.',
  prevalence: 'common',
  symptoms: [
    { term: 'itchy skin', synonyms: ['itchy'], weight: 1, key: true },
    { term: 'red skin', synonyms: [], weight: 1 },
  ],
  redFlags: [{ finding: 'fever', synonyms: [] }],
  typicalTriage: 'self_care',
  selfCare: ['Moisturise.'],
  seeDoctorIf: ['It gets worse.'],
  emergencyIf: [],
  patientFactors: [],
  sources: [{ title: 'Somewhere', url: 'http://example.com/page' }],
};

describe('knowledge base', () => {
  it('bundles at least 80 conditions with unique ids', () => {
    expect(kb.conditions.length).toBeGreaterThanOrEqual(80);
    expect(new Set(kb.conditions.map((c) => c.id)).size).toBe(kb.conditions.length);
  });

  it('covers every body system', () => {
    for (const system of BODY_SYSTEMS) expect(kb.systems, system).toContain(system);
  });

  it('every entry passes the schema with its thinness rules', () => {
    for (const entry of kb.conditions) {
      const parsed = conditionSchema.safeParse(entry);
      expect(parsed.success, entry.id).toBe(true);
      expect(entry.symptoms.length).toBeGreaterThanOrEqual(4);
      expect(entry.sources.every((s) => s.url.startsWith('https://'))).toBe(true);
    }
  });

  it('rejects a thin entry and says why', () => {
    const parsed = conditionSchema.safeParse(thinEntry);
    expect(parsed.success).toBe(false);
    const paths = (parsed.error?.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['symptoms', 'symptoms.1.synonyms', 'selfCare', 'seeDoctorIf', 'emergencyIf', 'patientFactors', 'sources.0.url']),
    );
  });

  it('accepts an emergency-only entry without self-care but not a self-care one', () => {
    const base = kb.byId.get('meningitis');
    expect(base?.emergencyOnly).toBe(true);
    expect(conditionSchema.safeParse({ ...base, selfCare: [] }).success).toBe(true);
    expect(conditionSchema.safeParse({ ...base, emergencyOnly: false, selfCare: [] }).success).toBe(false);
  });

  it('contains self-care, see-a-doctor and emergency conditions', () => {
    const byTriage = (t: string): string[] => kb.conditions.filter((c) => c.typicalTriage === t).map((c) => c.id);
    expect(byTriage('self_care')).toEqual(expect.arrayContaining(['common_cold', 'tension_headache', 'sprain_strain', 'heartburn_reflux']));
    expect(byTriage('non_emergency')).toEqual(expect.arrayContaining(['uti_cystitis', 'strep_throat', 'shingles', 'gout']));
    expect(byTriage('emergency')).toEqual(
      expect.arrayContaining(['heart_attack', 'stroke', 'anaphylaxis', 'sepsis', 'meningitis', 'pulmonary_embolism', 'diabetic_ketoacidosis', 'appendicitis', 'ectopic_pregnancy', 'testicular_torsion', 'severe_asthma_attack', 'hypoglycaemia', 'suicidal_crisis']),
    );
  });

  it('has lay synonyms people actually type', () => {
    const synonyms = new Set(kb.conditions.flatMap((c) => c.symptoms.flatMap((s) => s.synonyms)));
    for (const phrase of ['tummy ache', "can't catch my breath", 'throwing up', 'runny nose', 'the runs', 'burns when i pee']) {
      expect(synonyms, phrase).toContain(phrase);
    }
  });

  it('names only medicines the drug table knows, so every one can be checked against a profile', () => {
    const table = loadDrugClasses();
    for (const entry of kb.conditions) {
      for (const med of entry.medications ?? []) expect(table.resolveDrug(med.name), `${entry.id}: ${med.name}`).toBeDefined();
    }
  });

  it('reports a version', () => {
    expect(kb.version).toBe(KNOWLEDGE_BASE_VERSION);
    expect(kb.version).toMatch(/^\d{4}\.\d+\.\d+$/);
  });

  it('names the file and entry when data is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    writeFileSync(join(dir, 'skin.json'), JSON.stringify([thinEntry]));
    expect(() => loadKnowledgeBase(dir)).toThrow(/skin\.json entry #0 "thin_condition" is invalid: .*symptoms/);
  });

  it('rejects duplicate ids across files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kb-'));
    const entry = kb.byId.get('common_cold');
    writeFileSync(join(dir, 'a.json'), JSON.stringify([entry]));
    writeFileSync(join(dir, 'b.json'), JSON.stringify([entry]));
    expect(() => loadKnowledgeBase(dir)).toThrow(/b\.json entry #0 "common_cold" duplicates id/);
  });
});
