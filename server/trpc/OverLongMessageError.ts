import type { ChatEventOf } from '../protocol/chatEvent.ts';

/**
 * A message over MAX_MESSAGE_CHARS: refused as BAD_REQUEST with the zod-style issue, and carrying the
 * emergency advice when the part within the limit describes an emergency (a limit never hides one).
 */
export class OverLongMessageError extends Error {
  override readonly name = 'OverLongMessageError';
  readonly issues: readonly { path: PropertyKey[]; code: string; message: string }[];
  readonly emergency: Omit<ChatEventOf<'emergency'>, 'type'> | undefined;

  constructor(maxMessageChars: number, emergencies: readonly ChatEventOf<'emergency'>[]) {
    const message = `Message is longer than ${maxMessageChars} characters`;
    super(message);
    this.issues = [{ path: ['message'], code: 'too_big', message }];
    const critical = emergencies.find((e) => e.severity === 'critical') ?? emergencies[0];
    this.emergency = critical ? { severity: critical.severity, reasons: critical.reasons, advice: critical.advice } : undefined;
  }
}
