import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectTurn, startTestGateway } from '../harness/startTestGateway.ts';

const DASHBOARD = new URL('../../deploy/grafana/medchat-dashboard.json', import.meta.url);

interface Panel {
  readonly type: string;
  readonly title: string;
  readonly targets?: readonly { readonly expr: string }[];
}

const PROMQL_WORDS = new Set(['by', 'without', 'on', 'ignoring', 'group_left', 'group_right', 'bool', 'and', 'or', 'unless', 'offset', 'inf', 'nan']);

/** Metric names a PromQL expression selects: identifiers left once selectors, ranges, groupings and calls are set aside. */
export function metricNamesIn(expr: string): string[] {
  const stripped = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/\b(?:by|without|on|ignoring)\s*\([^)]*\)/g, ' ')
    .replace(/\blabel_values\(\s*([a-zA-Z_:][\w:]*)\s*,[^)]*\)/g, ' $1 ');
  // An identifier followed by "(" is a function call; numbers never start with a letter here.
  return [...stripped.matchAll(/([a-zA-Z_:][\w:]*)(\s*\()?/g)]
    .filter((m) => m[2] === undefined)
    .map((m) => m[1] ?? '')
    .filter((name) => !PROMQL_WORDS.has(name));
}

function exportedNames(exposition: string): Set<string> {
  const names = new Set<string>();
  for (const line of exposition.split('\n')) {
    const match = /^# TYPE (\S+) (\w+)$/.exec(line);
    if (!match) continue;
    const [, name = '', type] = match;
    names.add(name);
    if (type === 'histogram') for (const suffix of ['_bucket', '_sum', '_count']) names.add(name + suffix);
    if (type === 'summary') for (const suffix of ['_sum', '_count']) names.add(name + suffix);
  }
  return names;
}

describe('Grafana dashboard (deploy/grafana/medchat-dashboard.json)', () => {
  const dashboard = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
    panels: Panel[];
    templating: { list: { query?: unknown }[] };
  };
  const queries = [
    ...dashboard.panels.flatMap((p) => (p.targets ?? []).map((t) => ({ where: p.title, expr: t.expr }))),
    ...dashboard.templating.list.flatMap((v) =>
      typeof v.query === 'object' && v.query !== null && 'query' in v.query ? [{ where: 'template variable', expr: String(v.query.query) }] : [],
    ),
  ];

  it('reads metric names out of PromQL', () => {
    expect(metricNamesIn('histogram_quantile(0.95, sum by (le, plugin) (rate(medchat_plugin_run_seconds_bucket{instance=~"$instance"}[5m])))')).toEqual([
      'medchat_plugin_run_seconds_bucket',
    ]);
    expect(metricNamesIn('label_values(medchat_connections_open, instance)')).toEqual(['medchat_connections_open']);
    expect(metricNamesIn('process_resident_memory_bytes{x="y"} / on (instance) nodejs_heap_size_total_bytes')).toEqual([
      'process_resident_memory_bytes',
      'nodejs_heap_size_total_bytes',
    ]);
  });

  it('every query names a metric that a running gateway exports', async () => {
    await using gw = await startTestGateway();
    await collectTurn(gw.client().streamTurn({ message: 'hello' }));
    const exported = exportedNames(await (await fetch(`${gw.url}/metrics`)).text());
    expect(queries.length).toBeGreaterThan(20);
    const missing = queries.flatMap((q) => {
      const names = metricNamesIn(q.expr);
      if (names.length === 0) return [`${q.where}: no metric in ${q.expr}`];
      return names.filter((n) => !exported.has(n)).map((n) => `${q.where}: ${n}`);
    });
    expect(missing).toEqual([]);
  });

  it('default process and Node.js metrics keep their standard names', async () => {
    await using gw = await startTestGateway();
    const exported = exportedNames(await (await fetch(`${gw.url}/metrics`)).text());
    expect([...exported]).toEqual(
      expect.arrayContaining(['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_heap_size_used_bytes']),
    );
    const own = [...exported].filter((n) => !n.startsWith('process_') && !n.startsWith('nodejs_'));
    expect(own.filter((n) => !n.startsWith('medchat_'))).toEqual([]);
    expect([...exported].filter((n) => n.startsWith('medchat_process_'))).toEqual([]);
  });
});
