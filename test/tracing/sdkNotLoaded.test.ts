import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startGatewayProcess } from '../harness/startGatewayProcess.ts';
import { openRawSocket } from '../harness/openRawSocket.ts';

const ENTRY = fileURLToPath(new URL('./sdkGuardEntry.ts', import.meta.url));

// Cleared so that the process's OTEL_* settings come from each test alone.
const NO_OTEL = Object.fromEntries(Object.keys(process.env).filter((k) => k.startsWith('OTEL_')).map((k) => [k, '']));

describe('tracing off', () => {
  it('never loads the OpenTelemetry SDK when no OTEL_* variable asks for tracing, and serves turns', async () => {
    await using gateway = await startGatewayProcess({ entry: ENTRY, env: { ...NO_OTEL, STORE: 'memory', SCRIPT_TOKENS: 3, SCRIPT_DELAY_MS: 0 } });
    await using socket = await openRawSocket(`${gateway.wsUrl}/api/v1/ws/chat`, { headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } });
    await socket.waitFor((f) => f.type === 'connection');
    socket.send({ message: 'hello', enable_agents: true });
    const end = await socket.waitFor<{ finish_reason?: string }>((f) => f.type === 'stream_end' || f.type === 'error');
    expect(end).toMatchObject({ type: 'stream_end' });
    expect(gateway.stderr()).not.toContain('sdk-guard');
  });

  it('the guard itself: the same process with an OTLP endpoint set fails to load the SDK', async () => {
    const started = startGatewayProcess({ entry: ENTRY, env: { ...NO_OTEL, STORE: 'memory', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9' } });
    await expect(started).rejects.toThrow(/sdk-guard: refused to load @opentelemetry\//);
  });

  it('OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none win over an endpoint', async () => {
    for (const off of [{ OTEL_SDK_DISABLED: 'true' }, { OTEL_TRACES_EXPORTER: 'none' }]) {
      await using gateway = await startGatewayProcess({ entry: ENTRY, env: { ...NO_OTEL, STORE: 'memory', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:9', ...off } });
      expect((await fetch(`${gateway.url}/health`)).status).toBe(200);
    }
  });
});
