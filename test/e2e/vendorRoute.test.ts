import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { startTestGateway } from '../harness/startTestGateway.ts';

describe('GET /vendor/*: the page\'s renderer and sanitiser, from node_modules', () => {
  it('serves exactly marked and DOMPurify as unsniffable JavaScript, and nothing else', async () => {
    await using gw = await startTestGateway();
    const files = { '/vendor/marked.js': 'node_modules/marked/lib/marked.umd.js', '/vendor/purify.js': 'node_modules/dompurify/dist/purify.min.js' };
    for (const [path, file] of Object.entries(files)) {
      const res = await fetch(`${gw.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/javascript; charset=utf-8');
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(Buffer.from(await res.arrayBuffer()).equals(await readFile(file)), path).toBe(true);
    }
    for (const path of ['/vendor/', '/vendor/marked.umd.js', '/vendor/../package.json', '/vendor/purify.js.map']) {
      expect((await fetch(`${gw.url}${path}`)).status, path).toBe(404);
    }
  });
});
