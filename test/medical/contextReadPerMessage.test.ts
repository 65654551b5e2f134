/**
 * The emergency agent reads each turn's message with the session's earlier messages, joined with " | ".
 * The patient's age and the context lexicons (diabetes, blood thinners, immunosuppression, the
 * medicines with danger signs) are now read message by message and remembered (clinicalFacts), which
 * is exact only if no age pattern and no lexicon match reaches across a joint: pinned here on our own
 * chat messages read as conversations, with texts made to sit at a joint.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDrugClasses } from '../../plugins/medical/knowledge/loadDrugClasses.ts';
import { ageOf, extractAgeMonths, readAgeFindings } from '../../plugins/medical/language/extractAge.ts';
import { normalizeText } from '../../plugins/medical/language/normalizeText.ts';
import { ANTICOAGULANT, classMembersPattern, DIABETES, IMMUNOSUPPRESSION } from '../../plugins/medical/safety/drugClasses.ts';

const EDGES = [
  'hearing',
  'aids since last year',
  '34m',
  'with chest pain, 34 m',
  'newborn',
  'my son is 3 months',
  'weeks ago',
  'old',
  'on warfarin and aspirin',
  'blood',
  'thinners',
  'type 2 diabetic',
  'chemo last week',
  'lithium',
];
const messages = [
  ...readFileSync(new URL('../vignettes/own-round13.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => normalizeText((JSON.parse(line) as { message: string }).message)),
  ...EDGES,
];
const conversations = messages.map((_, i) => messages.slice(Math.max(0, i - 6), i + 1));
const lexicons = [
  ['diabetes', DIABETES],
  ['blood thinners', ANTICOAGULANT],
  ['immunosuppression', IMMUNOSUPPRESSION],
  ...[...loadDrugClasses().classes].filter(([, c]) => c.dangerSigns !== undefined).map(([id]) => [id, classMembersPattern(id)] as const),
] as const;

describe('context read message by message', () => {
  it('gives the age of the joined conversation', () => {
    expect(conversations.length).toBeGreaterThan(400);
    let aged = 0;
    for (const parts of conversations) {
      const joined = extractAgeMonths(parts.join(' | '));
      expect(ageOf(parts.map(readAgeFindings)), parts.join(' | ')).toBe(joined);
      if (joined !== undefined) aged++;
    }
    expect(aged).toBeGreaterThan(50);
  });

  it('finds each lexicon in the joined conversation exactly when it finds it in one message', () => {
    for (const [name, re] of lexicons) {
      let found = 0;
      for (const parts of conversations) {
        const joined = re.test(parts.join(' | '));
        expect(parts.some((part) => re.test(part)), `${name}: ${parts.join(' | ')}`).toBe(joined);
        if (joined) found++;
      }
      // The edge texts name these three; the drug table's classes are checked whether or not a message names them.
      if (['diabetes', 'blood thinners', 'immunosuppression'].includes(name)) expect(found, name).toBeGreaterThan(0);
    }
  });

  it('does not join a word across two messages', () => {
    expect(ANTICOAGULANT.test(['blood', 'thinners'].join(' | '))).toBe(false);
    expect(IMMUNOSUPPRESSION.test(['hearing', 'aids since last year'].join(' | '))).toBe(true);
    expect(ageOf(['with chest pain', '34 m'].map(readAgeFindings))).toBe(extractAgeMonths('with chest pain | 34 m'));
  });
});
