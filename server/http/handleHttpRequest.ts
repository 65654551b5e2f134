import type { IncomingMessage, ServerResponse } from 'node:http';

export type HttpRoute = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;

/** Tries each route in order; a route returns true when it answered. Unknown paths get a JSON 404. */
export function createHttpHandler(routes: readonly HttpRoute[]) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      for (const route of routes) if (await route(req, res)) return;
      sendJson(res, 404, { error: 'not_found', message: 'No such route' });
    } catch {
      if (!res.headersSent) sendJson(res, 500, { error: 'internal_error', message: 'Internal error' });
      else res.destroy();
    }
  };
}

/** A JSON response; for a HEAD request the same status and headers without the body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
  res.end(res.req.method === 'HEAD' ? undefined : payload);
}

/** An HTML page (the body left out for HEAD), never sniffed, never sending a referrer. */
export function sendHtml(req: IncomingMessage, res: ServerResponse, page: Buffer, headers: Record<string, string>): void {
  res.writeHead(200, {
    'content-type': 'text/html; charset=utf-8',
    'content-length': page.length,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : page);
}

export function pathOf(req: IncomingMessage): string {
  return new URL(req.url ?? '/', 'http://localhost').pathname;
}
