import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONCEPTS, findConcepts, findConceptsInParts, findNegativelyPhrased, NEGATIVELY_PHRASED, REASSURING } from '../../plugins/medical/safety/concepts.ts';

// Our own chat messages, in file order, read as conversations: each message with up to six before it.
const messages = readFileSync(new URL('../vignettes/own-round13.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => (JSON.parse(line) as { message: string }).message.toLowerCase());
const conversations = messages.map((_, i) => messages.slice(Math.max(0, i - 6), i + 1));

// The emergency agent reads each turn's message with the session's last messages, joined with " | ":
// each message is now read once and remembered, and the reading must be the joined text's, exactly.
describe('concepts read message by message', () => {
  it('are the concepts of the joined text, in the same order, for every family', () => {
    expect(conversations.length).toBeGreaterThan(400);
    for (const parts of conversations) {
      const joined = parts.join(' | ');
      expect([...findConceptsInParts(parts)]).toEqual([...findConcepts(joined)]);
      expect([...findConceptsInParts(parts, REASSURING)]).toEqual([...findConcepts(joined, REASSURING)]);
      expect([...findConceptsInParts(parts, NEGATIVELY_PHRASED, findNegativelyPhrased)]).toEqual([...findNegativelyPhrased(joined)]);
    }
  });

  it('still reads a pattern that spans two messages on the joined text', () => {
    const parts = ['my leg is red and sore', "it's spreading fast"];
    expect(parts.some((part) => findConcepts(part).has('spreadingFast'))).toBe(false);
    expect(findConcepts(parts.join(' | ')).has('spreadingFast')).toBe(true);
    expect(findConceptsInParts(parts).has('spreadingFast')).toBe(true);
  });

  it('gives empty parts and no parts nothing', () => {
    expect([...findConceptsInParts([])]).toEqual([]);
    expect([...findConceptsInParts(['', 'crushing chest pain', ''])]).toEqual([...findConcepts(' | crushing chest pain | ')]);
    expect(Object.keys(CONCEPTS).length).toBeGreaterThan(200);
  });
});
