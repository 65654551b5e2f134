import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { COMPAT_ERROR_TYPES } from '../../compat/protocol/compatErrorTypes.ts';
import { serverFrameSchema } from '../../compat/protocol/serverFrameSchema.ts';
import { chatEventSchema } from '../../server/protocol/chatEvent.ts';
import { startTestGateway } from '../harness/startTestGateway.ts';

const types = (union: { options: readonly { shape: { type: { value: string } } }[] }) => union.options.map((o) => o.shape.type.value);

describe('GET /api/docs and GET /api/asyncapi.json', () => {
  it('serves the generated docs as a self-contained page naming every event, frame and error type, and as JSON', async () => {
    await using gw = await startTestGateway();
    const res = await fetch(`${gw.url}/api/docs`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script|src=/i);
    for (const type of types(chatEventSchema)) expect(html).toContain(`id="trpc-${type}"`);
    for (const type of [...types(serverFrameSchema), 'message', 'cancel', 'history']) expect(html).toContain(`id="compat-${type}"`);
    for (const type of COMPAT_ERROR_TYPES) expect(html).toContain(`<code>${type}</code>`);

    const json = await (await fetch(`${gw.url}/api/docs?format=json`)).json();
    expect(json.endpoints.map((e: any) => e.id)).toEqual(['trpc', 'compat']);
    const viaAccept = await fetch(`${gw.url}/api/docs`, { headers: { accept: 'application/json' } });
    expect(await viaAccept.json()).toEqual(json);
  });

  it('serves an AsyncAPI 3 document of the compat protocol that a real AsyncAPI parser accepts', async () => {
    await using gw = await startTestGateway();
    const res = await fetch(`${gw.url}/api/asyncapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await res.text();
    const { document, diagnostics } = await new Parser().parse(text);
    // Severity 0 is an error, 1 a warning; hints (2, 3) such as "a newer AsyncAPI version exists" pass.
    expect(diagnostics.filter((d) => d.severity < 2).map((d) => `${d.code}: ${d.message} at ${d.path.join('.')}`)).toEqual([]);
    expect(document).toBeDefined();
    expect(document?.version()).toBe('3.0.0');
    expect(document?.servers().all()[0]?.host()).toBe(new URL(gw.url).host);
    expect(document?.channels().all().map((c) => c.address())).toEqual(['/api/v1/ws/chat', '/api/v1/ws/chat/{user_id}']);
    const names = document?.messages().all().map((m) => m.name()) ?? [];
    for (const type of [...types(serverFrameSchema), 'message', 'cancel', 'history']) expect(names).toContain(type);
    const sends = document?.operations().all().filter((o) => o.action() === 'send').map((o) => o.messages().all().length);
    expect(sends).toEqual([types(serverFrameSchema).length, types(serverFrameSchema).length]);
    for (const message of document?.messages().all() ?? []) expect(message.examples().all().length, message.name()).toBeGreaterThan(0);
  });
});
