import { from, Subject, throwError, concat } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContextResult, TreatmentResult, TriageResult } from '../../plugins/medical/types.ts';
import { DISCLAIMER } from '../../plugins/medical/llm/buildPrompt.ts';
import { createOpenAiProvider } from '../../server/llm/createOpenAiProvider.ts';
import { createOutputGuard, DOSE_CORRECTION, type GuardedChunk } from '../../plugins/medical/llm/createOutputGuard.ts';
import { LlmError } from '../../server/llm/LlmError.ts';
import type { Grounding, LlmChunk } from '../../server/llm/LlmProvider.ts';
import { closeFixtureServers, collect, fixture, grounding, llmRequest, sse, startFixtureServer } from './fixtureServer.ts';

const FINISH: LlmChunk = { type: 'finish', finishReason: 'stop', usage: { inputTokens: 10, outputTokens: 20 } };
const triage = (level: TriageResult['level']): Pick<Grounding, 'results'> => ({ results: { triage: { level, reasons: [] } } });

/** Splits text into deltas of `size` characters (code points kept whole). */
const deltas = (text: string, size = 3): LlmChunk[] => {
  const chars = [...text];
  const out: LlmChunk[] = [];
  for (let i = 0; i < chars.length; i += size) out.push({ type: 'delta', text: chars.slice(i, i + size).join('') });
  return out;
};

async function guard(g: Grounding, text: string, size = 3) {
  const { chunks, error } = await collect(from([...deltas(text, size), FINISH]).pipe(createOutputGuard({ grounding: g })));
  return {
    error,
    chunks,
    text: chunks.map((c) => (c.type === 'delta' ? c.text : '')).join(''),
    audits: chunks.filter((c): c is Extract<GuardedChunk, { type: 'audit' }> => c.type === 'audit'),
  };
}

describe('createOutputGuard', () => {
  it('passes a clean answer through unchanged, whatever the token split', async () => {
    const text = `Rest and drink fluids. Café ☕ helps!\nSee a doctor if it lasts over a week. ${DISCLAIMER}`;
    for (const size of [1, 2, 5, 17, 1000]) {
      const r = await guard(grounding(triage('non_emergency')), text, size);
      expect(r.text).toBe(text);
      expect(r.audits).toEqual([]);
      expect(r.chunks.at(-1)).toEqual(FINISH);
    }
  });

  it('replaces reassurance that contradicts an emergency with the emergency advice', async () => {
    const g = grounding({
      emergency: { severity: 'critical', reasons: ['Chest pain'], advice: 'Call 112 now.' },
      ...triage('emergency'),
    });
    const r = await guard(g, `It's probably a pulled muscle, nothing to worry about. Rest tonight. This is not an emergency. ${DISCLAIMER}`);
    expect(r.text).toBe(`This may be an emergency. Call 112 now. Rest tonight. ${DISCLAIMER}`);
    expect(r.audits.map((a) => a.rule)).toEqual(['reassurance_contradicts_triage', 'reassurance_contradicts_triage']);
    expect(r.audits[0]?.detail).toContain('nothing to worry about');
  });

  it('uses the emergency agent result and the emergency number when no emergency event is given', async () => {
    const g = grounding({ results: { emergency: { fired: true, severity: 'urgent', reasons: ['x'], advice: 'Call 112 or go to A&E.', crisis: false, carriedOver: false, rules: [] } } });
    const r = await guard(g, `You can wait until tomorrow. ${DISCLAIMER}`);
    expect(r.text).toBe(`This may be an emergency. Call 112 or go to A&E. ${DISCLAIMER}`);
  });

  it('corrects "no need to see a doctor" under a non-emergency triage, and allows reassurance for self-care', async () => {
    const text = `You don’t need to see a doctor for this. You will be fine. ${DISCLAIMER}`;
    const r = await guard(grounding(triage('non_emergency')), text);
    expect(r.text).toBe(
      `Please arrange to see a doctor about this within the next few days, sooner if it gets worse. ${DISCLAIMER}`,
    );
    expect(r.audits).toHaveLength(2);
    const selfCare = await guard(grounding(triage('self_care')), text);
    expect(selfCare.text).toBe(text);
    expect(selfCare.audits).toEqual([]);
  });

  it('keeps doses found in the knowledge base and replaces the others', async () => {
    const context: ContextResult = {
      kbVersion: '1',
      passages: [{ conditionId: 'c', title: 'Pain', text: 'Adults: ibuprofen 200–400 mg every 4–6 hours with food.', score: 1, source: 'kb' }],
    };
    const treatment: TreatmentResult = { selfCare: ['Paracetamol 1,000 mg up to 4 times a day'], medicationCautions: [], seeDoctorIf: [], callEmergencyIf: [] };
    const g = grounding({ results: { context, treatment, ...triage('self_care').results } });
    const r = await guard(
      g,
      'Take 400 mg every 6 hours. Paracetamol 1000 mg 4 times a day also works. Or take 800 mg if severe. ' +
        'You could take 2 tablets every 4 hours. Take 400 mg every 2 hours. Drink 500 ml of water. ' +
        DISCLAIMER,
      1,
    );
    expect(r.text).toBe(
      'Take 400 mg every 6 hours. Paracetamol 1000 mg 4 times a day also works. ' +
        `${DOSE_CORRECTION} ${DOSE_CORRECTION} ${DOSE_CORRECTION} Drink 500 ml of water. ${DISCLAIMER}`,
    );
    expect(r.audits.map((a) => a.detail)).toEqual([
      'replaced a sentence dosing 800 mg',
      'replaced a sentence dosing 2 tablet',
      'replaced a sentence dosing every 2 h',
    ]);
  });

  it('allows the dose of a medication in the patient profile', async () => {
    const g = grounding({ profile: { currentMedications: [{ name: 'metformin', dose: '500 mg' }] } });
    const r = await guard(g, `Keep taking your metformin 500 mg as prescribed. ${DISCLAIMER}`);
    expect(r.audits).toEqual([]);
  });

  it('appends the disclaimer when the answer lacks it, with an audit, before finish', async () => {
    const r = await guard(grounding(), 'Rest and drink fluids.');
    expect(r.chunks.slice(-3)).toEqual([
      { type: 'audit', rule: 'disclaimer_appended', detail: 'the answer lacked the not-a-diagnosis disclaimer' },
      { type: 'delta', text: `\n\n${DISCLAIMER}` },
      FINISH,
    ]);
    expect(r.text).toBe(`Rest and drink fluids.\n\n${DISCLAIMER}`);
  });

  it('accepts a disclaimer in the model’s own words', async () => {
    const r = await guard(grounding(), 'Rest. This is not a substitute for medical advice.', 1);
    expect(r.audits).toEqual([]);
  });

  it('releases each sentence as soon as it ends, and bounds what it holds', async () => {
    const source = new Subject<LlmChunk>();
    const out: GuardedChunk[] = [];
    source.pipe(createOutputGuard({ grounding: grounding(), maxHoldChars: 200 })).subscribe((c) => out.push(c));
    source.next({ type: 'delta', text: 'Hello there. How' });
    expect(out).toEqual([{ type: 'delta', text: 'Hello there. ' }]);
    source.next({ type: 'delta', text: ' are you' });
    expect(out).toHaveLength(1);
    source.next({ type: 'delta', text: ' word'.repeat(60) });
    expect(out.length).toBeGreaterThan(1);
    const held = 'How are you' + ' word'.repeat(60);
    const released = out.map((c) => (c.type === 'delta' ? c.text : '')).join('').slice('Hello there. '.length);
    expect(held.startsWith(released)).toBe(true);
    expect(held.length - released.length).toBeLessThanOrEqual(200);
  });

  it('after a cancel drops the held text and appends nothing', async () => {
    const controller = new AbortController();
    const source = new Subject<LlmChunk>();
    const out: GuardedChunk[] = [];
    source.pipe(createOutputGuard({ grounding: grounding(), signal: controller.signal })).subscribe((c) => out.push(c));
    source.next({ type: 'delta', text: 'Rest well. And' });
    controller.abort();
    source.next(FINISH);
    expect(out).toEqual([{ type: 'delta', text: 'Rest well. ' }, FINISH]);
  });

  it('passes an upstream error through and drops the unfinished sentence', async () => {
    const error = new LlmError('upstream_unavailable', 'gone');
    const { chunks, error: seen } = await collect(
      concat(from(deltas('Rest well. Take 800', 4)), throwError(() => error)).pipe(createOutputGuard({ grounding: grounding() })),
    );
    expect(chunks).toEqual([{ type: 'delta', text: 'Rest well. ' }]);
    expect(seen).toBe(error);
  });
});

describe('createOutputGuard over a real OpenAI-compatible stream', () => {
  afterEach(closeFixtureServers);

  it('corrects an unsafe answer streamed one byte at a time and keeps the upstream usage', async () => {
    const server = await startFixtureServer(sse(fixture('openai-unsafe-answer.sse'), { chunkSize: 1 }));
    const g = grounding({ emergency: { severity: 'critical', reasons: ['Chest pain'], advice: 'Call 112 now.' } });
    const provider = createOpenAiProvider({ baseUrl: server.baseUrl, model: 'llama3.1:8b', timeoutMs: 2000 });
    const { chunks, error } = await collect(provider.stream(llmRequest({ grounding: g })).pipe(createOutputGuard({ grounding: g })));
    expect(error).toBeUndefined();
    expect(chunks.map((c) => (c.type === 'delta' ? c.text : '')).join('')).toBe(
      `This may be an emergency. Call 112 now. ${DOSE_CORRECTION} Rest and sip water ☕.\n\n${DISCLAIMER}`,
    );
    expect(chunks.filter((c) => c.type === 'audit').map((c) => (c.type === 'audit' ? c.rule : ''))).toEqual([
      'reassurance_contradicts_triage',
      'dose_not_in_knowledge_base',
      'disclaimer_appended',
    ]);
    expect(chunks.at(-1)).toEqual({ type: 'finish', finishReason: 'stop', usage: { inputTokens: 812, outputTokens: 25 } });
  });
});
