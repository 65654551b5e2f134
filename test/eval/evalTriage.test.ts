/**
 * The triage eval through the real engine's event stream (typed client, built-in agents, local
 * engine): an alert counts only when the emergency event precedes the first token.
 */
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateVignettes } from '../../bench/eval/evaluateVignettes.ts';
import type { ChatClient } from '../../client/index.ts';
import { loadVignettes } from '../../plugins/medical/eval/loadVignettes.ts';
import { startEvalGateway, type EvalGateway } from '../../bench/eval/startEvalGateway.ts';
import { PUBLIC_VIGNETTES } from '../vignettes/publicVignettes.ts';

const HELDOUT = fileURLToPath(new URL('../vignettes/heldout.jsonl', import.meta.url));
const HELDOUT2 = fileURLToPath(new URL('../vignettes/heldout2.jsonl', import.meta.url));

let gateway: EvalGateway;
let client: ChatClient;

beforeAll(async () => {
  gateway = await startEvalGateway();
  client = gateway.client;
});

afterAll(async () => {
  await gateway[Symbol.asyncDispose]();
});

describe('eval:triage through the gateway', () => {
  it('public set: every alert case alerts before the first token, no self_care alarm, accuracy ≥ 90%', async () => {
    const { score } = await evaluateVignettes({ client, cases: loadVignettes(PUBLIC_VIGNETTES) });
    expect(score.missedAlerts).toEqual([]);
    expect(score.selfCareFalseAlarms).toEqual([]);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it('held-out set: every alert case alerts, accuracy ≥ 80%', async () => {
    const { score } = await evaluateVignettes({ client, cases: loadVignettes(HELDOUT) });
    expect(score.cases).toBeGreaterThanOrEqual(40);
    expect(score.missedAlerts).toEqual([]);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.8);
  });

  it('second held-out set: every alert case alerts, accuracy ≥ 80%', async () => {
    const { score } = await evaluateVignettes({ client, cases: loadVignettes(HELDOUT2) });
    expect(score.cases).toBeGreaterThanOrEqual(60);
    expect(score.missedAlerts).toEqual([]);
    expect(score.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
