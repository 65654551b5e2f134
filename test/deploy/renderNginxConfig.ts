/**
 * The shipped deploy/nginx/nginx.conf made runnable on loopback: the compose service names become
 * 127.0.0.1 ports, the listen port a free one, temp files and the access log move into a temp dir.
 * Every substitution must match, so a change to the shipped file that the tests would silently stop
 * covering fails here instead.
 */
export function renderNginxConfig(source: string, opts: { listenPort: number; upstreamPorts: readonly [number, number]; dir: string }): string {
  const [a, b] = opts.upstreamPorts;
  const replacements: [string, string][] = [
    ['server gateway-a:8000 ', `server 127.0.0.1:${a} `],
    ['server gateway-b:8000 ', `server 127.0.0.1:${b} `],
    ['listen 8080;', `listen 127.0.0.1:${opts.listenPort};`],
    ['access_log /dev/stdout gateway;', `access_log ${opts.dir}/access.log gateway;`],
    ['/tmp/nginx-', `${opts.dir}/nginx-`],
  ];
  let text = source;
  for (const [from, to] of replacements) {
    if (!text.includes(from)) throw new Error(`deploy/nginx/nginx.conf no longer contains "${from}"`);
    text = text.split(from).join(to);
  }
  return text;
}
