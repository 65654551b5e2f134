import { type AST, parseRegExpLiteral } from '@eslint-community/regexpp';

/**
 * What every match of a pattern holds, worked out from its syntax tree: a string, one of several
 * requirements (alternatives), or all of them (the parts of a sequence): enough to file a pattern
 * under one part, and the whole of it to rule out a pattern whose every alternative misses some word
 * the text lacks ("hasn't ... drunk ... days" in a text with "days" alone).
 */
export type Requirement = string | AnyOf | AllOf;
interface AnyOf {
  readonly anyOf: readonly Requirement[];
}
interface AllOf {
  readonly allOf: readonly Requirement[];
}

const requirements = new WeakMap<RegExp, Requirement | null>();

/**
 * What every match of the pattern holds, or `undefined` when nothing can be named (a pattern that
 * may match with no fixed text, or a case-insensitive one, whose strings are not compared as written).
 */
export function requirementOf(re: RegExp): Requirement | undefined {
  let requirement = requirements.get(re);
  if (requirement === undefined) {
    requirement = re.flags.includes('i') ? null : (ofAlternatives(parseRegExpLiteral(re).pattern.alternatives) ?? null);
    requirements.set(re, requirement);
  }
  return requirement ?? undefined;
}

/** Whether the text holds what the requirement asks for (when it does not, no match can be in it). */
export function holds(requirement: Requirement, text: string): boolean {
  if (typeof requirement === 'string') return text.includes(requirement);
  if ('anyOf' in requirement) {
    for (const r of requirement.anyOf) if (holds(r, text)) return true;
    return false;
  }
  for (const r of requirement.allOf) if (!holds(r, text)) return false;
  return true;
}

/**
 * The requirement as alternatives, each a list of parts that a match by that alternative all holds:
 * the pattern's own alternatives ("a b|c d" gives [a, b] and [c, d]), with a sequence's one branching
 * group spread over its alternatives. A text can be matched only where some alternative's parts all hold.
 */
export function alternativesOf(requirement: Requirement): Requirement[][] {
  if (typeof requirement === 'string') return [[requirement]];
  if ('anyOf' in requirement) return requirement.anyOf.flatMap(alternativesOf);
  const branching = requirement.allOf.filter((r) => typeof r !== 'string' && !isStrings(r));
  if (branching.length !== 1) return [[...requirement.allOf]];
  const others = requirement.allOf.filter((r) => r !== branching[0]);
  return alternativesOf(branching[0] as Requirement).map((parts) => [...parts, ...others]);
}

/** One of some plain strings: a part to look up, as a whole string is. */
export function isStrings(requirement: Requirement): requirement is { readonly anyOf: readonly string[] } {
  return typeof requirement !== 'string' && 'anyOf' in requirement && requirement.anyOf.every((r) => typeof r === 'string');
}

/** One of the alternatives' requirements, if each alternative has one. */
function ofAlternatives(alternatives: readonly AST.Alternative[]): Requirement | undefined {
  const each: Requirement[] = [];
  for (const alternative of alternatives) {
    const requirement = ofSequence(alternative.elements);
    if (requirement === undefined) return undefined;
    // Nested alternatives are one list: "(?:a|(?:b|c))" needs a, b or c.
    if (typeof requirement !== 'string' && 'anyOf' in requirement) each.push(...requirement.anyOf);
    else each.push(requirement);
  }
  return each.length === 1 ? each[0] : { anyOf: each };
}

/**
 * Every part of a sequence: each run of literal characters and what each group or repeated element
 * (at least once) requires. Lookarounds, classes and optional parts require nothing. The longest
 * strings come first: they are the likeliest to be missing.
 */
function ofSequence(elements: readonly AST.Element[]): Requirement | undefined {
  const parts: Requirement[] = [];
  let run = '';
  for (const element of elements) {
    if (element.type === 'Character') {
      run += String.fromCodePoint(element.value);
      continue;
    }
    if (run) parts.push(run);
    run = '';
    const requirement = ofElement(element);
    if (requirement === undefined) continue;
    if (typeof requirement !== 'string' && 'allOf' in requirement) parts.push(...requirement.allOf);
    else parts.push(requirement);
  }
  if (run) parts.push(run);
  if (parts.length <= 1) return parts[0];
  return { allOf: parts.sort((a, b) => weight(b) - weight(a)) };
}

/** A plain string before a list, a longer one before a shorter one. */
function weight(requirement: Requirement): number {
  return typeof requirement === 'string' ? requirement.length : 0;
}

function ofElement(element: AST.Element): Requirement | undefined {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return ofAlternatives(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : undefined;
    case 'Character':
      return String.fromCodePoint(element.value);
    default:
      return undefined;
  }
}
