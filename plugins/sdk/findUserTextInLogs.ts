import type { PatientProfile } from './patientProfile.ts';
import type { LogRecord } from './pluginTestKitTypes.ts';
import type { HistoryMessage } from './types.ts';

/**
 * Log records carrying user text: the message or an earlier user message (whole or a fragment of
 * 8+ characters), or an entry of the profile. A heuristic, strict on purpose: logs leave the
 * gateway, health data must not, so plugins log ids, counts and rule names only.
 */
export function findUserTextInLogs(
  records: readonly LogRecord[],
  turn: { message: string; history: readonly HistoryMessage[]; profile: PatientProfile | undefined },
): LogRecord[] {
  const messages = [turn.message, ...turn.history.filter((m) => m.role === 'user').map((m) => m.content)].map(normalize);
  const profile = profileStrings(turn.profile).map(normalize).filter((s) => s.length >= 3);
  const leaks = (text: string) => {
    const value = normalize(text);
    if (value.length === 0) return false;
    if (messages.some((m) => m.length > 0 && (value.includes(m) || (value.length >= 8 && m.includes(value))))) return true;
    return profile.some((p) => value.includes(p));
  };
  return records.filter((record) => [record.msg, ...stringsIn(record.fields, 'plugin')].some(leaks));
}

function profileStrings(profile: PatientProfile | undefined): string[] {
  if (!profile) return [];
  const { chronicConditions = [], currentMedications = [], allergies = {} } = profile;
  return [...chronicConditions, ...currentMedications.map((m) => m.name), ...(allergies.drug ?? []), ...(allergies.food ?? []), ...(allergies.other ?? [])];
}

function stringsIn(value: unknown, skipKey?: string): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => stringsIn(v));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, v]) => (key === skipKey ? [] : stringsIn(v)));
  }
  return [];
}

function normalize(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}
