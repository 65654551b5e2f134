/**
 * A medicine's danger signs as red-flag rules, read from the drug table (knowledge/drugClasses.json):
 * adding a class's `dangerSigns` there adds its alert without code. The table names its signs by the
 * safety layer's concept ids; an unknown id fails here, at load.
 */
import { loadDrugClasses } from '../knowledge/loadDrugClasses.ts';
import type { ClinicalFacts } from './clinicalFacts.ts';
import { CONCEPTS, type Concept } from './concepts.ts';
import { febrile, has } from './readFacts.ts';
import type { RedFlagRule } from './redFlagRules.ts';
import { heartFasterThan } from './vitalLimits.ts';

function concept(id: string, classId: string): Concept {
  if (!Object.hasOwn(CONCEPTS, id)) throw new Error(`drugClasses.json: class "${classId}" names unknown sign "${id}"`);
  return id as Concept;
}

/** A sign told in words, or measured: a temperature of 38 or more is a fever, a pulse over 100 a racing heart. */
function shows(f: ClinicalFacts, c: Concept): boolean {
  if (c === 'fever') return febrile(f);
  if (c === 'tachycardic') return has(f, c) || heartFasterThan(f, 100);
  return has(f, c);
}

export function createMedicineDangerRules(): RedFlagRule[] {
  return [...loadDrugClasses().classes].flatMap(([classId, cls]) => {
    const danger = cls.dangerSigns;
    if (!danger) return [];
    const required = (danger.requiredAny ?? []).map((id) => concept(id, classId));
    const signs = danger.signs.map((id) => concept(id, classId));
    const test = (f: ClinicalFacts): boolean =>
      f.medicineClasses.has(classId) &&
      (required.length === 0 || required.some((c) => shows(f, c))) &&
      signs.filter((c) => shows(f, c)).length >= danger.minSigns;
    return [{ id: `medicine_danger:${classId}`, severity: danger.severity, reason: danger.reason, test }];
  });
}
