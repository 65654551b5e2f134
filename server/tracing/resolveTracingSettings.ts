import type { GatewayConfig } from '../config/configSchema.ts';

export type TracingSettings =
  | { readonly enabled: false }
  | {
      readonly enabled: true;
      readonly exporters: readonly ('otlp' | 'console')[];
      /** Where OTLP/HTTP (JSON) spans are posted. */
      readonly url: string;
      readonly headers: Readonly<Record<string, string>>;
      readonly serviceName: string;
    };

type OtelConfig = Pick<
  GatewayConfig,
  | 'OTEL_SDK_DISABLED'
  | 'OTEL_TRACES_EXPORTER'
  | 'OTEL_EXPORTER_OTLP_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'
  | 'OTEL_EXPORTER_OTLP_HEADERS'
  | 'OTEL_SERVICE_NAME'
>;

/**
 * Tracing is off unless the standard variables ask for it: an OTLP endpoint, or OTEL_TRACES_EXPORTER
 * naming an exporter (`otlp` then posts to the spec's default, http://localhost:4318/v1/traces).
 * OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none turn it off whatever else is set.
 */
export function resolveTracingSettings(config: OtelConfig): TracingSettings {
  if (config.OTEL_SDK_DISABLED?.toLowerCase() === 'true') return { enabled: false };
  const listed = config.OTEL_TRACES_EXPORTER?.split(',').map((name) => name.trim().toLowerCase()).filter((name) => name.length > 0);
  const endpoint = config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? config.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (listed?.includes('none')) return { enabled: false };
  const exporters = listed ? listed.filter((name): name is 'otlp' | 'console' => name === 'otlp' || name === 'console') : endpoint ? (['otlp'] as const) : [];
  if (exporters.length === 0) return { enabled: false };
  return {
    enabled: true,
    exporters,
    // The signal-specific endpoint is used as written; the general one gets the signal's path (spec).
    url: config.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? `${(config.OTEL_EXPORTER_OTLP_ENDPOINT ?? 'http://localhost:4318').replace(/\/+$/, '')}/v1/traces`,
    headers: parseHeaders(config.OTEL_EXPORTER_OTLP_HEADERS),
    serviceName: config.OTEL_SERVICE_NAME,
  };
}

/** `key1=value1,key2=value2`, values URL-encoded (the OTLP exporter specification's format). */
export function parseHeaders(value: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const pair of value?.split(',') ?? []) {
    const at = pair.indexOf('=');
    if (at <= 0) continue;
    headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
  }
  return headers;
}
