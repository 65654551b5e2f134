import { buildProtocolDocs } from '../docs/buildProtocolDocs.ts';
import { renderDocsHtml } from '../docs/renderDocsHtml.ts';
import { pathOf, sendHtml, sendJson, type HttpRoute } from './handleHttpRequest.ts';

/**
 * `GET /api/docs`: the protocol documentation generated from the zod schemas, as a page, or as JSON
 * with `?format=json` (or `Accept: application/json`). Built once: the schemas do not change at run time.
 */
export function createDocsRoute(opts: { maxMessageChars: number }): HttpRoute {
  let docs: ReturnType<typeof buildProtocolDocs> | undefined;
  let page: Buffer | undefined;
  return (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || pathOf(req) !== '/api/docs') return false;
    docs ??= buildProtocolDocs(opts);
    const url = new URL(req.url ?? '/', 'http://localhost');
    const wantsJson = url.searchParams.get('format') === 'json' || (req.headers.accept ?? '').startsWith('application/json');
    if (wantsJson) {
      sendJson(res, 200, docs);
      return true;
    }
    page ??= Buffer.from(renderDocsHtml(docs));
    // The page has no scripts and loads nothing: say so, so nothing injected could run.
    sendHtml(req, res, page, { 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'" });
    return true;
  };
}
