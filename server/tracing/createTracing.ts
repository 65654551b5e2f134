import { context, diag, DiagLogLevel, isSpanContextValid, propagation, trace } from '@opentelemetry/api';
import type { ResponseOptions } from '../engine/respondWithLlm.ts';
import type { Logger } from '../logging/createLogger.ts';
import type { TracingSettings } from './resolveTracingSettings.ts';
import type { Tracing } from './Tracing.ts';
import { traceChatEngine } from './traceChatEngine.ts';
import { traceChatService } from './traceChatService.ts';
import { traceHttpHandler, traceSocket } from './traceConnection.ts';
import { traceResponse, type ModelInfo } from './traceProvider.ts';

/**
 * Loads the SDK (dynamic imports: only here, only when tracing is on), registers it globally with the
 * W3C trace-context propagator and the AsyncLocalStorage context manager, and returns the decorators.
 * Spans leave in batches as OTLP/JSON over HTTP (the exporter's only encoding; collectors accept it
 * on port 4318). Baggage is not propagated: nothing a client sends besides the trace id is kept.
 */
export async function createTracing(settings: Extract<TracingSettings, { enabled: true }>, opts: { logger: Logger; model: ModelInfo }): Promise<Tracing> {
  const decorators = {
    enabled: true,
    traceEngine: traceChatEngine,
    traceService: traceChatService,
    traceResponse: (response: ResponseOptions) => traceResponse(response, opts.model),
    traceHttp: traceHttpHandler,
    traceSocket,
  };
  // An application that embeds the gateway may have registered its own SDK: the spans go there, and
  // that registration is the application's to shut down.
  const probe = trace.getTracer('medchat-gateway').startSpan('probe');
  probe.end();
  if (isSpanContextValid(probe.spanContext())) {
    opts.logger.info('tracing with the OpenTelemetry SDK already registered in this process');
    return { ...decorators, shutdown: () => Promise.resolve() };
  }
  const [sdk, { OTLPTraceExporter }, resources, { W3CTraceContextPropagator }] = await Promise.all([
    import('@opentelemetry/sdk-trace-node'),
    import('@opentelemetry/exporter-trace-otlp-http'),
    import('@opentelemetry/resources'),
    import('@opentelemetry/core'),
  ]);
  const { logger } = opts;
  // The SDK's own complaints (an unreachable collector, a full queue) reach our log as one line each,
  // message only: its arguments can hold whole export payloads.
  diag.setLogger(
    {
      error: (message) => logger.warn({ component: 'opentelemetry' }, message),
      warn: (message) => logger.warn({ component: 'opentelemetry' }, message),
      info: () => {},
      debug: () => {},
      verbose: () => {},
    },
    DiagLogLevel.WARN,
  );
  const exporters = settings.exporters.map((name) =>
    name === 'console' ? new sdk.ConsoleSpanExporter() : new OTLPTraceExporter({ url: settings.url, headers: { ...settings.headers } }),
  );
  // OTEL_RESOURCE_ATTRIBUTES (process environment) first, then the service name, which the settings decide.
  const detected = resources.detectResources({ detectors: [resources.envDetector] });
  const resource = resources.defaultResource().merge(detected).merge(resources.resourceFromAttributes({ 'service.name': settings.serviceName }));
  const provider = new sdk.NodeTracerProvider({ resource, spanProcessors: exporters.map((exporter) => new sdk.BatchSpanProcessor(exporter)) });
  provider.register({ propagator: new W3CTraceContextPropagator() });

  return {
    ...decorators,
    async shutdown() {
      await provider.shutdown().catch((cause: unknown) => logger.warn({ err: cause }, 'tracing shutdown failed'));
      // Unregistered, so that another gateway in this process (tests) can register its own.
      trace.disable();
      context.disable();
      propagation.disable();
      diag.disable();
    },
  };
}
