import { describe, expect, it } from 'vitest';
import { createConfig } from '../../server/config/loadConfig.ts';
import { resolveTracingSettings } from '../../server/tracing/resolveTracingSettings.ts';

const settings = (env: Record<string, string>) => resolveTracingSettings(createConfig(env));

describe('tracing settings (OTEL_*)', () => {
  it('is off with no OTEL variable', () => {
    expect(settings({})).toEqual({ enabled: false });
  });

  it('an endpoint turns it on, posting to {endpoint}/v1/traces; the traces endpoint is used as written', () => {
    expect(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).toMatchObject({ enabled: true, exporters: ['otlp'], url: 'http://collector:4318/v1/traces', serviceName: 'medchat-gateway' });
    expect(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:9999/custom' })).toMatchObject({ url: 'http://b:9999/custom' });
  });

  it('OTEL_TRACES_EXPORTER=otlp alone uses the specification default endpoint; console needs none', () => {
    expect(settings({ OTEL_TRACES_EXPORTER: 'otlp' })).toMatchObject({ enabled: true, url: 'http://localhost:4318/v1/traces' });
    expect(settings({ OTEL_TRACES_EXPORTER: 'console' })).toMatchObject({ enabled: true, exporters: ['console'] });
  });

  it('OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none win over an endpoint', () => {
    expect(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SDK_DISABLED: 'TRUE' })).toEqual({ enabled: false });
    expect(settings({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_TRACES_EXPORTER: 'none' })).toEqual({ enabled: false });
  });

  it('reads the service name and URL-encoded headers', () => {
    expect(settings({ OTEL_TRACES_EXPORTER: 'otlp', OTEL_SERVICE_NAME: 'eu1', OTEL_EXPORTER_OTLP_HEADERS: 'api-key=a%2Cb, x-team = ops' })).toMatchObject({
      serviceName: 'eu1',
      headers: { 'api-key': 'a,b', 'x-team': 'ops' },
    });
  });

  it('refuses at start-up what it cannot do, naming the variable', () => {
    expect(() => createConfig({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf' })).toThrow(/OTEL_EXPORTER_OTLP_PROTOCOL: only http\/json is supported/);
    expect(() => createConfig({ OTEL_TRACES_EXPORTER: 'zipkin' })).toThrow(/OTEL_TRACES_EXPORTER: must be a comma list of otlp, console, none/);
    expect(() => createConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  });
});
