/**
 * The triage eval through the real engine's event stream (typed client, built-in agents, local
 * engine): an alert counts only when the emergency event precedes the first token.
 */
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateVignettes } from '../../bench/eval/evaluateVignettes.ts';
import { createChatClient, type ChatClient } from '../../client/index.ts';
import { loadVignettes } from '../../plugins/medical/eval/loadVignettes.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import type { Gateway } from '../../server/createGateway.ts';
import { createLogger } from '../../server/logging/createLogger.ts';
import { startGateway } from '../../server/startGateway.ts';
import { PUBLIC_VIGNETTES } from '../vignettes/publicVignettes.ts';

const HELDOUT = fileURLToPath(new URL('../vignettes/heldout.jsonl', import.meta.url));
const HELDOUT2 = fileURLToPath(new URL('../vignettes/heldout2.jsonl', import.meta.url));

let gateway: Gateway;
let client: ChatClient;

beforeAll(async () => {
  // Every vignette goes through one client: the per-connection rate limit is not what is measured here.
  const config = createConfig({ PORT: 0, STORE: 'memory', LOCAL_TOKEN_DELAY_MS: 0, LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE_CONNECTION: 100_000, RATE_LIMIT_PER_MINUTE_USER: 100_000 });
  gateway = await startGateway({ config, logger: createLogger({ level: 'silent' }) });
  client = createChatClient({ url: gateway.url, WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
});

afterAll(async () => {
  client.close();
  await gateway.close();
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
