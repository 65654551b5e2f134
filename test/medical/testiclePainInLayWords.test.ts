/**
 * A painful testicle told in lay words ("really painful", "hurts", "sore") ranks a torsion, the
 * condition it must not miss. Our own phrasings. (It still does not raise the turn to an emergency:
 * pain and swelling found at one place are one finding, and "likely" needs two; see the closing note
 * of session 25.)
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../plugins/medical/diagnose.ts';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';

const ranked = (message: string): string[] => diagnose({ analysis: analyzeMessage(message) }).possibilities.map((p) => p.conditionId);

describe('testicle pain in lay words', () => {
  it('ranks a torsion', () => {
    for (const message of ['my testicle is really painful and swollen', 'my left ball really hurts and it is swollen', 'he has a sore testicle since this morning']) {
      expect(ranked(message), message).toContain('testicular_torsion');
    }
  });
});
