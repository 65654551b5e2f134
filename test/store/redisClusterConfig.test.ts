import { describe, expect, it } from 'vitest';
import { createConfig } from '../../server/config/loadConfig.ts';
import { parseClusterNodes } from '../../server/store/redis/parseClusterNodes.ts';

describe('REDIS_CLUSTER_NODES', () => {
  it('takes a comma list of redis:// or rediss:// seed URLs sharing one scheme and password', () => {
    expect(createConfig({ REDIS_CLUSTER_NODES: 'redis://10.0.0.1:7000, redis://10.0.0.2:7000' }).REDIS_CLUSTER_NODES).toBe('redis://10.0.0.1:7000, redis://10.0.0.2:7000');
    expect(parseClusterNodes('rediss://:pw@a:7000,rediss://:pw@b:7000')).toEqual(['rediss://:pw@a:7000', 'rediss://:pw@b:7000']);
    expect(createConfig().REDIS_CLUSTER_NODES).toBeUndefined();
  });

  it('refuses anything else at start-up, naming the setting', () => {
    for (const bad of ['10.0.0.1:7000', 'http://a:7000', 'redis://a:7000,rediss://b:7000', 'redis://:x@a:7000,redis://:y@b:7000', 'redis://a:7000/2', ',']) {
      expect(() => createConfig({ REDIS_CLUSTER_NODES: bad }), bad).toThrow(/REDIS_CLUSTER_NODES: must be a comma list/);
    }
  });
});
