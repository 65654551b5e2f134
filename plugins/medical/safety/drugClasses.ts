/**
 * Drug-class lexicons used to connect a profile (allergies, medications, conditions) with what a
 * message says was taken. Names are lower-case generic and common brand names. Every lexicon matches
 * whole words (a stem takes its word's ending): they also run over what the person wrote, where "hiv"
 * inside "shivering" or "aids" in "hearing aids" must not make anyone immunosuppressed.
 */
import { loadDrugClasses } from '../knowledge/loadDrugClasses.ts';

const BLOOD_THINNER_CLASSES: ReadonlySet<string> = new Set(['anticoagulant', 'antiplatelet']);

/** Alternatives as whole words, Unicode-aware so that "diabète" ends a word too. */
function words(alternatives: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${alternatives})(?![\p{L}\p{N}])`, 'iu');
}
export interface DrugClass {
  readonly id: string;
  readonly label: string;
  /** Matches the allergy as written in a profile ("penicillin", "NSAIDs", "sulfa"). */
  readonly allergy: RegExp;
  /** Matches a member drug in a message. */
  readonly members: RegExp;
}

export const ALLERGY_CLASSES: readonly DrugClass[] = [
  {
    id: 'penicillin',
    label: 'penicillin-class antibiotic',
    allergy: words(String.raw`penicil\w*|amoxi\w*|ampicil\w*|beta-?lactams?`),
    members: /\b(?:penicillin\w*|amoxi\w*|ampicillin|augmentin|co-?amoxiclav|flucloxacillin|dicloxacillin|piperacillin|tazocin|pen ?v|phenoxymethylpenicillin)\b/,
  },
  {
    id: 'nsaid',
    label: 'anti-inflammatory painkiller (NSAID)',
    allergy: words(String.raw`nsaids?|ibuprofen|aspirin|naproxen|diclofenac|anti-?inflammator\w*`),
    members: /\b(?:ibuprofen|advil|motrin|nurofen|aspirin|naproxen|aleve|diclofenac|voltaren|celecoxib|ketorolac|indomethacin|nsaids?)\b/,
  },
  {
    id: 'sulfa',
    label: 'sulfonamide (sulfa) antibiotic',
    allergy: words(String.raw`sulf\w*|sulph\w*|bactrim|septra|trimethoprim`),
    members: /\b(?:sulfa\w*|sulpha\w*|sulfamethoxazole|bactrim|septra|co-?trimoxazole|sulfasalazine)\b/,
  },
];

/**
 * A medicine that makes a bleed or a head injury more dangerous: every anticoagulant and antiplatelet
 * (aspirin, clopidogrel) the drug table lists, by name and alias, and the lay and class words. Read
 * from the table so that a medicine added there is a blood thinner for the bleeding rules too. A
 * bleeding disorder carries the same risk with no medicine (NICE NG232 lists both for a head injury).
 */
export const ANTICOAGULANT = words(
  [
    ...namesOfClasses(BLOOD_THINNER_CLASSES),
    String.raw`blood[- ]?thinners?`,
    String.raw`blood[- ]?thinning (?:medicines?|medications?|tablets?|pills?|drugs?|injections?)`,
    String.raw`anticoag\w*`,
    String.raw`ha?emophiliac?|von willebrand(?:'s)?(?: disease)?|bleeding disorders?`,
  ].join('|'),
);

/** Every drug name, alias and class word of the classes, escaped for a pattern (a space may be a hyphen or nothing). */
function namesOfClasses(classIds: ReadonlySet<string>): string[] {
  const table = loadDrugClasses();
  const names = [...table.drugs.values()].filter((d) => d.classes.some((c) => classIds.has(c))).flatMap((d) => [d.name, ...d.aliases]);
  const classWords = [...classIds].flatMap((c) => table.classes.get(c)?.aliases ?? []);
  return [...names, ...classWords].map((n) => n.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[- ]?'));
}

/**
 * Every medicine the drug table names, by name and alias, as pattern alternatives (for a concept pattern
 * to embed): "saving up my sertraline" is pills saved up, whichever medicine it is.
 */
export function anyMedicineNamePattern(): string {
  return namesOfClasses(new Set(loadDrugClasses().classes.keys())).join('|');
}

// "aids" only as the disease: hearing, walking and sleep aids are not.
export const IMMUNOSUPPRESSION = words(
  String.raw`chemo\w*|immunosupp\w*|immuno-?compromised|immunocomp\w*|neutropeni\w*|transplant\w*|hiv|(?<!(?:hearing|walking|mobility|visual|sleep|sleeping|first|study|memory|diet|dietary) )aids|leuka?emia|lymphomas?|myelomas?|methotrexate|tacrolimus|cyclosporine?|ciclosporin|mycophenolate|azathioprine|rituximab|biologics?|paclitaxel|docetaxel|cyclophosphamide|carboplatin|cisplatin|doxorubicin|capecitabine|prednisolone|prednisone|dexamethasone|asplenia|splenectomy|(?:spleen|splene) (?:was |has been |had been |got )?(?:removed|taken out|out)|(?:no|without a|don't have a|do not have a|haven't got a) spleen|(?:removed|took out|taken out) (?:my |his |her |their |the )?spleen`,
);

export const DIABETES = words(
  String.raw`diabet\w*|(?:having|has|have|got) (?:the )?sugar(?! (?:in|free|levels?|craving\w*|cubes?)\b)|sugar (?:patient|problem|disease|illness)|insulins?|metformin|gliclazide|glipizide|sulfonylureas?|sglt2|empagliflozin|dapagliflozin|diabète|diabetes|diabético|diabética|diabétique`,
);

export const PREGNANCY = words(String.raw`pregnan\w*|embaraz\w*|enceinte|grossesse`);

/** Matches a drug of `classId` by name, alias or class word, whole words. */
export function classMembersPattern(classId: string): RegExp {
  return words(namesOfClasses(new Set([classId])).join('|'));
}
