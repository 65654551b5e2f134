/**
 * An alert's condition leads the answer's possibilities. Regression: an alert for stroke signs ("can't
 * move his right arm and is talking funny") listed a broken bone and a dislocated shoulder and never a
 * stroke, because the ranking read "can't move" as an injury's.
 */
import { describe, expect, it } from 'vitest';
import { getKnowledgeIndex } from '../../plugins/medical/knowledge/createKnowledgeIndex.ts';
import { getAlertConditions, getMappedRuleIds } from '../../plugins/medical/safety/getAlertConditions.ts';
import { RED_FLAG_RULES } from '../../plugins/medical/safety/redFlagRules.ts';
import { composeTurn } from './composeTurn.ts';

const possibilities = (answer: string): string[] => [...answer.matchAll(/^- \*\*(.+?)\*\* \(/gm)].map((m) => m[1] as string);

describe('an alert names its condition among the possibilities', () => {
  it('maps only rules that exist to conditions that exist', () => {
    const rules = new Set(RED_FLAG_RULES.map((r) => r.id));
    const index = getKnowledgeIndex();
    for (const id of getMappedRuleIds()) {
      expect(rules.has(id), id).toBe(true);
      for (const condition of getAlertConditions([id])) expect(index.get(condition), `${id} → ${condition}`).toBeDefined();
    }
  });

  it('reads a knowledge-base alert’s condition from its id', () => {
    expect(getAlertConditions(['kb_likely:stroke', 'stroke_fast', 'kb_named:anaphylaxis'])).toEqual(['stroke', 'anaphylaxis']);
    expect(getAlertConditions(['low_oxygen'])).toEqual([]);
  });

  it('puts the stroke first when the ranking read the weak arm as an injury', () => {
    for (const message of [
      "My dad can't move his right arm and is talking funny since half an hour ago",
      'my husband suddenly cannot lift his left arm and his words are coming out wrong',
    ]) {
      const { level, answer } = composeTurn(message);
      expect(level, message).toBe('emergency');
      expect(possibilities(answer)[0], message).toMatch(/^Stroke/);
    }
  });

  it('adds nothing when the ranking already has the condition, and nothing without an alert', () => {
    const anaphylaxis = composeTurn('after eating prawns my lips and tongue swelled up and I am wheezing badly');
    expect(anaphylaxis.level).toBe('emergency');
    expect(anaphylaxis.answer).not.toContain('(the reason for the alert above)');
    expect(composeTurn('I have had a runny nose and a sneeze for two days').answer).not.toContain('the reason for the alert');
  });
});
