import { readFile } from 'node:fs/promises';
import type { HttpRoute } from './handleHttpRequest.ts';
import { pathOf } from './handleHttpRequest.ts';

const CLIENT_PAGE = new URL('../../examples/websocket_client.html', import.meta.url);

/**
 * `GET /`: the browser chat client of the guide. Read on each request (it is small) so an edited
 * page shows up without a restart.
 */
export const staticRoute: HttpRoute = async (req, res) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || pathOf(req) !== '/') return false;
  const page = await readFile(CLIENT_PAGE);
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': page.length,
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  });
  res.end(req.method === 'HEAD' ? undefined : page);
  return true;
};
