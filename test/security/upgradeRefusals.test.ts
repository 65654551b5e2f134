import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { WebSocket } from 'ws';
import { describe, expect, it } from 'vitest';
import { openRawSocket } from '../harness/openRawSocket.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';
import { expectServed } from './expectServed.ts';

const TOKENS = { AUTH_MODE: 'token', AUTH_TOKENS: 'good-token:alice,bob-token:bob' } as const;
const SECRET = 'a-test-secret-that-is-at-least-32-bytes-long';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The HTTP status of a refused upgrade (or 101 when it opened). */
function upgradeStatus(url: string, opts: { headers?: Record<string, string>; protocols?: string[] } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, opts.protocols ?? [], { headers: opts.headers ?? {} });
    ws.once('open', () => {
      ws.terminate();
      resolve({ status: 101, body: '' });
    });
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.once('error', (err) => (err.message.includes('Unexpected server response') ? undefined : reject(err)));
  });
}

const hs256 = (sub: string, expiresIn: string | number) =>
  new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn).sign(new TextEncoder().encode(SECRET));

describe('refusals at the upgrade', () => {
  it('wrong Origin (cross-site WebSocket hijacking): 403 before the socket opens; loopback and no-Origin clients are served', async () => {
    await using gw = await startTestGateway();
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    expect((await upgradeStatus(url, { headers: { origin: 'https://evil.example' } })).status).toBe(403);
    expect((await upgradeStatus(`${gw.wsUrl}/trpc`, { headers: { origin: 'null' } })).status).toBe(403);
    expect((await upgradeStatus(url, { headers: { origin: 'http://localhost:5173' } })).status).toBe(101);
    await expectServed(gw.wsUrl);
  });

  it('ALLOWED_ORIGINS: exactly the listed origins, and CORS headers on HTTP routes from the same list', async () => {
    await using gw = await startTestGateway({ config: { ALLOWED_ORIGINS: 'https://app.example.com, https://admin.example.com:8443' } });
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    expect((await upgradeStatus(url, { headers: { origin: 'https://app.example.com' } })).status).toBe(101);
    expect((await upgradeStatus(url, { headers: { origin: 'https://admin.example.com:8443' } })).status).toBe(101);
    expect((await upgradeStatus(url, { headers: { origin: 'http://localhost:3000' } })).status).toBe(403);
    expect((await upgradeStatus(url, { headers: { origin: 'https://app.example.com.evil.example' } })).status).toBe(403);
    const allowed = await fetch(`${gw.url}/health`, { headers: { origin: 'https://app.example.com' } });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example.com');
    const other = await fetch(`${gw.url}/health`, { headers: { origin: 'https://evil.example' } });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${gw.url}/health`, { method: 'OPTIONS', headers: { origin: 'https://evil.example' } });
    expect(preflight.status).toBe(403);
    await expectServed(gw.wsUrl);
  });

  it('ALLOWED_ORIGINS=* echoes only well-formed origins (attack: obs-text or junk in Origin mirrored into CORS headers)', async () => {
    await using gw = await startTestGateway({ config: { ALLOWED_ORIGINS: '*' } });
    const corsFor = (origin: string) =>
      new Promise<string | undefined>((resolve, reject) => {
        const req = request(`${gw.url}/health`, { headers: { origin } }, (res) => {
          res.resume();
          resolve(res.headers['access-control-allow-origin'] as string | undefined);
        });
        req.on('error', reject);
        req.end();
      });
    expect(await corsFor('https://any.example:8443')).toBe('https://any.example:8443');
    expect(await corsFor('null')).toBe('null');
    for (const junk of ['https://\u00e9vil.example', 'https://a.example/path', 'javascript:alert(1)', 'https://a.example, https://b.example', 'x'.repeat(300)]) {
      expect(await corsFor(junk), junk).toBeUndefined();
      expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat`, { headers: { origin: junk } })).status, junk).toBe(403);
    }
    await expectServed(gw.wsUrl);
  });

  it('missing or invalid token on compat (unauthenticated use of the paid model): 401; a valid one is served', async () => {
    await using gw = await startTestGateway({ config: TOKENS });
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    const missing = await upgradeStatus(url);
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toEqual({ error: 'unauthorized', message: 'Authentication required' });
    expect((await upgradeStatus(url, { headers: bearer('good-tokenX') })).status).toBe(401);
    expect((await upgradeStatus(`${url}?token=nope`)).status).toBe(401);
    await expectServed(gw.wsUrl, { headers: bearer('good-token') });
  });

  it("another user's id in the path (reading someone else's health profile): 403; browsers may use the subprotocol or the query", async () => {
    await using gw = await startTestGateway({ config: TOKENS });
    expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat/bob`, { headers: bearer('good-token') })).status).toBe(403);
    // A browser's credentials: a `bearer.<token>` subprotocol beside `medchat`, which is what the server answers.
    await using viaProtocol = await openRawSocket(`${gw.wsUrl}/api/v1/ws/chat/alice`, { protocols: ['medchat', 'bearer.good-token'] });
    expect(viaProtocol.ws.protocol).toBe('medchat');
    expect(await viaProtocol.waitFor((f) => f.type === 'connection')).toMatchObject({ user_id: 'alice' });
    expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat/bob`, { protocols: ['medchat', 'bearer.good-token'] })).status).toBe(403);
    await expectServed(gw.wsUrl, { path: '/api/v1/ws/chat/bob?token=bob-token' });
  });

  it('expired, wrongly signed and sub-less JWTs (stolen or forged tokens): 401; a socket is closed with 4401 when its token expires', async () => {
    await using gw = await startTestGateway({ config: { AUTH_MODE: 'jwt', JWT_SECRET: SECRET } });
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    expect((await upgradeStatus(url, { headers: bearer(await hs256('alice', Math.floor(Date.now() / 1000) - 60)) })).status).toBe(401);
    const forged = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('1h').sign(new TextEncoder().encode(`${SECRET}-other`));
    expect((await upgradeStatus(url, { headers: bearer(forged) })).status).toBe(401);
    const noSub = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setExpirationTime('1h').sign(new TextEncoder().encode(SECRET));
    expect((await upgradeStatus(url, { headers: bearer(noSub) })).status).toBe(401);

    await using expiring = await openRawSocket(url, { headers: bearer(await hs256('alice', Math.floor(Date.now() / 1000) + 2)) });
    await expiring.waitFor((f) => f.type === 'connection');
    await expectServed(gw.wsUrl, { headers: bearer(await hs256('carol', '1h')) });
    expect(await expiring.closed).toEqual({ code: 4401, reason: 'token expired' });
    expect(expiring.frames.at(-1)).toMatchObject({ type: 'error', error_type: 'unauthorized' });
  });

  it('JWTs verified against a JWKS served over HTTP (RS256), issuer and audience enforced', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    const jwks = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
    await new Promise<void>((resolve) => jwks.listen(0, '127.0.0.1', resolve));
    try {
      const jwksUrl = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks.json`;
      await using gw = await startTestGateway({ config: { AUTH_MODE: 'jwt', JWT_JWKS_URL: jwksUrl, JWT_ISSUER: 'https://id.example', JWT_AUDIENCE: 'medchat' } });
      const sign = (claims: { iss: string; aud: string }) =>
        new SignJWT({}).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).setSubject('alice').setIssuer(claims.iss).setAudience(claims.aud).setExpirationTime('1h').sign(privateKey);
      expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat`, { headers: bearer(await sign({ iss: 'https://other.example', aud: 'medchat' })) })).status).toBe(401);
      expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat`, { headers: bearer(await sign({ iss: 'https://id.example', aud: 'other' })) })).status).toBe(401);
      // alg confusion: an HS256 token "signed" with the public key must not verify.
      const confused = await new SignJWT({}).setProtectedHeader({ alg: 'HS256' }).setSubject('alice').setExpirationTime('1h').sign(new TextEncoder().encode(JSON.stringify(jwk)));
      expect((await upgradeStatus(`${gw.wsUrl}/api/v1/ws/chat`, { headers: bearer(confused) })).status).toBe(401);
      await expectServed(gw.wsUrl, { path: '/api/v1/ws/chat/alice', headers: bearer(await sign({ iss: 'https://id.example', aud: 'medchat' })) });
    } finally {
      jwks.closeAllConnections();
      await new Promise((resolve) => jwks.close(resolve));
    }
  });

  it('too many sockets from one address (connection exhaustion): 429 at the upgrade, a slot frees when one closes', async () => {
    await using gw = await startTestGateway({ config: { MAX_CONNECTIONS_PER_IP: 3 } });
    const url = `${gw.wsUrl}/api/v1/ws/chat`;
    const held = await Promise.all([openRawSocket(url), openRawSocket(url)]);
    expect((await upgradeStatus(url)).status).toBe(101);
    const third = await openRawSocket(url);
    expect((await upgradeStatus(url)).status).toBe(429);
    third.ws.close();
    await third.closed;
    await expect.poll(async () => (await upgradeStatus(url)).status).toBe(101);
    for (const s of held) s.ws.terminate();
    await Promise.all(held.map((s) => s.closed));
    await expectServed(gw.wsUrl);
  });
});
