import { afterAll, describe, expect, it } from 'vitest';
import { createStoreFromConfig } from '../../server/store/createStoreFromConfig.ts';
import { createConfig } from '../../server/config/loadConfig.ts';
import { startRedis } from '../harness/startRedis.ts';

const redis = await startRedis({ password: 's3cret-pass' });
afterAll(() => redis?.stop());

describe.skipIf(!redis)('REDIS_URL with AUTH', () => {
  it('connects with the password from the URL and is refused without it', async () => {
    const url = redis?.url ?? '';
    const good = createStoreFromConfig(createConfig({ STORE: 'redis', REDIS_URL: url }));
    await good.ping();
    await good.createSession({ id: 's1', userId: 'u1' });
    expect((await good.listSessions('u1')).map((s) => s.id)).toEqual(['s1']);
    await good.close();

    const anonymous = createStoreFromConfig(createConfig({ STORE: 'redis', REDIS_URL: url.replace(/:[^:@/]+@/, '') }));
    await expect(anonymous.ping()).rejects.toThrow(/NOAUTH/);
    await anonymous.close();
    const wrong = createStoreFromConfig(createConfig({ STORE: 'redis', REDIS_URL: url.replace('s3cret-pass', 'wrong') }));
    await expect(wrong.ping()).rejects.toThrow(/WRONGPASS|invalid/i);
    await wrong.close();
  });

  it('REDIS_URL must be a redis:// or rediss:// URL', () => {
    expect(() => createConfig({ STORE: 'redis', REDIS_URL: 'http://127.0.0.1:6379' })).toThrow(/REDIS_URL/);
    expect(createConfig({ REDIS_URL: 'rediss://:pw@cache.example:6380/2' }).REDIS_URL).toBe('rediss://:pw@cache.example:6380/2');
    expect(createConfig({}).STORE).toBe('sqlite');
  });
});
