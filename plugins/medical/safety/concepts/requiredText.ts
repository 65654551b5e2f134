import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

const remembered = new WeakMap<RegExp, readonly string[] | null>();

/**
 * Strings of which any match of the pattern holds at least one ("fever", "febrile", "high temp" for
 * a pattern of fever words), worked out from the pattern's syntax tree; `undefined` when no such
 * strings can be named (a pattern that may match with no fixed text). A text that holds none of them
 * cannot match, so reading a message skips the pattern without running it: most of a message's
 * concept patterns have nothing to find in it. Lookarounds are left out (they consume nothing, and a
 * negative one requires an absence), as are character classes and backreferences.
 */
export function requiredText(re: RegExp): readonly string[] | undefined {
  let found = remembered.get(re);
  if (found === undefined) {
    found = re.flags.includes('i') ? null : (ofAlternatives(parseRegExpLiteral(re).pattern.alternatives) ?? null);
    remembered.set(re, found);
  }
  return found ?? undefined;
}

/** Any match of one of the alternatives holds one of their strings, if each alternative has some. */
function ofAlternatives(alternatives: readonly AST.Alternative[]): string[] | undefined {
  const all: string[] = [];
  for (const alternative of alternatives) {
    const strings = ofSequence(alternative.elements);
    if (strings === undefined) return undefined;
    all.push(...strings);
  }
  return [...new Set(all)];
}

/**
 * A sequence requires each of its parts: a run of literal characters, or what a group or a repeated
 * element (at least once) requires. The most selective part stands for the sequence: the one whose
 * shortest string is longest.
 */
function ofSequence(elements: readonly AST.Element[]): string[] | undefined {
  let best: string[] | undefined;
  const consider = (strings: string[] | undefined) => {
    if (strings === undefined || strings.length === 0) return;
    if (best === undefined || shortest(strings) > shortest(best) || (shortest(strings) === shortest(best) && strings.length < best.length)) best = strings;
  };
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) consider([run]);
    run = '';
    consider(ofElement(element));
  }
  if (run) consider([run]);
  return best;
}

function ofElement(element: AST.Element): string[] | undefined {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : undefined;
    case 'Character':
      return [String.fromCodePoint(element.value)];
    default:
      return undefined;
  }
}

function shortest(strings: readonly string[]): number {
  return Math.min(...strings.map((s) => s.length));
}
