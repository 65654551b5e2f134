import type { Registry } from 'prom-client';
import { pathOf, type HttpRoute } from './handleHttpRequest.ts';

/** `GET /metrics`: Prometheus text exposition of the gateway's registry. */
export function createMetricsRoute(registry: Registry): HttpRoute {
  return async (req, res) => {
    if (req.method !== 'GET' || pathOf(req) !== '/metrics') return false;
    const body = await registry.metrics();
    res.writeHead(200, { 'content-type': registry.contentType, 'content-length': Buffer.byteLength(body) });
    res.end(body);
    return true;
  };
}
