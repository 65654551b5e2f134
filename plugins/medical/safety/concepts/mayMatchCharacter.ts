import { type AST, parseRegExpLiteral, visitRegExpAST } from '@eslint-community/regexpp';

/**
 * Whether any part of a pattern, lookarounds included, may consume the character: a literal, a
 * wildcard, a class or an escape (\d, \s, \w, negated or not) that holds it. Conservative: a Unicode
 * property or a backreference counts as holding it.
 */
export function mayMatchCharacter(re: RegExp, character: string): boolean {
  const code = character.codePointAt(0) ?? -1;
  let may = false;
  visitRegExpAST(parseRegExpLiteral(re), {
    onCharacterEnter(node) {
      // A class's characters are read with their class.
      if (node.parent.type !== 'CharacterClass' && node.parent.type !== 'CharacterClassRange' && node.value === code) may = true;
    },
    onCharacterSetEnter(node) {
      if (node.parent.type !== 'CharacterClass' && setHolds(node, character)) may = true;
    },
    onCharacterClassEnter(node) {
      const holds = node.elements.some((element) => elementHolds(element, code, character));
      if (node.negate !== holds) may = true;
    },
    onBackreferenceEnter() {
      may = true;
    },
  });
  return may;
}

function elementHolds(element: AST.CharacterClassElement, code: number, character: string): boolean {
  switch (element.type) {
    case 'Character':
      return element.value === code;
    case 'CharacterClassRange':
      return element.min.value <= code && code <= element.max.value;
    case 'CharacterSet':
      return setHolds(element, character);
    default:
      return true;
  }
}

const ESCAPES = { digit: /\d/, space: /\s/, word: /\w/ } as const;

function setHolds(set: AST.CharacterSet, character: string): boolean {
  if (set.kind === 'any') return true;
  if (set.kind === 'property') return true;
  return set.negate !== ESCAPES[set.kind].test(character);
}
