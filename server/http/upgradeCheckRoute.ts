import type { ServerResponse } from 'node:http';
import { COMPAT_PATH, matchCompatPath } from '../../compat/matchCompatPath.ts';
import type { UpgradeCheck } from '../security/createUpgradeCheck.ts';
import { pathOf, type HttpRoute } from './handleHttpRequest.ts';

export const CHECK_PATH = '/api/v1/ws/check';

/**
 * `GET /api/v1/ws/check[/{user_id}]`: the HTTP status an upgrade to `/api/v1/ws/chat[/{user_id}]` with
 * the same credentials and Origin would get (200, 401, 403, 429, 503 while draining), with
 * `{status, error_type, message}`. Browsers cannot read a refused upgrade's status; this is how the page
 * tells a wrong token from a dropped network and stops retrying what cannot succeed.
 */
export function createUpgradeCheckRoute(opts: { check: UpgradeCheck; isDraining: () => boolean; drainRetryAfterSeconds?: number }): HttpRoute {
  return async (req, res) => {
    const path = pathOf(req);
    if (path !== CHECK_PATH && !path.startsWith(`${CHECK_PATH}/`)) return false;
    if (req.method !== 'GET') {
      send(res, 405, { status: 405, error_type: 'method_not_allowed', message: 'Use GET' }, { allow: 'GET, OPTIONS' });
      return true;
    }
    const match = matchCompatPath(COMPAT_PATH + path.slice(CHECK_PATH.length));
    if (!match || 'invalidUserId' in match) {
      send(res, 400, { status: 400, error_type: 'validation_error', message: 'user_id must be 1-128 characters of A-Z a-z 0-9 . _ -' });
      return true;
    }
    if (opts.isDraining()) {
      const retryAfter = opts.drainRetryAfterSeconds ?? 5;
      send(res, 503, { status: 503, error_type: 'draining', message: 'This server is shutting down; connect again', retry_after_seconds: retryAfter }, { 'retry-after': String(retryAfter) });
      return true;
    }
    const answer = await opts.check(req, { endpoint: 'compat', pathUserId: match.userId });
    const body = { status: answer.status, error_type: answer.errorType, message: answer.message };
    if (answer.status === 429 && answer.retryAfterSeconds !== undefined) {
      send(res, 429, { ...body, retry_after_seconds: answer.retryAfterSeconds }, { 'retry-after': String(answer.retryAfterSeconds) });
    } else {
      send(res, answer.status, body, answer.status === 401 ? { 'www-authenticate': 'Bearer' } : {});
    }
    return true;
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  // An answer about these credentials, now: never cached, and readable by an allowed page (CORS).
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(payload),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'access-control-expose-headers': 'Retry-After',
    ...headers,
  });
  res.end(payload);
}
