import type { PluginRunReport } from './pluginTestKitTypes.ts';
import type { RunOutcome } from './runPluginOnce.ts';

/** Sorts a run's emissions by kind, so tests assert on `statuses`, `audit`… rather than filter by hand. */
export function summarizeRun(
  outcome: RunOutcome,
  extra: Pick<PluginRunReport, 'state' | 'logs' | 'userTextInLogs'>,
): PluginRunReport {
  const statuses: PluginRunReport['statuses'][number][] = [];
  const tokens: string[] = [];
  const emergencies: PluginRunReport['emergencies'][number][] = [];
  const audit: PluginRunReport['audit'][number][] = [];
  let result: unknown;
  for (const e of outcome.emissions) {
    if (e.type === 'result') result = e.data;
    else if (e.type === 'status') statuses.push(e.details === undefined ? { status: e.status } : { status: e.status, details: e.details });
    else if (e.type === 'token') tokens.push(e.content);
    else if (e.type === 'emergency') emergencies.push({ severity: e.severity, reasons: e.reasons, advice: e.advice });
    else audit.push({ rule: e.rule, detail: e.detail });
  }
  return { emissions: outcome.emissions, result, statuses, tokens, emergencies, audit, error: outcome.error, ruleErrors: outcome.ruleErrors, aborted: outcome.aborted, ...extra };
}
