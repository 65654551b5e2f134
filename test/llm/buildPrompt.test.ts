import { describe, expect, it } from 'vitest';
import type { ContextResult, DiagnosticResult, TreatmentResult } from '../../plugins/medical/types.ts';
import { buildPrompt, DISCLAIMER, statedTriageLevel } from '../../plugins/medical/llm/buildPrompt.ts';
import { estimatePromptTokens, estimateTokens } from '../../server/llm/estimateTokens.ts';
import type { HistoryMessage } from '../../plugins/sdk/index.ts';
import { grounding } from './fixtureServer.ts';

const context: ContextResult = {
  kbVersion: '2024.1',
  passages: [
    { conditionId: 'cold', title: 'Common cold', text: 'Colds last 7-10 days.', score: 0.9, source: 'kb/cold.md' },
    { conditionId: 'flu', title: 'Influenza', text: 'Flu brings fever and aches.', score: 0.4, source: 'kb/flu.md' },
  ],
};
const diagnostic: DiagnosticResult = {
  possibilities: [{ conditionId: 'cold', name: 'Common cold', likelihood: 'more likely', score: 0.8, supportingFindings: [] }],
};
const treatment: TreatmentResult = {
  selfCare: ['Rest and fluids'],
  medicationCautions: [{ medication: 'ibuprofen', reason: 'avoid with stomach ulcers' }],
  seeDoctorIf: ['fever over 3 days'],
  callEmergencyIf: ['trouble breathing'],
};

describe('buildPrompt', () => {
  it('asks for an answer in the language a Spanish or French message was written in, and only then', () => {
    const system = (message: string) => buildPrompt(grounding({ message }), { maxPromptTokens: 4000 })[0]?.content ?? '';
    expect(system('me duele mucho la garganta desde hace tres días y tengo fiebre')).toContain('The person wrote in Spanish: answer in Spanish.');
    expect(system("j'ai mal à la gorge depuis trois jours et de la fièvre")).toContain('The person wrote in French: answer in French.');
    expect(system('I have had a sore throat for three days and a fever')).not.toContain('The person wrote in');
  });

  it('states the rules, the levels, the grounded context and the profile in the system message', () => {
    const g = grounding({
      results: { context, diagnostic, treatment, triage: { level: 'non_emergency', reasons: ['fever for 4 days'] } },
      profile: { age: 40, allergies: { drug: ['penicillin'] } },
    });
    const messages = buildPrompt(g, { maxPromptTokens: 4000 });
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    const system = messages[0]?.content ?? '';
    for (const expected of [
      'Never state or imply a lower urgency',
      'Give no medication doses unless the exact dose appears in the knowledge base',
      DISCLAIMER,
      'Emergency: none detected by the rules.',
      'Triage level: non_emergency: see a doctor within days.',
      'Triage reasons: fever for 4 days.',
      '### Common cold (source: kb/cold.md)\nColds last 7-10 days.',
      '- Common cold: more likely',
      '- Rest and fluids',
      '- ibuprofen: avoid with stomach ulcers',
      '- trouble breathing',
      '"penicillin"',
      'The emergency number is 112',
    ]) {
      expect(system).toContain(expected);
    }
    expect(messages[1]).toEqual({ role: 'user', content: 'I have a cold' });
  });

  it('states a rule-detected emergency as the level, above a lower triage', () => {
    const g = grounding({
      emergency: { severity: 'critical', reasons: ['Chest pain with sweating'], advice: 'Call 112 now.' },
      results: { triage: { level: 'self_care', reasons: [] } },
    });
    const system = buildPrompt(g, { maxPromptTokens: 4000 })[0]?.content ?? '';
    expect(statedTriageLevel(g)).toBe('emergency');
    expect(system).toContain('Emergency: YES (critical). Reasons: Chest pain with sweating.');
    expect(system).toContain('Emergency advice already given to the user: Call 112 now.');
    expect(system).toContain('Triage level: emergency: call emergency services');
  });

  it('ignores malformed agent results', () => {
    const g = grounding({ results: { triage: { level: 'whatever' }, context: { passages: 'nope' } } });
    const system = buildPrompt(g, { maxPromptTokens: 4000 })[0]?.content ?? '';
    expect(system).toContain('Triage level: not assessed.');
    expect(system).not.toContain('## Knowledge base');
  });

  it('keeps the newest history within the token budget and starts it with a user turn', () => {
    const history: HistoryMessage[] = Array.from({ length: 10 }, (_, i) => ({
      role: i % 2 === 0 ? 'user' : 'assistant',
      content: `message ${i} ${'x'.repeat(80)}`,
    }));
    const g = grounding({ history });
    const base = estimatePromptTokens(buildPrompt(grounding(), { maxPromptTokens: 100_000 }));
    const perMessage = estimatePromptTokens([{ role: 'user', content: history[0]?.content ?? '' }]);
    // Room for three history messages: the third-newest is an assistant turn, dropped so a user turn leads.
    const messages = buildPrompt(g, { maxPromptTokens: base + 3 * perMessage });
    expect(messages.map((m) => m.content.split(' ').slice(0, 2).join(' '))).toEqual([
      expect.stringContaining('You are'),
      'message 8',
      'message 9',
      'I have',
    ]);
    expect(estimatePromptTokens(messages)).toBeLessThanOrEqual(base + 3 * perMessage);
    expect(buildPrompt(g, { maxPromptTokens: 100_000 })).toHaveLength(12);
  });

  it('drops the lowest-scored passages when the grounding alone exceeds the budget', () => {
    const g = grounding({ results: { context } });
    const full = buildPrompt(g, { maxPromptTokens: 100_000 });
    const system = buildPrompt(g, { maxPromptTokens: estimatePromptTokens(full) - 5 })[0]?.content ?? '';
    expect(system).toContain('Common cold');
    expect(system).not.toContain('Influenza');
    expect(system).toContain('Triage level');
  });

  it('estimates about four characters per token', () => {
    expect(estimateTokens('')).toBe(0);
    expect(estimateTokens('abcd')).toBe(1);
    expect(estimateTokens('abcde')).toBe(2);
  });
});
