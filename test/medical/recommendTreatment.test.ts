import { describe, expect, it } from 'vitest';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import { loadDrugClasses } from '../../plugins/medical/knowledge/loadDrugClasses.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { recommendTreatment } from '../../plugins/medical/recommendTreatment.ts';
import type { DiagnosticResult } from '../../plugins/medical/types.ts';

const kb = loadKnowledgeBase();
const dx = (...ids: string[]): DiagnosticResult => ({
  possibilities: ids.map((id, i) => ({
    conditionId: id,
    name: kb.byId.get(id)?.name ?? id,
    likelihood: i === 0 ? 'more likely' : 'possible',
    score: 5 - i,
    supportingFindings: ['x'],
  })),
});
const cautionsFor = (ids: string[], profile: PatientProfile, level: 'self_care' | 'non_emergency' | 'emergency' = 'non_emergency') =>
  recommendTreatment({ diagnostic: dx(...ids), profile, triageLevel: level }).medicationCautions;

describe('recommendTreatment', () => {
  it('a penicillin allergy produces a caution on amoxicillin', () => {
    const cautions = cautionsFor(['ear_infection'], { allergies: { drug: ['penicillin'] } });
    const amox = cautions.find((c) => c.medication === 'amoxicillin');
    expect(amox?.reason).toMatch(/^Avoid: .*penicillin/);
  });

  it('an NSAID allergy blocks ibuprofen, naproxen and aspirin', () => {
    const cautions = cautionsFor(['tension_headache', 'period_pain'], { sex: 'female', allergies: { drug: ['NSAIDs'] } });
    for (const drug of ['ibuprofen', 'aspirin', 'naproxen']) {
      expect(cautions.find((c) => c.medication === drug)?.reason, drug).toMatch(/^Avoid/);
    }
  });

  it('checks current medicines: warfarin with NSAIDs, SSRIs with NSAIDs', () => {
    const warfarin = cautionsFor(['tension_headache'], { currentMedications: [{ name: 'Coumadin', dose: '5mg' }] });
    expect(warfarin.find((c) => c.medication === 'ibuprofen')?.reason).toMatch(/^Avoid: .*bleeding.*Coumadin/);
    const ssri = cautionsFor(['tension_headache'], { currentMedications: [{ name: 'sertraline' }] });
    expect(ssri.find((c) => c.medication === 'ibuprofen')?.reason).toMatch(/^Caution: .*stomach bleeding/);
  });

  it('checks chronic conditions: kidney disease, asthma, hypertension + decongestant', () => {
    const kidney = cautionsFor(['low_back_strain'], { chronicConditions: ['chronic kidney disease'] });
    expect(kidney.find((c) => c.medication === 'ibuprofen')?.reason).toMatch(/kidney/);
    const asthma = cautionsFor(['tension_headache'], { chronicConditions: ['asthma'] });
    expect(asthma.find((c) => c.medication === 'ibuprofen')?.reason).toMatch(/wheezing/);
    const bp = cautionsFor(['common_cold'], { chronicConditions: ['high blood pressure'] });
    expect(bp.find((c) => c.medication === 'pseudoephedrine')?.reason).toMatch(/^Avoid: .*blood pressure/);
  });

  it('checks pregnancy and age', () => {
    const pregnant = cautionsFor(['tension_headache'], { pregnant: true });
    expect(pregnant.find((c) => c.medication === 'ibuprofen')?.reason).toMatch(/pregnan/);
    const child = cautionsFor(['tension_headache'], { age: 8 });
    expect(child.find((c) => c.medication === 'aspirin')?.reason).toMatch(/Reye/);
  });

  it('does not suggest a medicine the profile must avoid, and flags it in general self-care text', () => {
    const result = recommendTreatment({
      diagnostic: dx('tension_headache'),
      profile: { currentMedications: [{ name: 'warfarin' }] },
      triageLevel: 'self_care',
    });
    expect(result.selfCare.some((l) => l.startsWith('Ibuprofen may help'))).toBe(false);
    expect(result.selfCare.some((l) => l.includes('Not ibuprofen for you'))).toBe(true);
  });

  it('never invents doses: every dose-like line comes from the knowledge base or a label statement', () => {
    const table = loadDrugClasses();
    const known = [
      ...kb.conditions.flatMap((c) => [...c.selfCare, ...c.seeDoctorIf, ...c.emergencyIf, ...c.patientFactors.map((p) => p.note)]),
      ...[...table.drugs.values()].flatMap((d) => (d.labelDosing ? [d.labelDosing] : [])),
      ...kb.conditions.flatMap((c) => (c.medications ?? []).flatMap((m) => (m.labelDosing ? [m.labelDosing] : []))),
    ];
    for (const id of kb.conditions.map((c) => c.id)) {
      const result = recommendTreatment({ diagnostic: dx(id), profile: undefined, triageLevel: 'self_care' });
      for (const line of result.selfCare) {
        for (const dose of line.match(/\d[\d,.]*\s*(mg|g|ml)\b/g) ?? []) {
          expect(known.some((k) => k.includes(dose)), `${id}: ${dose}`).toBe(true);
        }
      }
    }
  });

  it('in an emergency gives no home treatment for everyday conditions', () => {
    const result = recommendTreatment({ diagnostic: dx('heart_attack', 'heartburn_reflux'), profile: undefined, triageLevel: 'emergency' });
    const heartburnCare = kb.byId.get('heartburn_reflux')?.selfCare ?? [];
    expect(result.selfCare.some((l) => heartburnCare.includes(l))).toBe(false);
    expect(result.selfCare.some((l) => / may help /.test(l))).toBe(false);
    expect(result.callEmergencyIf[0]).toMatch(/chest pain/);
  });

  it('adds profile notes that raise urgency to the see-a-doctor lines', () => {
    const result = recommendTreatment({ diagnostic: dx('uti_cystitis'), profile: { pregnant: true }, triageLevel: 'non_emergency' });
    expect(result.seeDoctorIf[0]).toMatch(/^Because you are pregnant:/);
  });

  it('always gives see-a-doctor and call-emergency lines, even with no possibilities', () => {
    const result = recommendTreatment({ diagnostic: { possibilities: [] }, profile: undefined, triageLevel: 'self_care' });
    expect(result.seeDoctorIf.length).toBeGreaterThan(0);
    expect(result.callEmergencyIf.length).toBeGreaterThan(0);
    expect(result.medicationCautions).toEqual([]);
  });
});
