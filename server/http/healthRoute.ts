import type { HttpRoute } from './handleHttpRequest.ts';
import { pathOf, sendJson } from './handleHttpRequest.ts';

/** `GET /health`: the process is up and serving. */
export const healthRoute: HttpRoute = (req, res) => {
  if (req.method !== 'GET' || pathOf(req) !== '/health') return false;
  sendJson(res, 200, { status: 'ok' });
  return true;
};
