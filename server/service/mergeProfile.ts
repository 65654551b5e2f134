import type { PatientProfile } from '../../plugins/sdk/index.ts';

/**
 * A message's profile over the user's stored one: the message wins field by field, and allergies
 * merge per kind (a message naming food allergies keeps the stored drug allergies).
 */
export function mergeProfile(stored: PatientProfile | undefined, given: PatientProfile | undefined): PatientProfile | undefined {
  if (!stored) return given;
  if (!given) return stored;
  const merged: PatientProfile = { ...stored, ...given };
  if (stored.allergies && given.allergies) merged.allergies = { ...stored.allergies, ...given.allergies };
  return merged;
}
