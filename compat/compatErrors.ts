import type { Logger } from '../server/logging/createLogger.ts';
import type { RefusalIssue, ServiceRefusal, SubmitOutcome } from '../server/service/ChatOutcome.ts';
import { storeRefusal } from '../server/service/refusals.ts';
import { PROFILE_FIELD_NAMES } from './protocol/clientFrameSchema.ts';
import { toCompatErrorType, type CompatErrorType } from './protocol/compatErrorTypes.ts';
import type { FrameIssue } from './protocol/parseClientFrame.ts';
import { translateEvent, type CompatFrameBody } from './translateEvent.ts';

export function errorBody(errorType: CompatErrorType, message: string, extra: Record<string, unknown> = {}): CompatFrameBody {
  return { type: 'error', error_type: errorType, message, ...extra };
}

/** A service refusal as the guide's `error` frame: `code` is the service's own, `issues` name the guide's fields. */
export function refusalBody(refusal: ServiceRefusal): CompatFrameBody {
  if (refusal.code === 'invalid_input') {
    // Shaped as the parser's own validation errors: the first issue, named by the guide's field.
    const issues = (refusal.issues ?? []).map(toFrameIssue);
    const first = issues[0];
    const renamed = first !== undefined && refusal.issues?.[0]?.path[0] === 'patientProfile' ? `${first.path}: ${first.message}` : refusal.message;
    return errorBody('validation_error', renamed, issues.length > 0 ? { issues } : {});
  }
  return errorBody(toCompatErrorType(refusal.code), refusal.message, {
    code: refusal.code,
    retryable: refusal.retryable,
    ...(refusal.retryAfterSeconds === undefined ? {} : { retry_after: refusal.retryAfterSeconds }),
  });
}

/** A refused message: the emergency advice the safety check raised comes first, then the `error`. */
export function refusalFrames(outcome: Extract<SubmitOutcome, { kind: 'refusal' }>): CompatFrameBody[] {
  const frames: CompatFrameBody[] = [];
  for (const event of outcome.emergencies) {
    const frame = translateEvent(event);
    if (frame) frames.push(frame);
  }
  frames.push(refusalBody(outcome.refusal));
  return frames;
}

/** A failure that is no refusal (the service answers those): logged by type only, never with message text. */
export function errorFrom(cause: unknown, logger: Logger): CompatFrameBody {
  const outage = storeRefusal(cause);
  if (outage) {
    logger.warn({ err: cause }, 'store unavailable, compat request refused');
    return refusalBody(outage);
  }
  logger.error({ err: cause }, 'compat request failed');
  return errorBody('internal_error', 'Internal error', { retryable: true });
}

/** A parser issue as a service one, and back (paths are dotted in frames). */
export function fromFrameIssue(issue: FrameIssue): RefusalIssue {
  return { path: issue.path === '' ? [] : issue.path.split('.'), message: issue.message };
}

const GUIDE_NAMES = new Map<string | number, string>(Object.entries(PROFILE_FIELD_NAMES).map(([guide, own]) => [own, guide]));
const TOP_LEVEL = new Map<string | number, string>([
  ['patientProfile', 'patient_profile'],
  ['sessionId', 'session_id'],
  ['clientMessageId', 'client_message_id'],
]);

function toFrameIssue(issue: RefusalIssue): FrameIssue {
  const [head, field, ...rest] = issue.path;
  const path = head === 'patientProfile' && field !== undefined ? ['patient_profile', GUIDE_NAMES.get(field) ?? field, ...rest] : issue.path.map((p, i) => (i === 0 ? (TOP_LEVEL.get(p) ?? p) : p));
  return { path: path.join('.'), message: issue.message };
}
