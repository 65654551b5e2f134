import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, findConcepts, NEGATIVELY_PHRASED } from '../../plugins/medical/safety/concepts.ts';
import { foldForMatching } from '../../plugins/medical/safety/concepts/conceptPattern.ts';
import { createPatternFilter } from '../../plugins/medical/safety/concepts/createPatternFilter.ts';
import { holds, requirementOf } from '../../plugins/medical/safety/concepts/mayMatch.ts';

// A concept pattern is skipped for a message that lacks what every match of it holds: what it
// requires must be necessary, or a finding would go unread.
describe('what a pattern requires', () => {
  it('is what every alternative holds, and every part of a sequence', () => {
    const fever = requirementOf(/\b(?:fever|febrile|high temp\w*)\b/);
    expect(fever).toEqual({ anyOf: ['fever', 'febrile', 'high temp'] });
    const chest = requirementOf(/(?<![a-z])chest (?:pain|tightness)s?(?![a-z])/);
    expect(holds(chest as never, 'my chest tightness')).toBe(true);
    expect(holds(chest as never, 'my chest is fine')).toBe(false);
    const lips = requirementOf(/\b(?:blue|grey) lips\b/);
    expect(holds(lips as never, 'blue lips')).toBe(true);
    expect(holds(lips as never, 'red lips')).toBe(false);
  });

  it('is nothing when a match may hold no fixed text', () => {
    expect(requirementOf(/\b(?:pain|)\b/)).toBeUndefined();
    expect(requirementOf(/[a-z]+/)).toBeUndefined();
    expect(requirementOf(/(?:ab)*c?/)).toBeUndefined();
    expect(requirementOf(/Fever/i)).toBeUndefined();
  });

  it('leaves lookarounds out: what they look at is not part of the match', () => {
    expect(requirementOf(/(?<!\bhay )fever/)).toBe('fever');
    expect(requirementOf(/(?<=\bred\b.{0,20})spreading/)).toBe('spreading');
  });

  it('is held by every text each concept matches in our own messages', () => {
    const texts = ['own-round13.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'triage-public.jsonl']
      .flatMap((file) => readFileSync(new URL(`../vignettes/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean))
      .map((line) => foldForMatching((JSON.parse(line) as { message: string }).message.toLowerCase()));
    let checked = 0;
    for (const re of [...Object.values(CONCEPTS), ...Object.values(NEGATIVELY_PHRASED)]) {
      const requirement = requirementOf(re);
      if (!requirement) continue;
      for (const text of texts) {
        if (!re.test(text)) continue;
        checked += 1;
        expect(holds(requirement, text), `${re.source.slice(0, 60)} in "${text}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Nearly every concept has something to look for: the skip is worth its place.
    expect(Object.values(CONCEPTS).filter((re) => requirementOf(re) !== undefined).length).toBeGreaterThan(200);
  });

  it('lets through every pattern that matches, and rules out one whose words are missing', () => {
    const patterns = [/\bchest (?:pain|tightness)\b/, /\b(?:blue|grey) lips\b/, /\b\w+ache\b/, /[a-z]+ly\b/];
    const filter = createPatternFilter(patterns);
    expect([...filter('chest pain and a headache')]).toEqual([1, 0, 1, 0]);
    expect([...filter('grey lips, really')]).toEqual([0, 1, 0, 1]);
  });

  it('skips no pattern that matches: the filtered reading is the reading of every pattern', () => {
    const texts = ['own-round13.jsonl', 'heldout.jsonl', 'triage-public.jsonl']
      .flatMap((file) => readFileSync(new URL(`../vignettes/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean))
      .map((line) => (JSON.parse(line) as { message: string }).message.toLowerCase());
    // Short texts and texts that end inside a key: the character pass must reach the last character.
    // Texts that hold a required text's first characters and not the rest: the whole text is compared.
    texts.push('ok', 'a', '', 'fever', 'chest pain', 'chest', 'my ches', 'high tem', 'high temperature', 'hay fever', 'chestpain');
    let found = 0;
    for (const text of texts) {
      const folded = foldForMatching(text);
      const every = Object.entries(CONCEPTS).filter(([, re]) => re.test(folded)).map(([name]) => name);
      expect([...findConcepts(text)], text).toEqual(every);
      found += every.length;
    }
    expect(found).toBeGreaterThan(1000);
  });
});
