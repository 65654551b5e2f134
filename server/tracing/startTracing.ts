import type { GatewayConfig } from '../config/configSchema.ts';
import type { Logger } from '../logging/createLogger.ts';
import { createTracing } from './createTracing.ts';
import { resolveTracingSettings } from './resolveTracingSettings.ts';
import { tracingOff, type Tracing } from './Tracing.ts';

export type { Tracing } from './Tracing.ts';

/**
 * Starts tracing when the OTEL_* settings ask for it (resolveTracingSettings). The SDK, the exporter
 * and the resources are imported here and only then, so a gateway without tracing never loads them
 * and its spans are the API's no-op ones.
 */
export async function startTracing(config: GatewayConfig, logger: Logger): Promise<Tracing> {
  const settings = resolveTracingSettings(config);
  if (!settings.enabled) return tracingOff;
  const tracing = await createTracing(settings, {
    logger,
    model: config.LLM_PROVIDER === 'local' ? { providerName: 'medchat.local', model: 'local' } : { providerName: config.LLM_PROVIDER, model: config.LLM_MODEL ?? 'unknown' },
  });
  logger.info({ exporters: settings.exporters, serviceName: settings.serviceName }, 'tracing on');
  return tracing;
}
