/**
 * Drug-class lexicons used to connect a profile (allergies, medications, conditions) with what a
 * message says was taken. Names are lower-case generic and common brand names.
 */
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
    allergy: /penicil|amoxi|ampicil|beta-?lactam/i,
    members: /\b(?:penicillin\w*|amoxi\w*|ampicillin|augmentin|co-?amoxiclav|flucloxacillin|dicloxacillin|piperacillin|tazocin|pen ?v|phenoxymethylpenicillin)\b/,
  },
  {
    id: 'nsaid',
    label: 'anti-inflammatory painkiller (NSAID)',
    allergy: /nsaid|ibuprofen|aspirin|naproxen|diclofenac|anti-?inflammator/i,
    members: /\b(?:ibuprofen|advil|motrin|nurofen|aspirin|naproxen|aleve|diclofenac|voltaren|celecoxib|ketorolac|indomethacin|nsaids?)\b/,
  },
  {
    id: 'sulfa',
    label: 'sulfonamide (sulfa) antibiotic',
    allergy: /sulf|sulph|bactrim|septra|trimethoprim/i,
    members: /\b(?:sulfa\w*|sulpha\w*|sulfamethoxazole|bactrim|septra|co-?trimoxazole|sulfasalazine)\b/,
  },
];

export const ANTICOAGULANT = /warfarin|coumadin|apixaban|eliquis|rivaroxaban|xarelto|dabigatran|pradaxa|edoxaban|heparin|enoxaparin|clexane|lovenox|blood thinner|anticoag|clopidogrel|plavix|ticagrelor/i;

export const IMMUNOSUPPRESSION =
  /chemo|immunosupp|immunocomp|neutropeni|transplant|hiv|aids\b|leukaemia|leukemia|lymphoma|myeloma|methotrexate|tacrolimus|cyclosporin|ciclosporin|mycophenolate|azathioprine|rituximab|biologic|paclitaxel|docetaxel|cyclophosphamide|carboplatin|cisplatin|doxorubicin|capecitabine|prednisolone|prednisone|dexamethasone|asplenia|splenectomy/i;

export const DIABETES = /diabet|insulin|metformin|gliclazide|glipizide|sulfonylurea|sglt2|empagliflozin|dapagliflozin|diabète|diabetes/i;

export const PREGNANCY = /pregnan|embarazada|enceinte/i;
