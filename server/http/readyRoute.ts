import { pathOf, sendJson, type HttpRoute } from './handleHttpRequest.ts';

/**
 * `GET /ready` (and `HEAD`): 200 while this instance should get traffic; 503 while it drains or its store does not
 * answer, so a load balancer moves new connections elsewhere.
 */
export function createReadyRoute(opts: { isDraining: () => boolean; pingStore: () => Promise<void>; timeoutMs?: number }): HttpRoute {
  return async (req, res) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || pathOf(req) !== '/ready') return false;
    if (opts.isDraining()) {
      sendJson(res, 503, { status: 'draining' });
      return true;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        opts.pingStore(),
        new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('store ping timed out')), opts.timeoutMs ?? 2000))),
      ]);
      sendJson(res, 200, { status: 'ready' });
    } catch {
      sendJson(res, 503, { status: 'store_unavailable' });
    } finally {
      clearTimeout(timer);
    }
    return true;
  };
}
