/** User-facing emergency advice naming the configured numbers (never hard-coded). */
import type { EmergencySeverity, SafetySettings } from '../../sdk/index.ts';
import { nativeSafetyLines, type NativeSafetyLines } from '../language/nativeSafetyLines.ts';

export function emergencyAdvice(opts: {
  readonly severity: EmergencySeverity;
  readonly crisis: boolean;
  readonly thirdParty: boolean;
  readonly carriedOver: boolean;
  readonly safety: SafetySettings;
  /** A Spanish or French message's language: its own wording comes first, the English after it. */
  readonly writtenIn?: 'es' | 'fr' | undefined;
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
  const native = nativeSafetyLines(opts.writtenIn);
  return native ? [...nativeAdvice(native, opts), ...parts].join(' ') : parts.join(' ');
}

function nativeAdvice(native: NativeSafetyLines, opts: Parameters<typeof emergencyAdvice>[0]): string[] {
  const { emergencyNumber, crisisLine } = opts.safety;
  return [
    ...(opts.carriedOver ? [native.carriedOver] : []),
    ...(opts.crisis
      ? native.crisis(emergencyNumber, crisisLine)
      : opts.severity === 'critical'
        ? native.critical(emergencyNumber, opts.thirdParty)
        : native.urgent(emergencyNumber, opts.thirdParty)),
    native.tellMeWhenHelpArrives,
  ];
}
