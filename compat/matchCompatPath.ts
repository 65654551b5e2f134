export const COMPAT_PATH = '/api/v1/ws/chat';

/** User ids in the path: what issue 7's tokens will name; anything else is refused. */
const USER_ID = /^[A-Za-z0-9._-]{1,128}$/;

export type CompatPathMatch = { readonly userId: string | undefined } | { readonly invalidUserId: true };

/**
 * `/api/v1/ws/chat` and `/api/v1/ws/chat/{user_id}`. A malformed user id still matches, so the
 * client gets a readable `error` frame instead of a bare failed handshake.
 */
export function matchCompatPath(path: string): CompatPathMatch | undefined {
  if (path === COMPAT_PATH || path === `${COMPAT_PATH}/`) return { userId: undefined };
  if (!path.startsWith(`${COMPAT_PATH}/`)) return undefined;
  const segment = path.slice(COMPAT_PATH.length + 1);
  if (segment.includes('/')) return undefined;
  return USER_ID.test(segment) ? { userId: segment } : { invalidUserId: true };
}
