import { CLASS_ALIASES, CROSS_REACTIVE, type DrugEntry } from './drugLexicon.ts';

export type ConflictKind = 'same_drug' | 'same_class' | 'cross_reactive';

export interface DrugMention {
  readonly drug: string;
  /** Named in this message, or only in the profile's medication list. */
  readonly source: 'message' | 'profile';
}

export interface AllergyConflict extends DrugMention {
  /** The allergy as the profile lists it. */
  readonly allergy: string;
  readonly kind: ConflictKind;
  /** The shared (or cross-reacting) drug class, when that is the link. */
  readonly drugClass?: string;
  /** One sentence the answer stage can pass on. */
  readonly advice: string;
}

/**
 * Finds the medicines named in the message (and the profile's medication list) and matches them
 * against drug allergies: the same drug, the same class, or a class known to cross-react.
 * An allergy the lexicon does not know still matches that exact word, so nothing listed is ignored.
 */
export function checkAllergies(input: {
  message: string;
  medications: readonly string[];
  allergies: readonly string[];
  lexicon: readonly DrugEntry[];
  crossReactivity: boolean;
}): { mentioned: DrugMention[]; conflicts: AllergyConflict[] } {
  const allergies = input.allergies.map((label) => resolveAllergy(label, input.lexicon));
  const lexicon = [...input.lexicon, ...allergies.filter((a) => !a.known).map((a) => ({ name: a.term, aliases: [], classes: [] }))];

  const mentions = new Map<string, { entry: DrugEntry; source: DrugMention['source'] }>();
  for (const entry of findDrugs(input.message, lexicon)) mentions.set(entry.name, { entry, source: 'message' });
  for (const entry of input.medications.flatMap((m) => findDrugs(m, lexicon))) {
    if (!mentions.has(entry.name)) mentions.set(entry.name, { entry, source: 'profile' });
  }

  const conflicts: AllergyConflict[] = [];
  for (const { entry, source } of mentions.values()) {
    for (const allergy of allergies) {
      const conflict = match(entry, allergy, input.crossReactivity);
      if (conflict) conflicts.push({ drug: entry.name, source, allergy: allergy.label, ...conflict });
    }
  }
  return { mentioned: [...mentions.values()].map(({ entry, source }) => ({ drug: entry.name, source })), conflicts };
}

interface ResolvedAllergy {
  readonly label: string;
  readonly term: string;
  readonly known: boolean;
  readonly drug: string | undefined;
  readonly classes: readonly string[];
}

function resolveAllergy(label: string, lexicon: readonly DrugEntry[]): ResolvedAllergy {
  const term = label.trim().toLowerCase().replace(/\s+allerg(y|ic)$/, '');
  const knownClasses = new Set(lexicon.flatMap((d) => d.classes));
  const drugClass = CLASS_ALIASES[term] ?? (knownClasses.has(term) ? term : undefined);
  const drug = lexicon.find((d) => d.name === term || d.aliases.includes(term));
  const classes = drugClass ? [drugClass] : (drug?.classes ?? []);
  return { label: label.trim(), term, known: drug !== undefined || drugClass !== undefined, drug: drug?.name, classes };
}

function match(entry: DrugEntry, allergy: ResolvedAllergy, crossReactivity: boolean): Pick<AllergyConflict, 'kind' | 'drugClass' | 'advice'> | undefined {
  if (entry.name === (allergy.drug ?? allergy.term)) {
    return { kind: 'same_drug', advice: `The patient reports an allergy to ${allergy.label}: do not suggest ${entry.name}, and have a pharmacist or doctor confirm before another dose.` };
  }
  const shared = entry.classes.find((c) => allergy.classes.includes(c));
  if (shared) {
    return { kind: 'same_class', drugClass: shared, advice: `${entry.name} is a ${shared}, like ${allergy.label} which the patient is allergic to: do not suggest it; a pharmacist or doctor can suggest an alternative.` };
  }
  const crossing = crossReactivity ? entry.classes.find((c) => allergy.classes.some((a) => CROSS_REACTIVE[a]?.includes(c))) : undefined;
  if (crossing) {
    return { kind: 'cross_reactive', drugClass: crossing, advice: `${entry.name} (a ${crossing}) has a small cross-reactivity with ${allergy.label}: check with a pharmacist or doctor before taking it.` };
  }
  return undefined;
}

function findDrugs(text: string, lexicon: readonly DrugEntry[]): DrugEntry[] {
  const haystack = text.toLowerCase();
  return lexicon.filter((d) => [d.name, ...d.aliases].some((term) => wordPattern(term).test(haystack)));
}

/** Whole words only, so "penicillinase" is not "penicillin"; hyphens and spaces inside names are kept. */
function wordPattern(term: string): RegExp {
  return new RegExp(`(?<![a-z0-9])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![a-z0-9])`);
}
