import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathOf, type HttpRoute } from './handleHttpRequest.ts';

const require = createRequire(import.meta.url);

/** The browser builds the page loads, from the installed packages (package.json pins them): no CDN. */
const FILES: Readonly<Record<string, () => string>> = {
  '/vendor/marked.js': () => join(dirname(require.resolve('marked/package.json')), 'lib/marked.umd.js'),
  '/vendor/purify.js': () => require.resolve('dompurify/dist/purify.min.js'),
};

/**
 * `GET /vendor/marked.js` and `/vendor/purify.js`: the Markdown renderer and the HTML sanitiser of the
 * page at `/`, exactly these two files. Read once; served as JavaScript that is never sniffed.
 */
export function createVendorRoute(): HttpRoute {
  const cache = new Map<string, Promise<Buffer>>();
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const path = pathOf(req);
    const locate = FILES[path];
    if (!locate) return false;
    let file = cache.get(path);
    if (!file) {
      file = readFile(locate());
      cache.set(path, file);
      file.catch(() => cache.delete(path));
    }
    const body = await file;
    res.writeHead(200, {
      'content-type': 'text/javascript; charset=utf-8',
      'content-length': body.length,
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      'cache-control': 'public, max-age=3600',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
    return true;
  };
}
