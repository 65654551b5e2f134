import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, findConcepts, NEGATIVELY_PHRASED } from '../../plugins/medical/safety/concepts.ts';
import { foldForMatching } from '../../plugins/medical/safety/concepts/conceptPattern.ts';
import { requiredText } from '../../plugins/medical/safety/concepts/requiredText.ts';

// A concept pattern is skipped for a message that holds none of the strings every match of it holds:
// the strings must be necessary, or a finding would go unread.
describe('the text a pattern requires', () => {
  it('is what every alternative holds, the most selective part of a sequence', () => {
    expect(requiredText(/\b(?:fever|febrile|high temp\w*)\b/)).toEqual(['fever', 'febrile', 'high temp']);
    expect(requiredText(/(?<![a-z])chest (?:pain|tightness)s?(?![a-z])/)).toEqual(['chest ']);
    expect(requiredText(/\bcolou?r change\b/)).toEqual(['r change']);
    expect(requiredText(/\b(?:blue|grey) lips\b/)).toEqual([' lips']);
  });

  it('is nothing when a match may hold no fixed text', () => {
    expect(requiredText(/\b(?:pain|)\b/)).toBeUndefined();
    expect(requiredText(/\b(?:very )?\w+ly\b/)).toEqual(['ly']);
    expect(requiredText(/[a-z]+/)).toBeUndefined();
    expect(requiredText(/(?:ab)*c?/)).toBeUndefined();
    expect(requiredText(/Fever/i)).toBeUndefined();
  });

  it('leaves lookarounds out: what they look at is not part of the match', () => {
    expect(requiredText(/(?<!\bhay )fever/)).toEqual(['fever']);
    expect(requiredText(/(?<=\bred\b.{0,20})spreading/)).toEqual(['spreading']);
  });

  it('is held by every text each concept matches in our own messages', () => {
    const texts = ['own-round13.jsonl', 'heldout.jsonl', 'heldout2.jsonl', 'triage-public.jsonl']
      .flatMap((file) => readFileSync(new URL(`../vignettes/${file}`, import.meta.url), 'utf8').split('\n').filter(Boolean))
      .map((line) => foldForMatching((JSON.parse(line) as { message: string }).message.toLowerCase()));
    let checked = 0;
    for (const re of [...Object.values(CONCEPTS), ...Object.values(NEGATIVELY_PHRASED)]) {
      const required = requiredText(re);
      if (!required) continue;
      for (const text of texts) {
        if (!re.test(text)) continue;
        checked += 1;
        expect(required.some((s) => text.includes(s)), `${re.source.slice(0, 60)} in "${text}"`).toBe(true);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    // Nearly every concept has strings to look for: the skip is worth its place.
    expect(Object.values(CONCEPTS).filter((re) => requiredText(re) !== undefined).length).toBeGreaterThan(200);
    expect(findConcepts('crushing chest pain and sweating').has('chestPain')).toBe(true);
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
