import { describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../plugins/medical/language/analyzeMessage.ts';
import { expectAlerts, firedRules } from './urgencyHelpers.ts';

// Regression: "difficulty swallowing and breathing" was split at "and", so "breathing" lost its
// "difficulty" and nothing read trouble breathing; and trouble swallowing with trouble breathing, new,
// had no rule of its own unless an allergen or a drooling child came with it. Phrasings are our own.
describe('a head word governs both gerunds; swallowing and breathing trouble together alert', () => {
  it('"trouble X-ing and Y-ing" stays one clause, negated together when denied', () => {
    const [first] = analyzeMessage('she has trouble chewing and swallowing today').clauses;
    expect(first?.text).toMatch(/chewing and swallowing/);
    const denied = analyzeMessage('no difficulty swallowing and breathing, just a rash').clauses;
    expect(denied.filter((c) => c.negated).map((c) => c.text).join()).toMatch(/swallowing and breathing/);
  });

  it('new trouble swallowing with trouble breathing alerts as an airway threat', () => {
    const messages = [
      'my dad has myasthenia and since yesterday has problems swallowing and breathing',
      'after the tooth infection my neck is swollen and I am struggling to swallow and short of breath',
      'I can hardly swallow and I am struggling with breathing',
    ];
    expectAlerts(messages, true);
    for (const m of messages) expect(firedRules(m), m).toContain('airway_threat');
  });

  it('pain on swallowing with a cold, or months of trouble swallowing, is not an airway threat', () => {
    for (const m of [
      'sore throat, it hurts to swallow, and a bit out of breath when I run for the bus',
      'difficulty swallowing solid food for 2 months and breathless on hills for years',
    ])
      expect(firedRules(m), m).not.toContain('airway_threat');
  });
});
