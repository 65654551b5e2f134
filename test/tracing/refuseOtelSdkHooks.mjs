// Module hooks for sdkGuardEntry.ts: any @opentelemetry package but the API fails to resolve, so a
// gateway that loads the SDK, the exporter or the resources cannot start.
const REFUSED = /^@opentelemetry\/(?!api$)/;

export async function resolve(specifier, context, nextResolve) {
  if (REFUSED.test(specifier)) throw new Error(`sdk-guard: refused to load ${specifier}`);
  return nextResolve(specifier, context);
}
