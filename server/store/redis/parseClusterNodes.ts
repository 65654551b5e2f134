/** REDIS_CLUSTER_NODES: comma-separated `redis://` or `rediss://` URLs of seed nodes, one scheme and password for all. */
export function parseClusterNodes(value: string): string[] | undefined {
  const nodes = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (nodes.length === 0) return undefined;
  const urls: URL[] = [];
  for (const node of nodes) {
    if (!URL.canParse(node)) return undefined;
    const u = new URL(node);
    if ((u.protocol !== 'redis:' && u.protocol !== 'rediss:') || u.hostname === '' || (u.pathname !== '' && u.pathname !== '/')) return undefined;
    urls.push(u);
  }
  const [first] = urls as [URL];
  return urls.every((u) => u.protocol === first.protocol && u.username === first.username && u.password === first.password) ? nodes : undefined;
}
