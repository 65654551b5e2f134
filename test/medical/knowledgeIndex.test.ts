import { describe, expect, it } from 'vitest';
import { createKnowledgeIndex, getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { stem } from '../../plugins/medical/knowledge/tokenize.ts';

const index = getKnowledgeIndex();
const ids = (text: string, k = 3): string[] => index.search(text, k).map((h) => h.conditionId);
const matched = (text: string, conditionId: string): string[] =>
  index.matchSymptoms(text).filter((m) => m.conditionId === conditionId).map((m) => m.term);

describe('knowledge index: search (BM25)', () => {
  it('ranks the fitting condition first for lay wording', () => {
    expect(ids('tummy ache and throwing up')[0]).toBe('gastroenteritis');
    expect(ids('it burns when i pee and i need to go all the time')[0]).toBe('uti_cystitis');
    expect(ids('painful rash with blisters in a band on one side')[0]).toBe('shingles');
  });

  it('returns scores best first and the words that matched', () => {
    const hits = index.search('sore throat with white spots on my tonsils', 5);
    expect(hits[0]?.conditionId).toBe('strep_throat');
    expect(hits[0]?.matchedTerms).toEqual(expect.arrayContaining(['tonsils', 'white']));
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
  });

  it('ranks equal scores by condition id, and names the matched words in the order the text has them', () => {
    const hits = index.search('fever cough headache rash', 60);
    for (let i = 1; i < hits.length; i++) {
      const [a, b] = [hits[i - 1]!, hits[i]!];
      if (a.score === b.score) expect(a.conditionId.localeCompare(b.conditionId)).toBeLessThan(0);
    }
    const order = ['fever', 'cough', 'headache', 'rash'];
    for (const hit of hits) expect(hit.matchedTerms).toEqual(order.filter((w) => hit.matchedTerms.includes(w)));
  });

  it("gives search's conditions and scores, in its order, through topScores", () => {
    for (const text of ['fever cough headache rash', 'crushing chest pain and sweating, short of breath']) {
      expect(index.topScores(text, 60)).toEqual(index.search(text, 60).map((h) => ({ conditionId: h.conditionId, score: h.score })));
    }
  });

  // The scores live in one array per index, reused by every search (no garbage per document).
  it('regression: a search carries nothing over from the search before it', () => {
    const fresh = createKnowledgeIndex(index.kb);
    const before = fresh.search('sore throat with white spots on my tonsils', 10);
    index.search('crushing chest pain and sweating, short of breath, tonsils', 60);
    expect(index.search('sore throat with white spots on my tonsils', 10)).toEqual(before);
  });

  it('returns nothing for text without medical words', () => {
    expect(index.search('the and of my', 5)).toEqual([]);
  });
});

describe('knowledge index: symptom matcher', () => {
  it('finds phrases with offsets into the text', () => {
    const text = 'since monday i have been throwing up a lot';
    const m = index.matchSymptoms(text).find((x) => x.conditionId === 'gastroenteritis' && x.term === 'vomiting');
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe('throwing up');
  });

  it('handles plurals and verb endings', () => {
    expect(stem('headaches')).toBe(stem('headache'));
    expect(stem('vomited')).toBe(stem('vomiting'));
    expect(stem('allergies')).toBe(stem('allergy'));
    expect(matched('i keep getting headaches', 'tension_headache')).toContain('headache');
  });

  it('matches two-word findings written the other way round', () => {
    expect(matched('my throat is really sore', 'sore_throat_viral')).toContain('sore throat');
    expect(matched('there is a pain in my chest', 'heart_attack')).toContain('chest pain');
  });

  it('matches one-word lay phrases only with their little words ("a cold", not just "cold")', () => {
    expect(matched('i think i have a cold', 'common_cold')).toContain('mild cold');
    expect(matched('my feet are always cold', 'common_cold')).toEqual([]);
  });

  it('matches Spanish and French synonyms', () => {
    expect(matched('me duele el pecho', 'heart_attack')).toContain('chest pain');
    expect(matched("j'ai mal à la gorge", 'common_cold')).toContain('sore throat');
  });

  it('keeps the longer finding when a shorter one of the same condition sits inside it', () => {
    const terms = matched('i have a mild headache', 'tension_headache');
    expect(terms).toContain('mild headache');
    expect(terms).not.toContain('headache');
  });
});
