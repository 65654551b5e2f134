import { describe, expect, it } from 'vitest';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import { GENERIC_CLASSES, loadDrugClasses } from '../../plugins/medical/knowledge/loadDrugClasses.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { profileFactors } from '../../plugins/medical/knowledge/profileFactors.ts';

/** A profile that should produce the factor, written as a person fills in the form. */
function profileFor(factor: string): PatientProfile | undefined {
  const [kind, id = ''] = factor.split(':');
  const words = id.replace(/_/g, ' ');
  if (kind === 'condition') return { chronicConditions: [words] };
  if (kind === 'medication') {
    // A medicine of that class (or of that name) as the person would name it; a class like "antibiotic"
    // that is too broad for a drug to carry is named by its label.
    const table = loadDrugClasses();
    const drug = [...table.drugs.values()].find((d) => d.slug === id || (d.classes.includes(id) && !GENERIC_CLASSES.has(id)));
    return { currentMedications: [{ name: drug?.name ?? table.classes.get(id)?.label ?? words }] };
  }
  if (kind === 'allergy') return { allergies: { drug: [words] } };
  return undefined;
}

describe('patient factors named in the knowledge base', () => {
  it('are each produced by some profile, so no entry carries advice nobody can trigger', () => {
    const ids = new Set(loadKnowledgeBase().conditions.flatMap((c) => c.patientFactors.map((p) => p.factor)));
    const never = [...ids].filter((factor) => {
      const profile = profileFor(factor);
      return profile !== undefined && !profileFactors(profile).has(factor);
    });
    expect(never).toEqual([]);
  });

  it('reads chronic conditions as people write them', () => {
    const has = (text: string) => [...profileFactors({ chronicConditions: [text] }).keys()];
    expect(has('High blood pressure')).toEqual(expect.arrayContaining(['condition:hypertension', 'condition:high_blood_pressure']));
    expect(has('CKD stage 3')).toEqual(expect.arrayContaining(['condition:kidney_disease', 'condition:chronic_kidney_disease']));
    expect(has('had a stroke in 2019')).toContain('condition:stroke');
    expect(has("Crohn's")).toEqual(expect.arrayContaining(['condition:crohns_disease', 'condition:inflammatory_bowel_disease']));
    expect(has('ex-smoker')).toEqual(expect.arrayContaining(['condition:smoker', 'condition:smoking']));
    expect(has('type 1 diabetes')).toEqual(expect.arrayContaining(['condition:diabetes', 'condition:type_1_diabetes']));
    expect(has('AF')).toContain('condition:atrial_fibrillation');
    expect(has('hay fever')).not.toContain('condition:atrial_fibrillation');
  });
});
