/**
 * Matches a reference diagnosis name to knowledge-base conditions through each condition's id, name
 * and aliases. Names are compared after normalising case, accents, punctuation and hyphens and British
 * ae/oe spellings; word order is ignored only as a fallback, and only when that finds one condition.
 */

export interface MatchableCondition {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
}

export interface DiagnosisMatcher {
  /** The condition ids a reference name stands for (empty when none matches). */
  match(name: string): readonly string[];
}

/** "Haemorrhagic Stroke's" → "hemorrhagic stroke"; "Crohn-Disease" → "crohn disease". */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    // British ae/oe inside a word ("haemorrhage", "oesophagus", "diarrhoea") read as the American e.
    .map((w) => (w.length > 3 ? w.replace(/(?<=.)ae|^ae(?!r)/g, 'e').replace(/oe(?=.)/g, 'e') : w))
    .join(' ');
}

/**
 * A knowledge-base label with a parenthetical names the condition twice ("Fainting (vasovagal syncope)",
 * "Deep vein thrombosis (DVT)"): the whole label, the part outside and the part inside all stand for it.
 */
function splitParenthetical(label: string): string[] {
  const m = /^(.*?)\s*\(([^()]+)\)\s*(.*)$/.exec(label);
  if (m === null) return [label];
  const outside = `${m[1] ?? ''} ${m[3] ?? ''}`.trim();
  return [label, outside, (m[2] ?? '').trim()].filter((l) => l.length > 0);
}

function orderFree(normalized: string): string {
  return normalized.split(' ').sort().join(' ');
}

export function createDiagnosisMatcher(conditions: readonly MatchableCondition[]): DiagnosisMatcher {
  const exact = new Map<string, Set<string>>();
  const unordered = new Map<string, Set<string>>();
  const add = (index: Map<string, Set<string>>, key: string, id: string) => {
    if (key.length === 0) return;
    const ids = index.get(key) ?? new Set<string>();
    ids.add(id);
    index.set(key, ids);
  };
  for (const c of conditions) {
    for (const label of [c.id.replace(/_/g, ' '), c.name, ...(c.aliases ?? [])].flatMap(splitParenthetical)) {
      const key = normalizeName(label);
      add(exact, key, c.id);
      add(unordered, orderFree(key), c.id);
    }
  }
  return {
    match(name) {
      const key = normalizeName(name);
      const direct = exact.get(key);
      if (direct) return [...direct];
      const loose = unordered.get(orderFree(key));
      return loose?.size === 1 ? [...loose] : [];
    },
  };
}
