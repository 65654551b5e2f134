import { buildAsyncApiDocument } from '../docs/buildAsyncApiDocument.ts';
import { buildProtocolDocs } from '../docs/buildProtocolDocs.ts';
import { pathOf, sendJson, type HttpRoute } from './handleHttpRequest.ts';

/** `GET /api/asyncapi.json`: the compat protocol as an AsyncAPI 3 document. */
export function createAsyncApiRoute(opts: { maxMessageChars: number }): HttpRoute {
  let docs: ReturnType<typeof buildProtocolDocs> | undefined;
  return (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/api/asyncapi.json') return false;
    docs ??= buildProtocolDocs(opts);
    // The server entry names the host the client asked for, so tools pointed at a deployment reach it.
    const host = req.headers.host;
    sendJson(res, 200, buildAsyncApiDocument(docs, host ? { serverHost: host } : {}));
    return true;
  };
}
