/** Runs the turn's one urgency decision for a message, as the built-in agents do. */
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
