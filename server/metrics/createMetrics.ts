import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { EngineObserver, TurnClock } from '../engine/EngineObserver.ts';

export type Endpoint = 'trpc' | 'compat';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
// Time to first token spans a few milliseconds (the offline engine) to seconds (a hosted model under
// load): finer steps between 100 ms and 5 s, where users notice the difference.
const FIRST_TOKEN_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1, 1.5, 2, 3, 5, 10, 30];
const DURATION_BUCKETS = [0.1, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

/**
 * The gateway's Prometheus metrics on a registry of its own (several gateways in one process, as in
 * tests, do not collide). It is also the engine's observer.
 */
export function createMetrics(opts: { activeTurns: () => number; defaultMetrics?: boolean }) {
  const registry = new Registry();
  // Default process and Node.js metrics keep their standard names (process_cpu_seconds_total,
  // nodejs_eventloop_lag_seconds, ...) so stock Node.js dashboards work; the gateway's own are medchat_*.
  if (opts.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  const r = [registry];

  const connections = new Gauge({ name: 'medchat_connections_open', help: 'Open WebSocket connections by endpoint', labelNames: ['endpoint'], registers: r });
  new Gauge({ name: 'medchat_turns_active', help: 'Turns being generated now', registers: r, collect() { this.set(opts.activeTurns()); } });
  const turns = new Counter({ name: 'medchat_turns_total', help: 'Finished turns by finish reason', labelNames: ['finish_reason'], registers: r });
  // Tokens are counted in a plain number and handed to the counter at scrape time: Counter.inc per
  // token was a sixth of the gateway's own per-token CPU.
  let uncountedTokens = 0;
  new Counter({
    name: 'medchat_tokens_total',
    help: 'Answer token events produced',
    registers: r,
    collect() {
      this.inc(uncountedTokens);
      uncountedTokens = 0;
    },
  });
  const ttft = new Histogram({ name: 'medchat_time_to_first_token_seconds', help: 'Turn start to first answer token', buckets: FIRST_TOKEN_BUCKETS, registers: r });
  const emergencyTime = new Histogram({ name: 'medchat_time_to_emergency_seconds', help: 'Turn start to emergency event', buckets: LATENCY_BUCKETS, registers: r });
  const duration = new Histogram({ name: 'medchat_turn_duration_seconds', help: 'Turn start to stream_end', buckets: DURATION_BUCKETS, registers: r });
  const emergencies = new Counter({ name: 'medchat_emergency_alerts_total', help: 'Emergency events raised, by severity', labelNames: ['severity'], registers: r });
  const errors = new Counter({ name: 'medchat_errors_total', help: 'Errors by type (turn errors and refusals)', labelNames: ['error_type'], registers: r });
  const pluginRuns = new Histogram({ name: 'medchat_plugin_run_seconds', help: 'Plugin run time by plugin and outcome', labelNames: ['plugin', 'outcome'], buckets: LATENCY_BUCKETS, registers: r });
  const providerCalls = new Counter({ name: 'medchat_provider_requests_total', help: 'LLM provider calls by outcome', labelNames: ['provider', 'outcome'], registers: r });
  const providerFailures = new Counter({ name: 'medchat_provider_failures_total', help: 'LLM provider failures by error type', labelNames: ['provider', 'error_type'], registers: r });
  const providerLatency = new Histogram({ name: 'medchat_provider_first_token_seconds', help: 'LLM request to first delta', labelNames: ['provider'], buckets: FIRST_TOKEN_BUCKETS, registers: r });
  const refusals = new Counter({ name: 'medchat_rate_limit_refusals_total', help: 'Requests refused by a rate or concurrency limit', labelNames: ['scope'], registers: r });

  const observer: EngineObserver = {
    onTurnEvent(event, clock) {
      switch (event.type) {
        case 'token':
          uncountedTokens++;
          if (!clock.firstTokenSeen) {
            clock.firstTokenSeen = true;
            ttft.observe(elapsedSeconds(clock));
          }
          return;
        case 'emergency':
          emergencies.inc({ severity: event.severity });
          emergencyTime.observe(elapsedSeconds(clock));
          return;
        case 'error':
          errors.inc({ error_type: event.errorType });
          return;
        case 'stream_end':
          turns.inc({ finish_reason: event.finishReason });
          duration.observe(elapsedSeconds(clock));
          return;
        default:
          return;
      }
    },
    onPluginRun(plugin, seconds, outcome) {
      pluginRuns.observe({ plugin, outcome }, seconds);
    },
    onProviderCall(provider, outcome, secondsToFirstToken, errorType) {
      providerCalls.inc({ provider, outcome });
      if (secondsToFirstToken !== undefined) providerLatency.observe({ provider }, secondsToFirstToken);
      if (errorType) providerFailures.inc({ provider, error_type: errorType });
    },
  };

  return {
    registry,
    observer,
    connectionOpened: (endpoint: Endpoint) => connections.inc({ endpoint }),
    connectionClosed: (endpoint: Endpoint) => connections.dec({ endpoint }),
    refused: (scope: string) => refusals.inc({ scope }),
    requestError: (errorType: string) => errors.inc({ error_type: errorType }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

// Top-level, not a closure per event: the per-token path allocates nothing here.
function elapsedSeconds(clock: TurnClock): number {
  return (performance.now() - clock.startedAt) / 1000;
}
