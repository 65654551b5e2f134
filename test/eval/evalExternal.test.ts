/**
 * The external-format eval end to end: fixture vignettes (written here, not taken from the external
 * set) through a real gateway's event stream in both renderings, plus the held-out redaction of
 * the report. Engine-quality assertions stop at the safety floor (an unmistakable heart attack is an
 * emergency, alerted before the first token), since the engine is being rewritten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateExternalVignettes } from '../../bench/eval/evaluateExternalVignettes.ts';
import { formatExternalScore, toExternalReport } from '../../bench/eval/formatExternalScore.ts';
import type { ChatClient } from '../../client/index.ts';
import { createDiagnosisMatcher } from '../../plugins/medical/eval/createDiagnosisMatcher.ts';
import { createUrgencyLookup } from '../../plugins/medical/eval/loadDiagnosisUrgency.ts';
import { parseVignetteFile } from '../../plugins/medical/eval/loadVignetteFile.ts';
import type { ExternalVignette } from '../../plugins/medical/eval/parseExternalVignettes.ts';
import { loadKnowledgeBase } from '../../plugins/medical/knowledge/loadKnowledgeBase.ts';
import { startEvalGateway, type EvalGateway } from '../../bench/eval/startEvalGateway.ts';

const FIXTURE = [
  {
    correct_diagnosis: 'Fixture Unknown Condition',
    demographics: '34 year old Female',
    chief_complaints: 'Itchy skin',
    presentation: 'She has had itchy skin on both forearms for a week after gardening.',
    absent_findings: 'No fever, No swelling of the lips',
    physical_history: '-',
    family_history: '-',
    social_history: '',
  },
  {
    correct_diagnosis: 'Heart-Attack',
    demographics: '63 year old Male',
    chief_complaints: 'Chest pain, Sweating',
    presentation:
      'For the last 40 minutes he has had crushing central chest pain spreading to his left arm and jaw, with sweating and nausea. It started at rest.',
    absent_findings: 'No fever, No cough',
    physical_history: 'Type 2 diabetes, high cholesterol',
    family_history: 'Father had a heart attack at 55',
    social_history: 'Smokes 20 a day',
  },
  {
    correct_diagnosis: 'Common Cold',
    demographics: '25 year old Male',
    chief_complaints: 'Runny nose, Sneezing, Sore throat',
    presentation: 'He has had a runny nose, sneezing and a mild sore throat for two days. He is eating and drinking normally.',
    absent_findings: 'No shortness of breath, No high fever',
    physical_history: 'None',
    family_history: '-',
    social_history: '',
  },
]
  .map((o) => JSON.stringify(o))
  .join('\n');

const urgency = createUrgencyLookup(
  {
    diagnoses: {
      'Fixture Unknown Condition': { expected: 'self_care', acceptable: ['self_care', 'non_emergency'], why: 'a fixture entry' },
      'Heart-Attack': { expected: 'emergency', acceptable: ['emergency'], why: 'a fixture entry' },
      'Common Cold': { expected: 'self_care', acceptable: ['self_care', 'non_emergency'], why: 'a fixture entry' },
    },
  },
  'fixture',
);

let gateway: EvalGateway;
let client: ChatClient;
let cases: readonly ExternalVignette[];

beforeAll(async () => {
  const file = parseVignetteFile(FIXTURE, 'fixture.jsonl');
  if (file.format !== 'external') throw new Error('the fixture should read as the external format');
  cases = file.cases;
  gateway = await startEvalGateway();
  client = gateway.client;
});

afterAll(async () => {
  await gateway[Symbol.asyncDispose]();
});

describe('eval:triage on external vignettes through the gateway', () => {
  const matcher = () => createDiagnosisMatcher(loadKnowledgeBase().conditions);

  for (const rendering of ['clinical', 'patient'] as const) {
    it(`${rendering}: scores every case from the event stream; the heart attack alerts before the first token`, async () => {
      const { score, outcomes } = await evaluateExternalVignettes({ client, cases, rendering, matcher: matcher(), urgency });
      expect(score.cases).toBe(3);
      expect([...outcomes.keys()]).toEqual(['L1', 'L2', 'L3']);
      const heart = outcomes.get('L2');
      expect(heart?.level).toBe('emergency');
      expect(heart?.alerted).toBe(true);
      expect(heart?.ranked.length).toBeGreaterThan(0);
      expect(score.emergencies).toEqual({ cases: 1, triagedEmergency: 1, framedFirst: 1 });
      expect(score.overTriage.selfCareCases).toBe(2);
      // The fixture's first name is in no knowledge base; "Heart-Attack" matches the heart_attack entry by normalised name.
      expect(score.diagnosis.unmatchedNames).toContain('Fixture Unknown Condition');
      expect(score.diagnosis.unmatchedNames).not.toContain('Heart-Attack');
      expect(score.triage.perLevel.emergency).toEqual({ cases: 1, correct: 1, accuracy: 1 });
    });
  }

  it('the held-out report and output give counts only; the development half names its failures', async () => {
    const { score } = await evaluateExternalVignettes({ client, cases, rendering: 'clinical', matcher: matcher(), urgency });
    const heldout = JSON.stringify(toExternalReport(score, 'heldout'));
    const text = formatExternalScore('fixture.jsonl', 'heldout', 'clinical', score);
    for (const shown of [heldout, text]) {
      expect(shown).not.toContain('Fixture Unknown Condition');
      expect(shown).not.toMatch(/"L\d+"/);
    }
    const n = score.diagnosis.unmatchedNames.length;
    expect(text).toContain(`unmatched names: ${n} names, ${score.diagnosis.unmatchedCases} cases (held out: not named)`);
    expect(JSON.stringify(toExternalReport(score, 'dev'))).toContain('Fixture Unknown Condition');
    expect(formatExternalScore('fixture.jsonl', 'dev', 'clinical', score)).toMatch(/unmatched names \(\d+, \d+ cases\): .*Fixture Unknown Condition/);
  });
});
