import parsePrometheusTextFormat from 'parse-prometheus-text-format';
import { describe, expect, it } from 'vitest';
import { hangingAgent, keywordSafety, throwingAgent } from '../fakes/testPlugins.ts';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

async function scrape(url: string) {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/plain');
  const text = await res.text();
  // The parser validates the exposition format; it folds labelled histograms, so sample values are
  // read from the sample lines themselves (counters, gauges, and histograms through `_count`).
  const families = parsePrometheusTextFormat(text);
  const samples = text
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a Prometheus sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
      return { name: match[1] as string, labels, value: Number(match[3]) };
    });
  const value = (name: string, labels: Record<string, string> = {}) => {
    if (!families.some((f) => f.name === name)) throw new Error(`no metric ${name}`);
    const wanted = new Set([name, `${name}_count`]);
    const sample = samples.find((s) => wanted.has(s.name) && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
    return sample?.value ?? 0;
  };
  return { families, value };
}

describe('HTTP routes', () => {
  it('GET /health answers {"status":"ok"}; unknown paths get a JSON 404', async () => {
    await using gw = await startTestGateway();
    const health = await fetch(`${gw.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const missing = await fetch(`${gw.url}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
  });

  it('HEAD /health and HEAD /ready answer with the GET status and headers and no body (probes that read only the status)', async () => {
    await using gw = await startTestGateway();
    for (const path of ['/health', '/ready']) {
      const get = await fetch(`${gw.url}${path}`);
      const head = await fetch(`${gw.url}${path}`, { method: 'HEAD' });
      expect(head.status, path).toBe(get.status);
      expect(head.headers.get('content-type'), path).toBe(get.headers.get('content-type'));
      expect(head.headers.get('content-length'), path).toBe(get.headers.get('content-length'));
      expect(await head.text(), path).toBe('');
    }
    expect((await fetch(`${gw.url}/metrics`, { method: 'POST' })).status).toBe(404);
  });

  it('GET /ready is 200 while serving and 503 when the store stops answering', async () => {
    let storeUp = true;
    await using gw = await startTestGateway();
    expect((await fetch(`${gw.url}/ready`)).status).toBe(200);
    const ping = gw.store.ping.bind(gw.store);
    gw.store.ping = async () => {
      if (!storeUp) throw new Error('down');
      return ping();
    };
    storeUp = false;
    const res = await fetch(`${gw.url}/ready`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: 'store_unavailable' });
  });

  it('GET /metrics parses as Prometheus text and its counters move as a turn runs', async () => {
    await using gw = await startTestGateway({ plugins: [{ plugin: keywordSafety }, { plugin: throwingAgent }, { plugin: hangingAgent }] });
    const before = await scrape(gw.url);
    expect(before.value('medchat_turns_total', { finish_reason: 'stop' })).toBe(0);
    const client = gw.client();
    await collectTurn(client.streamTurn({ message: 'I have crushing chest pain' }));
    const after = await scrape(gw.url);
    expect(after.value('medchat_turns_total', { finish_reason: 'stop' })).toBe(1);
    expect(after.value('medchat_tokens_total')).toBe(3);
    expect(after.value('medchat_emergency_alerts_total', { severity: 'critical' })).toBe(1);
    expect(after.value('medchat_errors_total', { error_type: 'plugin_error' })).toBe(1);
    expect(after.value('medchat_errors_total', { error_type: 'plugin_timeout' })).toBe(1);
    expect(after.value('medchat_connections_open', { endpoint: 'trpc' })).toBe(1);
    expect(after.value('medchat_time_to_first_token_seconds')).toBe(1);
    expect(after.value('medchat_turn_duration_seconds')).toBe(1);
    expect(after.value('medchat_plugin_run_seconds', { plugin: 'thrower', outcome: 'error' })).toBe(1);
    expect(after.value('medchat_plugin_run_seconds', { plugin: 'hanger', outcome: 'timeout' })).toBe(1);
    expect(after.value('medchat_provider_requests_total', { provider: 'scripted', outcome: 'ok' })).toBe(1);
    const names = after.families.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['medchat_turns_active', 'medchat_rate_limit_refusals_total', 'medchat_provider_first_token_seconds']));
  });
});
