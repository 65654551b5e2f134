import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';

const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

describe('knowledge-base names', () => {
  it('no name or alias points at two conditions (an ambiguous abbreviation would match either)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const entry of loadKnowledgeBase().conditions) {
      for (const name of new Set([entry.name, ...entry.aliases].map(key))) {
        const other = owner.get(name);
        if (other !== undefined && other !== entry.id) clashes.push(`"${name}": ${other} and ${entry.id}`);
        owner.set(name, entry.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('holds at least 200 conditions', () => {
    expect(loadKnowledgeBase().conditions.length).toBeGreaterThanOrEqual(200);
  });
});
