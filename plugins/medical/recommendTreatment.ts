import type { PatientProfile, TriageLevel } from '../sdk/index.ts';
import type { ConditionEntry, ConditionMedication } from './knowledge/conditionSchema.ts';
import { getKnowledgeIndex, type KnowledgeIndex } from './knowledge/createKnowledgeIndex.ts';
import { GENERIC_CLASSES, loadDrugClasses, type DrugInfo } from './knowledge/loadDrugClasses.ts';
import { profileFactors, type ProfileFactors } from './knowledge/profileFactors.ts';
import type { DiagnosticResult, TreatmentResult } from './types.ts';
import { adviceForLevel } from './urgency/adviceForLevel.ts';

export interface TreatmentInput {
  readonly diagnostic: DiagnosticResult;
  readonly profile?: PatientProfile | undefined;
  readonly triageLevel: TriageLevel;
  readonly index?: KnowledgeIndex;
}

const MAX_CONDITIONS = 3;
const MAX_SELF_CARE = 8;
const MAX_MEDICINE_SUGGESTIONS = 3;
const MAX_SEE_DOCTOR = 6;
const MAX_EMERGENCY = 4;
const GENERIC_EMERGENCY =
  'You have severe difficulty breathing, chest pain, collapse, confusion, signs of a stroke, or heavy bleeding.';
const GENERIC_SEE_DOCTOR = 'Your symptoms get worse, do not improve as expected, or you are worried.';

/**
 * Advice for the top possibilities, taken from the knowledge base only: self-care steps, medicines the
 * entry names (with the label dosing it states, never a computed dose) checked against the profile's
 * allergies, medicines, conditions, pregnancy and age, and when to see a doctor or call for help.
 */
export function recommendTreatment(input: TreatmentInput): TreatmentResult {
  const index = input.index ?? getKnowledgeIndex();
  const entries = pickEntries(input.diagnostic, index);
  const factors = profileFactors(input.profile);
  const emergency = input.triageLevel === 'emergency';

  const selfCare: string[] = [];
  const seeDoctorIf: string[] = [];
  const callEmergencyIf: string[] = [];
  entries.forEach((entry, rank) => {
    // Self-care follows the level: in an emergency only what to do while help comes (home care from
    // everyday conditions would read as "manage it at home"); below it, never an emergency's first aid.
    if (emergency === (entry.typicalTriage === 'emergency')) selfCare.push(...entry.selfCare.slice(0, rank === 0 ? 4 : 1));
    seeDoctorIf.push(...entry.seeDoctorIf.slice(0, rank === 0 ? 3 : 2));
    callEmergencyIf.push(...entry.emergencyIf);
    for (const pf of entry.patientFactors) {
      const reason = factors.get(pf.factor);
      if (reason === undefined) continue;
      const line = `Because ${reason}: ${pf.note}`;
      if (pf.effect === 'raise_triage') seeDoctorIf.unshift(line);
      else selfCare.push(line);
    }
  });

  const { cautions, suggestions } = checkMedicines(entries, factors, emergency);
  selfCare.push(...suggestions);

  const level = input.triageLevel;
  return {
    selfCare: adviceForLevel(dedupe(selfCare.map((line) => annotateBlocked(line, factors))), level).slice(0, MAX_SELF_CARE),
    medicationCautions: cautions,
    seeDoctorIf: withFallback(adviceForLevel(dedupe(seeDoctorIf), level).slice(0, MAX_SEE_DOCTOR), GENERIC_SEE_DOCTOR),
    callEmergencyIf: withFallback(adviceForLevel(dedupe(callEmergencyIf), level).slice(0, MAX_EMERGENCY), GENERIC_EMERGENCY),
  };
}

export interface MedicineCheck {
  readonly effect: 'avoid' | 'caution';
  readonly reason: string;
}

/**
 * Everything in the profile that argues against one medicine: allergies to it or its class, then the
 * drug's, its classes' and the knowledge-base entry's cautions whose factor the profile has.
 */
export function checkMedicine(
  name: string,
  factors: ProfileFactors,
  entryCautions: ConditionMedication['cautions'] = [],
): MedicineCheck[] {
  const table = loadDrugClasses();
  const drug = table.resolveDrug(name);
  if (!drug) return [];
  const checks: MedicineCheck[] = [];
  const allergy = allergyReason(drug, factors);
  if (allergy) checks.push({ effect: 'avoid', reason: allergy });
  if (factors.has(`medication:${drug.slug}`)) {
    checks.push({
      effect: 'caution',
      reason: `${factors.get(`medication:${drug.slug}`) ?? 'you already take it'} — do not take extra doses from another product.`,
    });
  }
  const rules = [
    ...drug.cautions,
    ...drug.classes.flatMap((c) => table.classes.get(c)?.cautions ?? []),
    ...entryCautions.map((c) => ({ ...c, effect: 'caution' as const })),
  ];
  const seen = new Set<string>();
  for (const rule of rules) {
    const reason = factors.get(rule.factor);
    if (reason === undefined || seen.has(rule.note)) continue;
    seen.add(rule.note);
    checks.push({ effect: rule.effect, reason: `${capitalize(drug.name)}: ${rule.note} (${reason}).` });
  }
  return checks.sort((a, b) => (a.effect === b.effect ? 0 : a.effect === 'avoid' ? -1 : 1));
}

function checkMedicines(
  entries: readonly ConditionEntry[],
  factors: ProfileFactors,
  emergency: boolean,
): { cautions: { medication: string; reason: string }[]; suggestions: string[] } {
  const cautions: { medication: string; reason: string }[] = [];
  const suggestions: string[] = [];
  const done = new Set<string>();
  for (const entry of entries) {
    for (const med of entry.medications ?? []) {
      if (done.has(med.name)) continue;
      done.add(med.name);
      const checks = checkMedicine(med.name, factors, med.cautions);
      for (const check of checks) {
        cautions.push({ medication: med.name, reason: `${check.effect === 'avoid' ? 'Avoid' : 'Caution'}: ${check.reason}` });
      }
      const blocked = checks.some((c) => c.effect === 'avoid');
      const drug = loadDrugClasses().resolveDrug(med.name);
      if (drug?.otc && !blocked && !emergency && suggestions.length < MAX_MEDICINE_SUGGESTIONS) {
        suggestions.push(suggestionLine(med, drug));
      }
    }
  }
  return { cautions, suggestions };
}

/** A general self-care line naming a medicine this profile must avoid gets a pointer to the caution. */
function annotateBlocked(line: string, factors: ProfileFactors): string {
  if (factors.size === 0) return line;
  const lower = line.toLowerCase();
  const blocked = [...loadDrugClasses().drugs.keys()].filter(
    (name) => new RegExp(`\\b${escapeRegExp(name)}\\b`).test(lower) && checkMedicine(name, factors).some((c) => c.effect === 'avoid'),
  );
  return blocked.length === 0 ? line : `${line} (Not ${blocked.join(' or ')} for you — see the medication cautions.)`;
}

function suggestionLine(med: ConditionMedication, drug: DrugInfo): string {
  const dosing = med.labelDosing ?? drug.labelDosing;
  const howTo = dosing ? ` ${dosing}` : ' Follow the dosing on the pack or from your pharmacist.';
  return `${capitalize(med.name)} may help (${med.use}) if it suits you.${howTo}`;
}

function allergyReason(drug: DrugInfo, factors: ProfileFactors): string | undefined {
  const own = factors.get(`allergy:${drug.slug}`);
  if (own !== undefined) return `${own}; ${drug.name} must not be taken.`;
  for (const c of drug.classes) {
    if (GENERIC_CLASSES.has(c)) continue;
    const reason = factors.get(`allergy:${c}`);
    const label = loadDrugClasses().classes.get(c)?.label ?? c;
    if (reason !== undefined) return `${reason}, and ${drug.name} is a ${label}.`;
  }
  return undefined;
}

function pickEntries(diagnostic: DiagnosticResult, index: KnowledgeIndex): ConditionEntry[] {
  const ranked = diagnostic.possibilities.filter((p) => p.likelihood !== 'less likely');
  const chosen = (ranked.length > 0 ? ranked : diagnostic.possibilities.slice(0, 1)).slice(0, MAX_CONDITIONS);
  return chosen.flatMap((p) => {
    const entry = index.get(p.conditionId);
    return entry ? [entry] : [];
  });
}

function dedupe(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

function withFallback(lines: string[], fallback: string): string[] {
  return lines.length > 0 ? lines : [fallback];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
