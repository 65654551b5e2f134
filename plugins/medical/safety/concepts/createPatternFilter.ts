import { alternativesOf, holds, isStrings, requirementOf, type Requirement } from './mayMatch.ts';

/** One alternative of a pattern: the other parts it requires besides the key it is filed under. */
interface Filed {
  readonly pattern: number;
  readonly id: number;
  readonly rest: readonly Requirement[];
}

/** A trie over character codes: the alternatives whose key ends at a node, and the keys that go on. */
interface KeyNode {
  readonly codes: number[];
  readonly nodes: KeyNode[];
  readonly ends: Filed[];
}

/** Codes below this are looked up in a table at the root (the folded texts are almost all ASCII). */
const TABLE = 128;

/**
 * For a list of patterns, which may match a text (1) and which cannot (0): a message is read against
 * hundreds of patterns, and most have nothing to find in it. Each alternative of a pattern (see
 * mayMatch.ts) is filed under one of its required parts, a string or one of a few strings, in a trie
 * walked once from every character of the text; where a key is found, the alternative's other parts
 * are looked up in the text. A pattern none of whose alternatives has all its parts cannot match, so
 * skipping it changes nothing. A pattern with an alternative that requires no text is always tried.
 */
export function createPatternFilter(patterns: readonly RegExp[]): (text: string) => Uint8Array {
  const always: number[] = [];
  const root = createNode();
  const table: (KeyNode | undefined)[] = new Array<KeyNode | undefined>(TABLE).fill(undefined);
  let count = 0;
  patterns.forEach((re, pattern) => {
    const requirement = requirementOf(re);
    const filed = requirement === undefined ? [undefined] : alternativesOf(requirement).map(keyed);
    if (filed.some((f) => f === undefined)) return void always.push(pattern);
    for (const f of filed as { key: readonly string[]; rest: Requirement[] }[]) {
      const entry: Filed = { pattern, id: count++, rest: f.rest };
      for (const text of f.key) insert(root, table, text).ends.push(entry);
    }
  });
  // Which call last tried each alternative: a key found twice in a text is looked into once.
  const triedIn = new Float64Array(count);
  let call = 0;
  return (text) => {
    call += 1;
    const maybe = new Uint8Array(patterns.length);
    for (const i of always) maybe[i] = 1;
    for (let at = 0; at < text.length; at++) {
      const first = text.charCodeAt(at);
      let node = first < TABLE ? table[first] : childOf(root, first);
      for (let k = at + 1; node !== undefined; k++) {
        const { ends } = node;
        for (let e = 0; e < ends.length; e++) {
          const { pattern, id, rest } = ends[e] as Filed;
          if (maybe[pattern] === 1 || triedIn[id] === call) continue;
          triedIn[id] = call;
          if (allHold(rest, text)) maybe[pattern] = 1;
        }
        node = k < text.length ? childOf(node, text.charCodeAt(k)) : undefined;
      }
    }
    return maybe;
  };
}

/** The alternative's key (its most selective plain part) and the rest, or `undefined` when it has no plain part. */
function keyed(parts: readonly Requirement[]): { key: readonly string[]; rest: Requirement[] } | undefined {
  let best: Requirement | undefined;
  for (const part of parts) {
    if (typeof part !== 'string' && !isStrings(part)) continue;
    if (best === undefined || better(part, best)) best = part;
  }
  if (best === undefined) return undefined;
  return { key: typeof best === 'string' ? [best] : (best as { anyOf: string[] }).anyOf, rest: parts.filter((p) => p !== best) };
}

/** The part whose shortest string is longer, or as long and with fewer strings. */
function better(a: Requirement, b: Requirement): boolean {
  const strings = (r: Requirement) => (typeof r === 'string' ? [r] : (r as { anyOf: string[] }).anyOf);
  const shortest = (r: Requirement) => Math.min(...strings(r).map((s) => s.length));
  return shortest(a) > shortest(b) || (shortest(a) === shortest(b) && strings(a).length < strings(b).length);
}

function allHold(parts: readonly Requirement[], text: string): boolean {
  for (let i = 0; i < parts.length; i++) if (!holds(parts[i] as Requirement, text)) return false;
  return true;
}

function createNode(): KeyNode {
  return { codes: [], nodes: [], ends: [] };
}

function childOf(node: KeyNode, code: number): KeyNode | undefined {
  const i = node.codes.indexOf(code);
  return i < 0 ? undefined : node.nodes[i];
}

function insert(root: KeyNode, table: (KeyNode | undefined)[], text: string): KeyNode {
  let node = root;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    let child = k === 0 && code < TABLE ? table[code] : childOf(node, code);
    if (!child) {
      child = createNode();
      if (k === 0 && code < TABLE) table[code] = child;
      else {
        node.codes.push(code);
        node.nodes.push(child);
      }
    }
    node = child;
  }
  return node;
}
