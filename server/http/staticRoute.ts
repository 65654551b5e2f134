import { readFile } from 'node:fs/promises';
import { pathOf, sendHtml, type HttpRoute } from './handleHttpRequest.ts';

const CLIENT_PAGE = new URL('../../examples/websocket_client.html', import.meta.url);

/**
 * `GET /`: the browser chat client of the guide. Read on each request (it is small) so an edited
 * page shows up without a restart.
 */
export const staticRoute: HttpRoute = async (req, res) => {
  if ((req.method !== 'GET' && req.method !== 'HEAD') || pathOf(req) !== '/') return false;
  const page = await readFile(CLIENT_PAGE);
  sendHtml(req, res, page, { 'cache-control': 'no-cache' });
  return true;
};
