/** User-facing emergency advice naming the configured numbers (never hard-coded). */
import type { EmergencySeverity, SafetySettings } from '../../sdk/index.ts';

export function emergencyAdvice(opts: {
  readonly severity: EmergencySeverity;
  readonly crisis: boolean;
  readonly thirdParty: boolean;
  readonly carriedOver: boolean;
  readonly safety: SafetySettings;
}): string {
  const { emergencyNumber, crisisLine } = opts.safety;
  const who = opts.thirdParty ? 'them' : 'you';
  const parts: string[] = [];
  if (opts.carriedOver) parts.push('Earlier in this conversation you described an emergency.');
  if (opts.crisis) {
    parts.push(
      `If you are in immediate danger or have taken anything, call ${emergencyNumber} now.`,
      `You can talk to someone right now at ${crisisLine}; you do not have to go through this alone.`,
      'If you can, stay with someone you trust and move away from anything you could use to hurt yourself.',
    );
  } else if (opts.severity === 'critical') {
    parts.push(
      `Call ${emergencyNumber} now.`,
      `Do not drive ${opts.thirdParty ? 'them' : 'yourself'}; stay with ${who === 'you' ? 'someone if you can' : 'them'} and follow the dispatcher's instructions.`,
    );
  } else {
    parts.push(
      `Go to an emergency department now, or call ${emergencyNumber} if ${who === 'you' ? 'you' : 'they'} get worse or cannot get there safely.`,
    );
  }
  parts.push('Tell me once help has arrived.');
  return parts.join(' ');
}
