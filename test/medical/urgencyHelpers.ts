/** Runs the turn's one urgency decision for a message, as the built-in agents do. */
import { expect } from 'vitest';
import type { PatientProfile } from '../../plugins/sdk/index.ts';
import { decideUrgency, type UrgencyDecision } from '../../plugins/medical/urgency/decideUrgency.ts';

export const SAFETY = { emergencyNumber: '911', crisisLine: '988' } as const;

export function decide(message: string, opts: { profile?: PatientProfile; history?: string[] } = {}): UrgencyDecision {
  return decideUrgency({ message, history: opts.history ?? [], profile: opts.profile, sessionState: undefined, safety: SAFETY }).decision;
}

export function alerts(message: string, opts: { profile?: PatientProfile; history?: string[] } = {}): boolean {
  return decide(message, opts).emergency.fired;
}

export function firedRules(message: string): string[] {
  return decide(message).emergency.rules.map((r) => r.rule);
}

/** Each message fires this red-flag rule (among any others). */
export function expectRuleFires(rule: string, messages: readonly string[]): void {
  for (const message of messages) expect(firedRules(message), message).toContain(rule);
}

/** Each message alerts (or not), and a message that must not alert is not triaged an emergency either. */
export function expectAlerts(messages: readonly string[], expected: boolean): void {
  for (const message of messages) {
    expect(alerts(message), message).toBe(expected);
    if (!expected) expect(decide(message).level, message).not.toBe('emergency');
  }
}

/** Each message gets exactly this triage level (and an alert exactly when it is `emergency`). */
export function expectLevel(messages: readonly string[], level: UrgencyDecision['level']): void {
  expectAlerts(messages, level === 'emergency');
  for (const message of messages) expect(decide(message).level, message).toBe(level);
}
