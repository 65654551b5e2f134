import type { ChatEventOf } from '../protocol/chatEvent.ts';
import type { Emergencies, RefusalIssue, ServiceRefusal } from '../service/ChatOutcome.ts';

/**
 * A service refusal as the cause of a TRPCError: the error formatter reads its issues (`zodIssues`),
 * its wait (`retryAfterSeconds`) and the emergency advice the safety check raised (`emergency`).
 */
export class RefusedError extends Error {
  override readonly name = 'RefusedError';
  readonly issues: readonly RefusalIssue[] | undefined;
  readonly retryAfterSeconds: number | undefined;
  readonly emergency: Omit<ChatEventOf<'emergency'>, 'type'> | undefined;

  constructor(refusal: ServiceRefusal, emergencies: Emergencies = []) {
    super(refusal.message);
    this.issues = refusal.issues;
    this.retryAfterSeconds = refusal.retryAfterSeconds;
    const critical = emergencies.find((e) => e.severity === 'critical') ?? emergencies[0];
    this.emergency = critical ? { severity: critical.severity, reasons: critical.reasons, advice: critical.advice } : undefined;
  }
}
