import type { HttpRoute } from './handleHttpRequest.ts';
import { pathOf, sendJson } from './handleHttpRequest.ts';

/** `GET /health` (and `HEAD`, for probes that only read the status): the process is up and serving. */
export const healthRoute: HttpRoute = (req, res) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || pathOf(req) !== '/health') return false;
  sendJson(res, 200, { status: 'ok' });
  return true;
};
